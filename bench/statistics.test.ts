import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './statistics';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 1)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('gives the slowest of a few samples for a high percentile', () => {
    expect(percentile([3, 1, 2], 0.99)).toBe(3);
  });

  it('refuses no samples and fractions outside 0..1', () => {
    expect(() => percentile([], 0.5)).toThrow(/No samples/);
    expect(() => percentile([1], 1.5)).toThrow(/not a fraction/);
  });
});

describe('summarize', () => {
  it('gives the median, the extremes and the number of runs', () => {
    expect(summarize([5, 1, 9, 3, 7])).toEqual({ median: 5, min: 1, max: 9, runs: 5 });
  });
});
