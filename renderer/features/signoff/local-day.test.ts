import { describe, expect, it } from 'vitest';
import { localDay } from './local-day';

describe('localDay', () => {
  it('writes the local calendar day as YYYY-MM-DD', () => {
    expect(localDay(new Date(2027, 2, 1, 0, 30))).toBe('2027-03-01');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
