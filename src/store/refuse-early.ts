import { stat } from 'node:fs/promises';
import { fileExistsError, folderInTheWayError } from './write-file-atomic';

/**
 * A cheap check before slow work (an export, a pack): a folder is never written over, and a
 * file only when asked to. The atomic write checks again at the last moment.
 */
export async function refuseEarly(path: string, overwrite: boolean): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (!existing) return;
  if (existing.isDirectory()) throw folderInTheWayError(path);
  if (!overwrite) throw fileExistsError(path);
}
