import type { Comment } from '../model/comment';

/** Who made a suggestion, as the history names them: never an anonymous reviewer's name. */
export function suggestionAuthor(comment: Comment): string {
  return comment.anonymous ? 'an anonymous reviewer' : comment.author.name;
}
