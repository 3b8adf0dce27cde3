import type { Author } from '../../../src/model/comment';
import type { AuthorRole } from '../../../src/review/author-roles';

export { AUTHOR_ROLES, type AuthorRole } from '../../../src/review/author-roles';

/** Who signs a comment or reply being written: the known reviewer, or the name and role typed. */
export interface AuthorDraft {
  name: string;
  role: AuthorRole;
  anonymous: boolean;
}

export const EMPTY_AUTHOR_DRAFT: AuthorDraft = { name: '', role: 'employee', anonymous: false };

/** Only employees may stay anonymous: a role names a small team and would give the author away. */
export function mayBeAnonymous(reviewer: Author | null, draft: AuthorDraft): boolean {
  return (reviewer?.role ?? draft.role) === 'employee';
}

/** The draft's author is complete enough to sign with. */
export function isDraftSignable(reviewer: Author | null, draft: AuthorDraft): boolean {
  return reviewer !== null || draft.name.trim() !== '';
}

/**
 * The signature of a comment or reply. The first time, the name and role typed become the
 * reviewer of the settings, so they are not asked again.
 */
export async function signDraft(
  reviewer: Author | null,
  draft: AuthorDraft,
  saveReviewer: (reviewer: Author) => Promise<void>,
): Promise<Signature> {
  const author = reviewer ?? { name: draft.name.trim(), role: draft.role };
  if (reviewer === null) await saveReviewer(author);
  return { author, anonymous: draft.anonymous && author.role === 'employee' };
}

export interface Signature {
  author: Author;
  anonymous: boolean;
}
