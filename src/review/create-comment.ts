import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { Comment, type Author } from '../model/comment';
import type { Project } from '../model/project';
import { anchorText, normalizeQuote } from './anchor-text';
import { storedAuthor } from './anonymous-author';
import { findExactQuote } from './find-exact-quote';
import { quoteAnchor } from './quote-anchor';

export interface NewComment {
  clauseId: string;
  /** The passage commented on, as the reader selected it; white space need not match. */
  quote: string;
  /** Where the selection starts in the clause's anchor text, to pick among repeated quotes. */
  near?: number;
  text: string;
  /** Required unless `anonymous`; an anonymous comment never stores it. */
  author?: Author;
  anonymous?: boolean;
  /** ISO 8601 timestamp. */
  now: string;
  id?: string;
}

/**
 * The project with a new comment anchored on `quote` in the clause `clauseId`, and that comment.
 * Throws CharterError('invalid-input') naming the clause when it does not exist or does not
 * contain the quote.
 */
export function createComment(
  project: Project,
  {
    clauseId,
    quote,
    near,
    text,
    author,
    anonymous = false,
    now,
    id = crypto.randomUUID(),
  }: NewComment,
): { project: Project; comment: Comment } {
  const clause = project.sections
    .flatMap((section) => section.clauses)
    .find((candidate) => candidate.id === clauseId);
  if (!clause) {
    throw new CharterError('invalid-input', `There is no clause "${clauseId}" in this charter.`, {
      clauseId,
    });
  }
  const exact = normalizeQuote(quote);
  if (exact === '')
    throw new CharterError('invalid-input', 'A comment needs a quote to anchor it.');
  const body = anchorText(clause.body);
  const match = findExactQuote(body, { exact, prefix: '', suffix: '' }, near);
  if (!match) {
    throw new CharterError(
      'invalid-input',
      `Clause "${clauseId}" does not contain "${exact}". Quote its text as it reads now.`,
      { clauseId },
    );
  }
  const comment = parseOrThrow(
    Comment,
    {
      id,
      anchor: quoteAnchor(clauseId, body, match.offset, match.length),
      author: storedAuthor(author, anonymous),
      anonymous,
      createdAt: now,
      text: text.trim(),
      status: 'open',
      replies: [],
    },
    'invalid-input',
    (problems) => `The comment is not valid: ${problems}.`,
  );
  const event = {
    at: now,
    kind: 'commented' as const,
    ...(anonymous ? {} : { actor: comment.author.name }),
    detail: `Commented on clause "${clauseId}".`,
  };
  return {
    project: {
      ...project,
      meta: { ...project.meta, updatedAt: now },
      comments: [...project.comments, comment],
      history: [...project.history, event],
    },
    comment,
  };
}
