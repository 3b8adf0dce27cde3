import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
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
    const child = spawn(process.execPath, [charterBin, 'serve'], {
      cwd: root,
      env: { ...process.env, ...webHostEnv, CHARTER_DATA_DIR: join(root, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await printedUrl(child);
      mkdirSync(workDir);
      await use({ url, workDir });
    } finally {
      child.kill('SIGTERM');
      rmSync(root, { recursive: true, force: true });
    }
  },
});

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
