import type { IsoDate } from '../../../src/formalities/iso-date';

/** The user's calendar day, where they are: a reminder is about their today, not UTC's. */
export function localDay(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
