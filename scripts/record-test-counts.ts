import { mkdirSync, writeFileSync } from 'node:fs';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Prints one suite's "suite: N passed, N failed, N skipped" line and keeps the counts in
 * test-results/counts/ so scripts/test.sh can print the total for the whole run.
 */
export function recordTestCounts(suite: string, { passed, failed, skipped }: TestCounts): void {
  process.stdout.write(`\n${suite}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  mkdirSync('test-results/counts', { recursive: true });
  writeFileSync(`test-results/counts/${suite}.json`, JSON.stringify({ passed, failed, skipped }));
}
