/** "PDF, DOCX et YAML": a list as a sentence of the locale says it. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
