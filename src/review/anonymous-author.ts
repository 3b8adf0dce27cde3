import { CharterError } from '../errors/charter-error';
import type { Author } from '../model/comment';

/**
 * What an anonymous comment or reply stores instead of its author. The real name never enters
 * the project, so no copy, merge or export can reveal it; the role is always `employee`,
 * because a role names a small team and would give the author away just as well.
 */
export const ANONYMOUS_AUTHOR: Author = { name: 'anonymous', role: 'employee' };

/** The author as a comment stores it; a signed comment needs a name. */
export function storedAuthor(author: Author | undefined, anonymous: boolean): Author {
  if (anonymous) return ANONYMOUS_AUTHOR;
  if (!author || author.name.trim() === '') {
    throw new CharterError(
      'invalid-input',
      'A comment needs its author’s name, unless it is anonymous.',
    );
  }
  return { name: author.name.trim(), role: author.role };
}
