import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench-options';

describe('parseBenchOptions', () => {
  it('runs every size five times by default', () => {
    expect(parseBenchOptions([])).toEqual({
      suites: ['generation', 'store', 'export', 'renderer'],
      sizes: [10, 100, 400],
      runs: 5,
      keystrokes: 500,
      out: 'bench/results.json',
    });
  });

  it('makes a quick smoke run smaller in every way, sizes given or not', () => {
    expect(parseBenchOptions(['--quick'])).toMatchObject({ sizes: [10], runs: 2, keystrokes: 50 });
    expect(parseBenchOptions(['--quick', '--sizes', '100'])).toMatchObject({ sizes: [100] });
  });

  it('reads a list of sizes and refuses what is not a page count', () => {
    expect(parseBenchOptions(['--sizes', '10, 40']).sizes).toEqual([10, 40]);
    expect(() => parseBenchOptions(['--sizes', '10,x'])).toThrow(/--sizes takes whole numbers/);
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow(/--runs/);
  });

  it('takes some of the suites only', () => {
    expect(parseBenchOptions(['--only', 'renderer, store']).suites).toEqual(['renderer', 'store']);
    expect(() => parseBenchOptions(['--only', 'pdf'])).toThrow(/--only takes generation/);
  });
});
