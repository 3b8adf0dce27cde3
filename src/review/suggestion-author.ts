import type { Comment } from '../model/comment';

/** Who made a suggestion, as the audit trail records it: nobody named when the reviewer is anonymous. */
export function suggestionAuthor(comment: Comment): { author?: string } {
  return comment.anonymous ? {} : { author: comment.author.name };
}
