import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Every file an atomic save writes before its rename sits beside its target, hidden, and names
 * the process that wrote it: `.<name>.<pid>-<random>.tmp` for the new content and
 * `.<name>.bak.<pid>-<random>.tmp` for the backup about to replace `<name>.bak`. The pid lets the
 * next start tell a crashed save's leftovers from a save still running in another process.
 */
export function temporaryFileFor(path: string, kind: 'content' | 'backup' = 'content'): string {
  const suffix = kind === 'backup' ? '.bak' : '';
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}${suffix}.${unique}.tmp`);
}

/** The pid that wrote `entry` if it is one of our temporary files for `fileName`, else null. */
export function temporaryFileWriter(entry: string, fileName: string): number | null {
  const prefix = `.${fileName}.`;
  if (!entry.startsWith(prefix)) return null;
  const match = /^(?:bak\.)?(\d+)-[0-9a-f]{12}\.tmp$/.exec(entry.slice(prefix.length));
  return match ? Number(match[1]) : null;
}
