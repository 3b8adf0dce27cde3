/**
 * A day in words, as a careful writer of the language puts it: « 1er février 2026 », « 12 mars
 * 2026 »; "1 February 2026". Read in UTC, so a YYYY-MM-DD day never slips to its neighbour.
 */
export function longDate(date: Date, locale: string): string {
  const french = locale.toLowerCase().startsWith('fr');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
    .formatToParts(date)
    .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
