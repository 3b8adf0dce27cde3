import { readFile } from 'node:fs/promises';
import { CharterError } from '../errors/charter-error';
import { describeReadError } from '../store/describe-file-system-error';

/** A file a command reads (a key, an export, a trust list), or an error that names it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CharterError('not-found', `Could not read ${path}: ${describeReadError(error)}`, {
      path,
    });
  }
}
