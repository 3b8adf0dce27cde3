import { isFileExistsError } from '../../api/api-call-error';

/**
 * The core never replaces a file silently: it answers "exists" and we ask the user before
 * writing again with overwrite: true. Resolves with null when the user declines.
 */
export async function writeWithOverwriteConfirmation<T>(
  write: (overwrite: boolean) => Promise<T>,
  confirmOverwrite: () => Promise<boolean>,
  alreadyConfirmed = false,
): Promise<T | null> {
  try {
    return await write(alreadyConfirmed);
  } catch (error) {
    if (!isFileExistsError(error)) throw error;
    if (!(await confirmOverwrite())) return null;
    return write(true);
  }
}
