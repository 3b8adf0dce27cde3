import { z } from 'zod';

/** A calendar day as `date` questions store it: `YYYY-MM-DD`, a day that exists. */
export const IsoDate = z
  .string()
  .refine((value) => parseIsoDate(value) !== null, 'must be a date written YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as year, month (1-12) and day, or null when `value` is not an existing YYYY-MM-DD day. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The same day one calendar month later; when that month is too short for it, its last day
 * (31 January → 28 or 29 February, 31 March → 30 April). This is how French law counts a period
 * of months (Code de procédure civile, art. 641): from a date to the same date of the next month.
 */
export function addOneCalendarMonth(value: IsoDate): IsoDate {
  return addCalendarMonths(value, 1);
}

/** The same day `months` calendar months later, or the last day of a month too short for it. */
export function addCalendarMonths(value: IsoDate, months: number): IsoDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`"${value}" is not a date written YYYY-MM-DD.`);
  const monthIndex = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

const pad = (value: number): string => String(value).padStart(2, '0');
