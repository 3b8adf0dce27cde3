import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import { storedAuthor } from './anonymous-author';
import { decideSuggestion } from './decide-suggestion';
import { pendingSuggestion } from './pending-suggestion';
import { replyToComment, type NewReply } from './reply-to-comment';
import { suggestionAuthor } from './suggestion-author';

export interface SuggestionRejection {
  commentId: string;
  /** Why the wording stays as it is: the reviewer deserves a reason. */
  reply: Omit<NewReply, 'commentId' | 'now'>;
  /** ISO 8601 timestamp. */
  now: string;
}

/**
 * The project with a suggestion rejected: the reason added as a reply, the decision recorded,
 * the thread resolved and the history told; the clause text is left as it is. Throws
 * CharterError('invalid-input') without a reason or when the suggestion was already decided.
 */
export function rejectSuggestion(
  project: Project,
  { commentId, reply, now }: SuggestionRejection,
): Project {
  const { comment } = pendingSuggestion(project, commentId);
  if (reply.text.trim() === '') {
    throw new CharterError(
      'invalid-input',
      'Say why the suggestion is rejected: the reviewer is owed a reason.',
      { commentId },
    );
  }
  const actor = reply.anonymous ? undefined : storedAuthor(reply.author, false).name;
  const replied = replyToComment(project, { ...reply, commentId, now });
  const decided = decideSuggestion(replied, commentId, {
    status: 'rejected',
    at: now,
    ...(actor === undefined ? {} : { by: actor }),
  });
  return {
    ...decided,
    history: [
      ...decided.history,
      {
        at: now,
        kind: 'commented',
        ...(actor === undefined ? {} : { actor }),
        fact: {
          type: 'suggestion-rejected',
          ...suggestionAuthor(comment),
          clause: comment.anchor.clauseId,
        },
      },
    ],
  };
}
