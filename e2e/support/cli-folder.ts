import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCharter, type CharterRun } from './run-charter';

export interface CliFolder {
  /** The test's own folder, new for each test. */
  readonly path: string;
  /** Runs `charter` there and expects it to succeed, silently on stderr. */
  ok(args: string[]): CharterRun;
}

/** Gives each test of the file a fresh folder to run the `charter` command in. */
export function useCliFolder(prefix: string): CliFolder {
  let path = '';
  test.beforeEach(() => {
    path = mkdtempSync(join(tmpdir(), prefix));
  });
  test.afterEach(() => {
    rmSync(path, { recursive: true, force: true });
  });
  return {
    get path() {
      return path;
    },
    ok(args) {
      const run = runCharter(args, { cwd: path });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return run;
    },
  };
}
