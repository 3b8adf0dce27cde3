import type { Comment } from '../model/comment';
import type { Project } from '../model/project';
import { updateComment } from './update-comment';

/**
 * Resolves or reopens a thread. The time of the change is kept: when review copies disagree,
 * the latest change wins (see mergeFeedback).
 */
export function setCommentStatus(
  project: Project,
  { commentId, status, now }: { commentId: string; status: Comment['status']; now: string },
): Project {
  return updateComment(
    project,
    commentId,
    (comment) =>
      comment.status === status ? comment : { ...comment, status, statusChangedAt: now },
    now,
  );
}
