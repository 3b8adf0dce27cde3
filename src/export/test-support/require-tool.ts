import { spawnSync } from 'node:child_process';

/**
 * Whether an external reader the export tests need can run: `command probeArgs…` exits with 0.
 * Missing on a developer's machine, its tests skip with a one-line reason; missing on CI
 * (`CI` is set), the suite fails, so a broken CI image never passes by skipping.
 */
export function requireTool(
  command: string,
  probeArgs: readonly string[] = ['--version'],
): boolean {
  const probe = spawnSync(command, probeArgs, { stdio: 'ignore', timeout: 60_000 });
  if (probe.error === undefined && probe.status === 0) return true;
  const reason = `${command} ${probeArgs.join(' ')} did not run (${probe.error?.message ?? `exit code ${probe.status}`})`;
  if (process.env.CI) throw new Error(`${reason}: the export tests need it on CI.`);
  console.warn(`Skipping the tests that need ${command}: ${reason}.`);
  return false;
}
