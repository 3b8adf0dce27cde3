import { useMemo } from 'react';
import { CharterError } from '../../../src/errors/charter-error';
import type { Project } from '../../../src/model/project';
import { acceptSuggestion } from '../../../src/review/accept-suggestion';
import { createComment } from '../../../src/review/create-comment';
import { rejectSuggestion } from '../../../src/review/reject-suggestion';
import { replyToComment } from '../../../src/review/reply-to-comment';
import { setCommentStatus } from '../../../src/review/set-comment-status';
import type { ProjectStore } from '../editor/project-store';
import type { Signature } from './author-draft';
import type { CommentTarget } from './CommentDialog';

/**
 * Why a comment or a decision could not be made: as the core says it (its `details.reason`), or
 * `unsaved-edits` when accepting would rebuild editors that hold a change the model refused.
 */
export type CommentProblem =
  | 'quote-not-found'
  | 'several-paragraphs'
  | 'line-break'
  | 'passage-gone'
  | 'unsaved-edits'
  | 'other';

export interface NewCommentText {
  text: string;
  /** New wording for the passage; absent for a plain comment. */
  suggestion?: string;
}

interface CommentActions {
  /** Null once added; else why nothing was added. */
  add(target: CommentTarget, content: NewCommentText, signature: Signature): CommentProblem | null;
  reply(commentId: string, text: string, signature: Signature): void;
  setStatus(commentId: string, status: 'open' | 'resolved'): void;
  /** Null once the clause text reads the suggested wording; else why it could not. */
  accept(commentId: string, actor: string | undefined): CommentProblem | null;
  /** Null once declined; else why it could not be (e.g. a merge decided it meanwhile). */
  reject(commentId: string, reason: string, signature: Signature): CommentProblem | null;
}

/**
 * Comments, replies, resolutions and decisions on suggestions as changes to the project being
 * edited (then unsaved). Most keep the clause editors as they are; an accepted suggestion changes
 * a clause text, so it replaces the project, which rebuilds them.
 */
export function useCommentActions(store: ProjectStore): CommentActions {
  return useMemo(() => {
    const updateProject = store.updateProject;
    const replaceProject = (update: (project: Project) => Project) =>
      store.replaceProject(update(store.getDocument().project));
    return {
      add(target, { text, suggestion }, { author, anonymous }) {
        return problemOf(() =>
          updateProject(
            (project) =>
              createComment(project, {
                clauseId: target.clauseId,
                quote: target.quote,
                near: target.near,
                text,
                ...(suggestion === undefined ? {} : { suggestion }),
                author,
                anonymous,
                now: new Date().toISOString(),
                id: crypto.randomUUID(),
              }).project,
          ),
        );
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
      accept(commentId, actor) {
        // Rebuilding the editors would give up a change they hold that the model refused.
        if (store.getDocument().rejectedClauseIds.size > 0) return 'unsaved-edits';
        return problemOf(() =>
          replaceProject((project) =>
            acceptSuggestion(project, { commentId, actor, now: new Date().toISOString() }),
          ),
        );
      },
      reject(commentId, reason, signature) {
        return problemOf(() =>
          updateProject((project) =>
            rejectSuggestion(project, {
              commentId,
              reply: { text: reason, ...signature, id: crypto.randomUUID() },
              now: new Date().toISOString(),
            }),
          ),
        );
      },
    };
  }, [store]);
}

const KNOWN_PROBLEMS: readonly CommentProblem[] = [
  'quote-not-found',
  'several-paragraphs',
  'line-break',
  'passage-gone',
];

function problemOf(change: () => void): CommentProblem | null {
  try {
    change();
    return null;
  } catch (error) {
    if (!(error instanceof CharterError) || error.code !== 'invalid-input') throw error;
    const reason = error.details.reason;
    return KNOWN_PROBLEMS.find((problem) => problem === reason) ?? 'other';
  }
}
