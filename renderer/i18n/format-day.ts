import { longDate } from '../../src/dates/long-date';

/** A calendar day written YYYY-MM-DD, in words in the interface language ("1er janvier 2026"). */
export function formatDay(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return longDate(date, locale);
}
