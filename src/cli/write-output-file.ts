import { CharterError } from '../errors/charter-error';
import { refuseEarly } from '../store/refuse-early';
import { isFileExistsError, writeFileAtomic } from '../store/write-file-atomic';

/** Refuses early, before slow work, a folder, or a file to replace without --force. */
export async function refuseExistingOutput(path: string, force: boolean): Promise<void> {
  try {
    await refuseEarly(path, force);
  } catch (error) {
    throw isFileExistsError(error) ? existsWithoutForce(path) : error;
  }
}

/** Writes a command's output file atomically; an existing file is replaced only with --force. */
export async function writeOutputFile(
  path: string,
  data: Uint8Array,
  force: boolean,
): Promise<void> {
  try {
    await writeFileAtomic(path, data, { keepBackup: false, overwrite: force });
  } catch (error) {
    throw isFileExistsError(error) ? existsWithoutForce(path) : error;
  }
}

function existsWithoutForce(path: string): CharterError {
  return new CharterError(
    'invalid-input',
    `${path} already exists. Add --force to replace it, or choose another name.`,
  );
}
