import type { Comment, CommentAnchor } from '../model/comment';
import type { Project } from '../model/project';
import { projectClauseTexts, type ClauseText } from './anchor-text';
import { findExactQuote } from './find-exact-quote';
import { findFuzzyQuote, type FuzzyQuoteMatch } from './find-fuzzy-quote';

/**
 * Where a comment's passage is now. `anchored`: its quote, word for word, in its own clause.
 * `moved`: found elsewhere — in another clause, or reworded (a close enough passage).
 * `orphaned`: not found; the comment keeps its quote and stays listed.
 */
export type AnchoredComment =
  | {
      comment: Comment;
      status: 'anchored' | 'moved';
      clauseId: string;
      offset: number;
      length: number;
    }
  | { comment: Comment; status: 'orphaned' };

/** Where an anchor's passage is now: `AnchoredComment` without the comment. */
export type AnchorPlace =
  | { status: 'anchored' | 'moved'; clauseId: string; offset: number; length: number }
  | { status: 'orphaned' };

/**
 * Finds every comment's passage in the project as it is now, after edits or a regeneration.
 * Stored anchors are left as they were written, so an orphan still shows what it quoted and
 * review copies still agree with their original. Every comment is in the result, in order.
 */
export function anchorComments(project: Project): AnchoredComment[] {
  const texts = projectClauseTexts(project);
  return project.comments.map((comment) => ({ comment, ...findAnchor(comment.anchor, texts) }));
}

/**
 * Where an anchor's passage is in the clause texts: word for word in its own clause, else word
 * for word elsewhere (the most context in agreement), else reworded (its own clause wins a tie).
 */
export function findAnchor(anchor: CommentAnchor, texts: readonly ClauseText[]): AnchorPlace {
  const own = texts.find((text) => text.clauseId === anchor.clauseId);
  const inPlace = own && findInOwnClause(anchor, own);
  if (inPlace) return inPlace;

  let elsewhere: { clauseId: string; offset: number; length: number; context: number } | undefined;
  for (const { clauseId, text } of texts) {
    const match = findExactQuote(text, anchor);
    if (match && (!elsewhere || match.context > elsewhere.context))
      elsewhere = { clauseId, ...match };
  }
  if (elsewhere) return { status: 'moved', clauseId: elsewhere.clauseId, ...span(elsewhere) };

  // The recorded clause is searched first so that it wins a tie.
  const ordered = own ? [own, ...texts.filter((text) => text !== own)] : texts;
  let reworded: (FuzzyQuoteMatch & { clauseId: string }) | undefined;
  for (const { clauseId, text } of ordered) {
    const match = findFuzzyQuote(text, anchor);
    if (match && (!reworded || isCloser(match, reworded))) reworded = { clauseId, ...match };
  }
  if (reworded) return { status: 'moved', clauseId: reworded.clauseId, ...span(reworded) };
  return { status: 'orphaned' };
}

/**
 * The anchor's passage word for word in its own clause, `own`; undefined when it is not there.
 * The answer depends on that clause's text alone, unlike the rest of `findAnchor`.
 */
export function findInOwnClause(anchor: CommentAnchor, own: ClauseText): AnchorPlace | undefined {
  if (anchor.exact === '') {
    return { status: 'anchored', clauseId: own.clauseId, offset: 0, length: 0 };
  }
  const match = findExactQuote(own.text, anchor, anchor.offset);
  return match && { status: 'anchored', clauseId: own.clauseId, ...span(match) };
}

function span(match: { offset: number; length: number }) {
  return { offset: match.offset, length: match.length };
}

function isCloser(candidate: FuzzyQuoteMatch, best: FuzzyQuoteMatch): boolean {
  if (candidate.similarity !== best.similarity) return candidate.similarity > best.similarity;
  return candidate.context > best.context;
}
