import type { SuggestionDecision } from '../model/comment';
import type { Project } from '../model/project';
import { setCommentStatus } from './set-comment-status';
import { updateComment } from './update-comment';

/** The project with the suggestion `commentId` decided and its thread resolved. */
export function decideSuggestion(
  project: Project,
  commentId: string,
  decision: SuggestionDecision,
): Project {
  const decided = updateComment(
    project,
    commentId,
    (comment) =>
      comment.suggestion
        ? { ...comment, suggestion: { ...comment.suggestion, decision } }
        : comment,
    decision.at,
  );
  return setCommentStatus(decided, { commentId, status: 'resolved', now: decision.at });
}
