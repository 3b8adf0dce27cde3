import { access } from 'node:fs/promises';
import { CharterError } from '../errors/charter-error';
import { writeFileAtomic } from '../store/write-file-atomic';

/** Writes a command's output file atomically, refusing to replace an existing one without --force. */
export async function writeOutputFile(
  path: string,
  data: Uint8Array,
  force: boolean,
): Promise<void> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    throw new CharterError(
      'invalid-input',
      `${path} already exists. Add --force to replace it, or choose another name.`,
    );
  }
  await writeFileAtomic(path, data, { keepBackup: exists });
}
