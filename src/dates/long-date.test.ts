import { describe, expect, it } from 'vitest';
import { longDate, longDateTime } from './long-date';

describe('longDate', () => {
  it('writes the first of the month as French typography wants it', () => {
    expect(longDate(new Date('2026-02-01T00:00:00Z'), 'fr-FR')).toBe('1er février 2026');
    expect(longDate(new Date('2026-02-11T00:00:00Z'), 'fr')).toBe('11 février 2026');
    expect(longDate(new Date('2026-02-21T00:00:00Z'), 'fr-FR')).toBe('21 février 2026');
  });

  it('leaves English as it is, and never slips a day whatever the time zone', () => {
    expect(longDate(new Date('2026-02-01T00:00:00Z'), 'en-GB')).toBe('1 February 2026');
    expect(longDate(new Date('2026-03-31T23:30:00Z'), 'fr-FR')).toBe('31 mars 2026');
  });
});

describe('longDateTime', () => {
  it('writes the day in words and the time to the minute, in UTC, on a 24-hour clock', () => {
    expect(longDateTime(new Date('2026-03-01T04:05:59Z'), 'fr-FR')).toBe(
      '1er mars 2026 à 04:05 UTC',
    );
    expect(longDateTime(new Date('2026-03-12T23:30:00Z'), 'en-GB')).toBe(
      '12 March 2026 at 23:30 UTC',
    );
    expect(longDateTime(new Date('2026-03-12T00:00:00Z'), 'en-GB')).toBe(
      '12 March 2026 at 00:00 UTC',
    );
  });
});
