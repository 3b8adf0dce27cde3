import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { RichTextDoc } from '../model/rich-text';
import { replaceTextRange } from '../rich-text/replace-text-range';
import { anchorComments } from './anchor-comments';
import { anchorText, normalizeQuote } from './anchor-text';
import { anchorTextMap, passageRange } from './anchor-text-map';
import { decideSuggestion } from './decide-suggestion';
import { pendingSuggestion } from './pending-suggestion';
import { quoteAnchor } from './quote-anchor';
import { suggestionAuthor } from './suggestion-author';
import { withoutStrayPunctuation } from './without-stray-punctuation';

export interface SuggestionAcceptance {
  commentId: string;
  /** ISO 8601 timestamp. */
  now: string;
  /** Who accepts, for the history. */
  actor?: string;
}

/**
 * The project with a suggestion applied: its passage, found where it is now (in place, or moved
 * and reworded), replaced by the suggested wording in the clause text, the suggestion accepted,
 * its thread resolved and the history told. The comment is anchored on the new wording (a
 * deletion on the spot where the passage was), so that it points at the text it produced.
 * Throws CharterError('invalid-input') when the passage is gone or no longer lies within one
 * paragraph, when the suggestion was already decided, and on a review copy, whose clause text
 * never comes back with a merge.
 */
export function acceptSuggestion(
  project: Project,
  { commentId, now, actor }: SuggestionAcceptance,
): Project {
  // A blank name names no one.
  const by = actor?.trim() || undefined;
  const { comment, suggestion } = pendingSuggestion(project, commentId);
  if (project.review) {
    throw new CharterError(
      'invalid-input',
      'Accept suggestions in the charter itself: a review copy’s text does not come back with a merge.',
      { commentId },
    );
  }
  const found = anchorComments(project).find((result) => result.comment.id === commentId);
  if (!found || found.status === 'orphaned') {
    throw new CharterError(
      'invalid-input',
      `The passage that suggestion "${commentId}" rewords is gone from the charter: edit the clause by hand, then resolve the comment.`,
      { commentId, reason: 'passage-gone' },
    );
  }
  const { clauseId } = found;
  const clause = project.sections
    .flatMap((section) => section.clauses)
    .find((candidate) => candidate.id === clauseId);
  const reworded = clause && reword(clause.body, found, comment.anchor.exact, suggestion.text);
  if (!reworded) {
    throw new CharterError(
      'invalid-input',
      `The passage that suggestion "${commentId}" rewords now runs across paragraphs of clause "${clauseId}": edit it by hand, then resolve the comment.`,
      { commentId, clauseId, reason: 'several-paragraphs' },
    );
  }
  const { body, offset, before } = reworded;
  const edited: Project = {
    ...project,
    sections: project.sections.map((section) => ({
      ...section,
      clauses: section.clauses.map((candidate) =>
        candidate.id === clauseId ? { ...candidate, body } : candidate,
      ),
    })),
    // The new wording starts where the passage did: the text before it is unchanged.
    comments: project.comments.map((candidate) =>
      candidate.id === commentId
        ? {
            ...candidate,
            anchor: quoteAnchor(
              clauseId,
              anchorText(body),
              offset,
              normalizeQuote(suggestion.text).length,
            ),
          }
        : candidate,
    ),
    history: [
      ...project.history,
      {
        at: now,
        kind: 'edited',
        ...(by === undefined ? {} : { actor: by }),
        fact: {
          type: 'suggestion-accepted',
          ...suggestionAuthor(comment),
          clause: clauseId,
          before,
          after: suggestion.text,
        },
      },
    ],
  };
  return decideSuggestion(edited, commentId, {
    status: 'accepted',
    at: now,
    ...(by === undefined ? {} : { by }),
  });
}

/**
 * The clause text with the passage found reworded, where the passage started, and how it read;
 * undefined when it runs across paragraphs.
 */
function reword(
  body: RichTextDoc,
  found: { offset: number; length: number },
  quote: string,
  wording: string,
): { body: RichTextDoc; offset: number; before: string } | undefined {
  const map = anchorTextMap(body);
  const { offset, length } = withoutStrayPunctuation(map.text, found, quote);
  const range = passageRange(map, offset, length);
  const reworded = range && replaceTextRange(body, range.from, range.to, wording);
  if (!reworded) return undefined;
  return { body: reworded, offset, before: map.text.slice(offset, offset + length) };
}
