import { describe, expect, it } from 'vitest';
import { addOneCalendarMonth, IsoDate, parseIsoDate } from './iso-date';

describe('addOneCalendarMonth', () => {
  it('goes to the same day of the next month', () => {
    expect(addOneCalendarMonth('2026-03-15')).toBe('2026-04-15');
    expect(addOneCalendarMonth('2026-01-01')).toBe('2026-02-01');
  });

  it('stops at the last day of a shorter month', () => {
    expect(addOneCalendarMonth('2026-01-31')).toBe('2026-02-28');
    expect(addOneCalendarMonth('2028-01-31')).toBe('2028-02-29');
    expect(addOneCalendarMonth('2026-03-31')).toBe('2026-04-30');
    expect(addOneCalendarMonth('2026-01-29')).toBe('2026-02-28');
  });

  it('crosses into the next year', () => {
    expect(addOneCalendarMonth('2026-12-31')).toBe('2027-01-31');
  });

  it('refuses what is not a day', () => {
    expect(() => addOneCalendarMonth('2026-02-30')).toThrow(RangeError);
  });
});

describe('parseIsoDate and IsoDate', () => {
  it('accepts existing days written YYYY-MM-DD only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const value of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '10/01/2026',
      '2026-1-5',
      '2026-01-10T00:00:00Z',
    ]) {
      expect(parseIsoDate(value), value).toBeNull();
      expect(IsoDate.safeParse(value).success, value).toBe(false);
    }
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
  });
});
