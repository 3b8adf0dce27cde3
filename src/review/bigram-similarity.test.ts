import { describe, expect, it } from 'vitest';
import { bigramSimilarity } from './bigram-similarity';

describe('bigramSimilarity', () => {
  it('is 1 for equal texts, 0 for texts with nothing in common, symmetric in between', () => {
    expect(bigramSimilarity('charte', 'charte')).toBe(1);
    expect(bigramSimilarity('abc', 'xyz')).toBe(0);
    expect(bigramSimilarity('a', 'b')).toBe(0);
    const one = bigramSimilarity('nos 12 salariés', 'nos 15 salariés');
    expect(one).toBe(bigramSimilarity('nos 15 salariés', 'nos 12 salariés'));
    expect(one).toBeGreaterThan(0.7);
    expect(one).toBeLessThan(1);
  });

  it('counts a repeated pair only as often as both texts have it', () => {
    expect(bigramSimilarity('aaaa', 'aa')).toBe((2 * 1) / (3 + 1));
  });
});
