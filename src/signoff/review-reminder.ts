import { parseIsoDate, type IsoDate } from '../formalities/iso-date';

/** How early, in days, the app starts reminding that a review is coming. */
export const REVIEW_NOTICE_DAYS = 30;

export type ReviewReminder = { kind: 'due' | 'overdue'; date: IsoDate };

const dayNumber = (value: IsoDate): number | null => {
  const day = parseIsoDate(value);
  return day && Date.UTC(day.year, day.month - 1, day.day) / 86_400_000;
};

/**
 * What to tell the user about the charter's next review on `today`: that it is due (within
 * REVIEW_NOTICE_DAYS), that it is overdue, or nothing.
 */
export function reviewReminder(
  nextReviewDate: IsoDate | undefined,
  today: IsoDate,
): ReviewReminder | null {
  if (nextReviewDate === undefined) return null;
  const [due, now] = [dayNumber(nextReviewDate), dayNumber(today)];
  if (due === null || now === null) return null;
  if (due < now) return { kind: 'overdue', date: nextReviewDate };
  return due - now <= REVIEW_NOTICE_DAYS ? { kind: 'due', date: nextReviewDate } : null;
}
