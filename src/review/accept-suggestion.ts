import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import { replaceTextRange } from '../rich-text/replace-text-range';
import { anchorComments } from './anchor-comments';
import { anchorText, normalizeQuote } from './anchor-text';
import { anchorTextMap, passageRange } from './anchor-text-map';
import { decideSuggestion } from './decide-suggestion';
import { pendingSuggestion } from './pending-suggestion';
import { quoteAnchor } from './quote-anchor';
import { suggestionAuthor } from './suggestion-author';

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
      { commentId },
    );
  }
  const { clauseId, offset, length } = found;
  const clause = project.sections
    .flatMap((section) => section.clauses)
    .find((candidate) => candidate.id === clauseId);
  const map = clause && anchorTextMap(clause.body);
  const range = map && passageRange(map, offset, length);
  const body =
    clause && range && replaceTextRange(clause.body, range.from, range.to, suggestion.text);
  if (!map || !body) {
    throw new CharterError(
      'invalid-input',
      `The passage that suggestion "${commentId}" rewords now runs across paragraphs of clause "${clauseId}": edit it by hand, then resolve the comment.`,
      { commentId, clauseId },
    );
  }
  const before = map.text.slice(offset, offset + length);
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
        ...(actor === undefined ? {} : { actor }),
        detail: `Accepted the suggestion of ${suggestionAuthor(comment)} on clause "${clauseId}": “${before}” → “${suggestion.text}”.`,
      },
    ],
  };
  return decideSuggestion(edited, commentId, {
    status: 'accepted',
    at: now,
    ...(actor === undefined ? {} : { by: actor }),
  });
}
