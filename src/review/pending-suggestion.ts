import { CharterError } from '../errors/charter-error';
import type { Comment, Suggestion } from '../model/comment';
import type { Project } from '../model/project';

/**
 * The comment `commentId` and the wording it suggests, still awaiting the author's decision.
 * Throws CharterError('not-found') for an unknown comment, CharterError('invalid-input') for a
 * comment that suggests nothing or a suggestion already decided: a decision is final.
 */
export function pendingSuggestion(
  project: Project,
  commentId: string,
): { comment: Comment; suggestion: Suggestion } {
  const comment = project.comments.find((candidate) => candidate.id === commentId);
  if (!comment) {
    throw new CharterError('not-found', `There is no comment "${commentId}" in this charter.`, {
      commentId,
    });
  }
  const { suggestion } = comment;
  if (!suggestion) {
    throw new CharterError(
      'invalid-input',
      `Comment "${commentId}" suggests no new wording: there is nothing to accept or reject.`,
      { commentId },
    );
  }
  if (suggestion.decision) {
    const { status, at } = suggestion.decision;
    throw new CharterError(
      'invalid-input',
      `The suggestion "${commentId}" was already ${status} on ${at}; a decision is final.`,
      { commentId },
    );
  }
  return { comment, suggestion };
}
