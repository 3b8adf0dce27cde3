import type { AnchoredComment } from './anchor-comments';

/** The clause a thread belongs to: where its passage is now, else (an orphan) where it was written. */
export function threadClauseId(entry: AnchoredComment): string {
  return entry.status === 'orphaned' ? entry.comment.anchor.clauseId : entry.clauseId;
}
