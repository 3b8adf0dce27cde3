import { parseOrThrow } from '../errors/parse-or-throw';
import { CommentReply, type Author } from '../model/comment';
import type { Project } from '../model/project';
import { storedAuthor } from './anonymous-author';
import { updateComment } from './update-comment';

export interface NewReply {
  commentId: string;
  text: string;
  /** Required unless `anonymous`; an anonymous reply never stores it. */
  author?: Author;
  anonymous?: boolean;
  now: string;
  id?: string;
}

/** The project with a reply added at the end of a thread. */
export function replyToComment(
  project: Project,
  { commentId, text, author, anonymous = false, now, id = crypto.randomUUID() }: NewReply,
): Project {
  const reply = parseOrThrow(
    CommentReply,
    { id, author: storedAuthor(author, anonymous), anonymous, createdAt: now, text: text.trim() },
    'invalid-input',
    (problems) => `The reply is not valid: ${problems}.`,
  );
  return updateComment(
    project,
    commentId,
    (comment) => ({ ...comment, replies: [...comment.replies, reply] }),
    now,
  );
}
