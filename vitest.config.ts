import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'main/**/*.test.ts',
      'renderer/**/*.test.ts',
      // The bench's helpers only: the bench itself is `npm run bench`, never part of the tests.
      'bench/**/*.test.ts',
    ],
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
    // Export tests start LibreOffice and Chromium: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
