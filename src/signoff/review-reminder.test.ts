import { describe, expect, it } from 'vitest';
import { reviewReminder } from './review-reminder';

describe('reviewReminder', () => {
  it('says nothing without a date, or while the review is more than 30 days away', () => {
    expect(reviewReminder(undefined, '2027-01-15')).toBeNull();
    expect(reviewReminder('2027-03-01', '2027-01-29')).toBeNull();
  });

  it('reminds from 30 days before the review to the day itself', () => {
    // 2027 is not a leap year: 30 days before 1 March is 30 January.
    expect(reviewReminder('2027-03-01', '2027-01-30')).toEqual({ kind: 'due', date: '2027-03-01' });
    expect(reviewReminder('2027-03-01', '2027-03-01')).toEqual({ kind: 'due', date: '2027-03-01' });
  });

  it('says the review is overdue from the next day on', () => {
    expect(reviewReminder('2027-03-01', '2027-03-02')).toEqual({
      kind: 'overdue',
      date: '2027-03-01',
    });
    expect(reviewReminder('2025-12-31', '2027-03-02')?.kind).toBe('overdue');
  });

  it('counts across a leap day', () => {
    // 29 February 2028 makes 30 January 31 days away, where it was 30 in 2027.
    expect(reviewReminder('2028-03-01', '2028-01-30')).toBeNull();
    expect(reviewReminder('2028-03-01', '2028-01-31')?.kind).toBe('due');
  });

  it('ignores a date that does not exist rather than guess', () => {
    expect(reviewReminder('2027-02-30', '2027-02-01')).toBeNull();
  });
});
