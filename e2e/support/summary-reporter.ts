import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { recordTestCounts } from '../../scripts/record-test-counts';

export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'passed' && result.retry < test.retries) return;
    if (result.status === 'skipped') {
      this.counts.skipped += 1;
      const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description;
      process.stdout.write(`skipped: ${test.title} — ${reason ?? 'no reason given'}\n`);
    } else if (result.status === 'passed') this.counts.passed += 1;
    else this.counts.failed += 1;
  }

  onEnd(): void {
    recordTestCounts('e2e', this.counts);
  }

  printsToStdio(): boolean {
    return false;
  }
}
