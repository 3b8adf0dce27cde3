import { CharterError } from '../errors/charter-error';
import type { FileIdentity } from '../model/file-identity';
import { readWithIdentity, sameContent } from './file-identity';

/**
 * Refuses to save over a file another program changed since we read or wrote it: its work would
 * be lost without a word. A file deleted meanwhile is no conflict: saving loses nothing.
 * The check and the rename are not one atomic step; a write landing between them is caught by
 * the next save, whose identity then no longer matches.
 */
export async function assertUnchangedOnDisk(path: string, expected: FileIdentity): Promise<void> {
  const current = await readWithIdentity(path);
  if (current === null || sameContent(current.identity, expected)) return;
  throw new CharterError(
    'conflict',
    `${path} was changed by another program since you opened it (${current.identity.modifiedAt}). Reload it, replace it with your version, or save yours under another name.`,
    { reason: 'changed-on-disk', path, modifiedAt: current.identity.modifiedAt },
  );
}
