import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CharterError } from '../errors/charter-error';
import type { WordComment } from '../review/word-comment';
import { describeReadError } from '../store/describe-file-system-error';
import { DOCX_LIMITS } from './read-docx-parts';
import { readWordComments } from './read-word-comments';

/** The comments of the DOCX file at `path` (see readWordComments); a huge file is not even read. */
export async function loadWordComments(path: string): Promise<WordComment[]> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > DOCX_LIMITS.totalBytes) {
      throw new CharterError(
        'invalid-file',
        `${basename(path)} is too large to be a charter's Word document. Check that it is the exported charter.`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof CharterError) throw error;
    throw new CharterError('not-found', `Could not open ${path}: ${describeReadError(error)}`, {
      path,
    });
  }
  return readWordComments(bytes, basename(path));
}
