import { resolve } from 'node:path';
import { UsageError } from './cli-command';

/** The FILE and COMMENT_ID arguments of a command that acts on one comment. */
export function commentArguments(
  positionals: readonly string[],
  cwd: string,
): { path: string; commentId: string } {
  const [file, commentId, ...extra] = positionals;
  if (file === undefined || commentId === undefined || extra.length > 0)
    throw new UsageError('expected the charter and one comment id.');
  return { path: resolve(cwd, file), commentId };
}
