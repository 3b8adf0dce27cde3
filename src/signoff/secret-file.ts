import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CharterError } from '../errors/charter-error';
import { isFileExistsError, writeFileAtomic } from '../store/write-file-atomic';

/** The secret's bytes, or null when there is none yet. */
export async function readSecret(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CharterError(
      'invalid-file',
      `Could not read your signing key ${path} (${(error as Error).message}): check that the file is yours and readable.`,
      { path },
    );
  }
}

/**
 * Writes a secret once, readable by the user alone (0600). An existing key is never replaced: the
 * approvals signed with it must stay checkable, and a lost key cannot be recovered.
 */
export async function writeSecretOnce(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  try {
    await writeFileAtomic(path, data, { overwrite: false, keepBackup: false, mode: 0o600 });
  } catch (error) {
    throw isFileExistsError(error) ? keyExistsError(path) : error;
  }
}

/** The refusal to make a second key where one is kept. */
export function keyExistsError(path: string): CharterError {
  return new CharterError(
    'invalid-input',
    `A signing key already exists (${path}) and is never replaced: keep signing with it.`,
    { reason: 'key-exists', path },
  );
}
