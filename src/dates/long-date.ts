/**
 * A day in words, as a careful writer of the language puts it: « 1er février 2026 », « 12 mars
 * 2026 »; "1 February 2026". Read in UTC, so a YYYY-MM-DD day never slips to its neighbour.
 */
export function longDate(date: Date, locale: string): string {
  return inWords(date, locale, { dateStyle: 'long' });
}

/**
 * An instant in words, to the minute, in UTC and saying so: « 1er mars 2026 à 14:05 UTC »,
 * "1 March 2026 at 14:05 UTC". A record read elsewhere must not depend on the writer's zone.
 */
export function longDateTime(date: Date, locale: string): string {
  return `${inWords(date, locale, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' })} UTC`;
}

function inWords(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  const french = locale.toLowerCase().startsWith('fr');
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    .formatToParts(date)
    .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
