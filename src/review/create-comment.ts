import { CharterError } from '../errors/charter-error';
import { parseOrThrow } from '../errors/parse-or-throw';
import { Comment, type Author } from '../model/comment';
import type { Project } from '../model/project';
import type { RichTextDoc } from '../model/rich-text';
import { locateTextblock } from '../rich-text/locate-textblock';
import { normalizeQuote } from './anchor-text';
import { anchorTextMap, passageRange, type AnchorTextMap } from './anchor-text-map';
import { storedAuthor } from './anonymous-author';
import { findExactQuote } from './find-exact-quote';
import { quoteAnchor } from './quote-anchor';

export interface NewComment {
  clauseId: string;
  /** The passage commented on, as the reader selected it; white space need not match. */
  quote: string;
  /** Where the selection starts in the clause's anchor text, to pick among repeated quotes. */
  near?: number;
  /** May be '' when the comment suggests new wording. */
  text: string;
  /**
   * New wording proposed for the passage, kept as the author typed it but trimmed; '' proposes
   * to delete it. The passage must then lie within one paragraph or list item.
   */
  suggestion?: string;
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
 * contain the quote, and for a suggestion on a passage that spans several paragraphs.
 */
export function createComment(
  project: Project,
  {
    clauseId,
    quote,
    near,
    text,
    suggestion,
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
  const map = anchorTextMap(clause.body);
  const match = findExactQuote(map.text, { exact, prefix: '', suffix: '' }, near);
  if (!match) {
    throw new CharterError(
      'invalid-input',
      `Clause "${clauseId}" does not contain "${exact}". Quote its text as it reads now.`,
      { clauseId, reason: 'quote-not-found' },
    );
  }
  if (suggestion !== undefined) assertReplaceable(clause.body, map, match, suggestion);
  const comment = parseOrThrow(
    Comment,
    {
      id,
      anchor: quoteAnchor(clauseId, map.text, match.offset, match.length),
      author: storedAuthor(author, anonymous),
      anonymous,
      createdAt: now,
      text: text.trim(),
      ...(suggestion === undefined ? {} : { suggestion: { text: suggestion.trim() } }),
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
    fact: { type: 'commented' as const, clause: clauseId, suggestion: suggestion !== undefined },
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

/** A suggestion must be something acceptSuggestion can apply: words within one text block. */
function assertReplaceable(
  body: RichTextDoc,
  map: AnchorTextMap,
  match: { offset: number; length: number },
  suggestion: string,
): void {
  if (/[\r\n\u2028\u2029]/.test(suggestion.trim())) {
    throw new CharterError(
      'invalid-input',
      'Suggest new wording without line breaks: it replaces words within one paragraph.',
      { reason: 'line-break' },
    );
  }
  const range = passageRange(map, match.offset, match.length);
  if (!range || !locateTextblock(body, range.from, range.to)) {
    throw new CharterError(
      'invalid-input',
      'Propose new wording for a passage within one paragraph or list item; comment on longer passages instead.',
      { reason: 'several-paragraphs' },
    );
  }
}
