import { describe, expect, it } from 'vitest';
import { countOf } from './count-of';

describe('countOf', () => {
  it('puts the noun in the singular for one only', () => {
    expect(countOf(1, 'error')).toBe('1 error');
    expect(countOf(0, 'error')).toBe('0 errors');
    expect(countOf(2, 'new reply', 'new replies')).toBe('2 new replies');
  });
});
