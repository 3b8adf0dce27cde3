import { test as base } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCharter, type ServedCharter } from './serve-charter';

export interface WebHostFixture {
  /** The URL the host printed, token included. */
  url: string;
  /** A folder of the test's own for the files the user saves and exports. */
  workDir: string;
  /** The host's user data folder (settings, recent files, backups of unsaved work). */
  dataDir: string;
  /** Stops the host with `signal` (SIGKILL: as a crash) and starts a new one on the same data. */
  restart(signal: NodeJS.Signals): Promise<string>;
}

/**
 * Each test gets its own running web host, with its own settings folder and work folder;
 * `test.use({ webHostEnv })` adds variables to its environment (another templates folder).
 */
export const test = base.extend<{ webHost: WebHostFixture; webHostEnv: NodeJS.ProcessEnv }>({
  webHostEnv: [{}, { option: true }],
  webHost: async ({ webHostEnv }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'charter-e2e-'));
    const workDir = join(root, 'work');
    const dataDir = join(root, 'data');
    let host: ServedCharter | undefined;
    try {
      host = await serveCharter(root, { ...webHostEnv, CHARTER_DATA_DIR: dataDir });
      const fixture: WebHostFixture = {
        url: host.url,
        workDir,
        dataDir,
        async restart(signal) {
          await host?.stop(signal);
          host = await serveCharter(root, { ...webHostEnv, CHARTER_DATA_DIR: dataDir });
          fixture.url = host.url;
          return fixture.url;
        },
      };
      mkdirSync(workDir);
      await use(fixture);
    } finally {
      // Stopping, the host still lets go of its locks: remove the folder once it has.
      await host?.stop();
      rmSync(root, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
