import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const charterBin = fileURLToPath(new URL('../../bin/charter.js', import.meta.url));

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
    const start = () => startHost(root, { ...webHostEnv, CHARTER_DATA_DIR: dataDir });
    let child = start();
    try {
      const fixture: WebHostFixture = {
        url: await printedUrl(child),
        workDir,
        dataDir,
        async restart(signal) {
          const exited = once(child, 'exit');
          child.kill(signal);
          await exited;
          child = start();
          fixture.url = await printedUrl(child);
          return fixture.url;
        },
      };
      mkdirSync(workDir);
      await use(fixture);
    } finally {
      // Stopping, the host still lets go of its locks: remove the folder once it has.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(root, { recursive: true, force: true });
    }
  },
});

function startHost(root: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [charterBin, 'serve'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`charter serve exited (${code}): ${output}`)));
  });
}

export { expect } from '@playwright/test';
