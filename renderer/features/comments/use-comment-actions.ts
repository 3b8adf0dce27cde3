import { useMemo } from 'react';
import { CharterError } from '../../../src/errors/charter-error';
import type { Project } from '../../../src/model/project';
import { createComment } from '../../../src/review/create-comment';
import { replyToComment } from '../../../src/review/reply-to-comment';
import { setCommentStatus } from '../../../src/review/set-comment-status';
import type { Signature } from './author-draft';
import type { CommentTarget } from './CommentDialog';

interface CommentActions {
  /** False when the passage is not in its clause as it reads now: nothing is added then. */
  add(target: CommentTarget, text: string, signature: Signature): boolean;
  reply(commentId: string, text: string, signature: Signature): void;
  setStatus(commentId: string, status: 'open' | 'resolved'): void;
}

/** Comments, replies and resolutions as changes to the project being edited (then unsaved). */
export function useCommentActions(
  updateProject: (update: (project: Project) => Project) => void,
): CommentActions {
  return useMemo(
    () => ({
      add(target, text, { author, anonymous }) {
        try {
          updateProject(
            (project) =>
              createComment(project, {
                clauseId: target.clauseId,
                quote: target.quote,
                near: target.near,
                text,
                author,
                anonymous,
                now: new Date().toISOString(),
                id: crypto.randomUUID(),
              }).project,
          );
          return true;
        } catch (error) {
          if (error instanceof CharterError && error.code === 'invalid-input') return false;
          throw error;
        }
      },
      reply(commentId, text, { author, anonymous }) {
        updateProject((project) =>
          replyToComment(project, {
            commentId,
            text,
            author,
            anonymous,
            now: new Date().toISOString(),
            id: crypto.randomUUID(),
          }),
        );
      },
      setStatus(commentId, status) {
        updateProject((project) =>
          setCommentStatus(project, { commentId, status, now: new Date().toISOString() }),
        );
      },
    }),
    [updateProject],
  );
}
