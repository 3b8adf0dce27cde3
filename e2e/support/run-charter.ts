import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const charterBin = fileURLToPath(new URL('../../bin/charter.js', import.meta.url));

export interface CharterRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `charter` command as a user would, in a given folder. */
export function runCharter(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): CharterRun {
  const result = spawnSync(process.execPath, [charterBin, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
