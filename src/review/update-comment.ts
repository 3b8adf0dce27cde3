import { CharterError } from '../errors/charter-error';
import type { Comment } from '../model/comment';
import type { Project } from '../model/project';

/** The project with one comment changed; throws CharterError('not-found') for an unknown id. */
export function updateComment(
  project: Project,
  commentId: string,
  change: (comment: Comment) => Comment,
  now: string,
): Project {
  if (!project.comments.some((comment) => comment.id === commentId)) {
    throw new CharterError('not-found', `There is no comment "${commentId}" in this charter.`, {
      commentId,
    });
  }
  return {
    ...project,
    meta: { ...project.meta, updatedAt: now },
    comments: project.comments.map((comment) =>
      comment.id === commentId ? change(comment) : comment,
    ),
  };
}
