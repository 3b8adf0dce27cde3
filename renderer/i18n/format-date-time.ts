// Building a formatter costs far more than using one (~0.4 ms): the editor's header formats the
// charter's "updated" time on every keystroke, so each locale's formatter is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
