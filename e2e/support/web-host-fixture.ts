import { test as base } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCharter } from './serve-charter';

export interface WebHostFixture {
  /** The URL the host printed, token included. */
  url: string;
  /** A folder of the test's own for the files the user saves and exports. */
  workDir: string;
}

/** Each test gets its own running web host, with its own settings folder and work folder. */
export const test = base.extend<{ webHost: WebHostFixture }>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  webHost: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'charter-e2e-'));
    const workDir = join(root, 'work');
    try {
      const host = await serveCharter(root);
      try {
        mkdirSync(workDir);
        await use({ url: host.url, workDir });
      } finally {
        host.stop();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
