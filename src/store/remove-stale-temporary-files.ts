import { readdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isProcessRunning } from './is-process-running';
import { temporaryFileWriter } from './temporary-file-name';

export interface StaleTemporaryFileOptions {
  /** When this process started (ms since the epoch). */
  startedAt?: number;
  isRunning?: (pid: number) => boolean;
}

/**
 * Removes what saves of `path` killed mid-way (a crash, a power cut, SIGKILL) left beside it, and
 * returns the names removed. A temporary file is stale only when both hold:
 * - it was last written before this process started, so it is no save of ours; and
 * - the process that wrote it (its name says which) no longer runs on this machine.
 * So a save running in another app window, the command line or another instance keeps its file.
 * Deleting it would not lose data (its rename would find nothing and the original stay) but would
 * fail that save. Across machines sharing a folder the pid says nothing; the age check still spares
 * every save that started after this process did. Best effort: a folder we may not read or change
 * is left as it is, and opening the file goes on.
 */
export async function removeStaleTemporaryFiles(
  path: string,
  {
    startedAt = performance.timeOrigin,
    isRunning = isProcessRunning,
  }: StaleTemporaryFileOptions = {},
): Promise<string[]> {
  const folder = dirname(path);
  const fileName = basename(path);
  const entries = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of entries) {
    const writer = temporaryFileWriter(entry, fileName);
    if (writer === null || isRunning(writer)) continue;
    const temporary = join(folder, entry);
    const modified = await stat(temporary).then(
      (stats) => stats.mtimeMs,
      () => Infinity,
    );
    if (modified >= startedAt) continue;
    if (
      await unlink(temporary).then(
        () => true,
        () => false,
      )
    )
      removed.push(entry);
  }
  return removed;
}
