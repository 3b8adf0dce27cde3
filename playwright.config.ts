import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Keep Playwright's clean-up to its own folder: test-results/counts holds the unit counts.
  outputDir: 'test-results/e2e',
  // Two cores: LibreOffice, Chromium and the app under test already compete for them.
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    locale: 'fr-FR',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
  },
});
