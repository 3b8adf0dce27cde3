import type { AnchoredComment } from '../../../src/review/anchor-comments';
import type { Comment } from '../../../src/model/comment';

export type StatusFilter = 'open' | 'resolved' | 'all';
export type RoleFilter = Comment['author']['role'] | 'all';

export interface CommentFilter {
  status: StatusFilter;
  role: RoleFilter;
}

export const SHOW_OPEN: CommentFilter = { status: 'open', role: 'all' };

/** The threads the filter keeps, in document order: by clause, then by place in the clause. */
export function filterComments(
  anchored: readonly AnchoredComment[],
  filter: CommentFilter,
  clauseOrder: readonly string[],
): AnchoredComment[] {
  const rank = (entry: AnchoredComment) => {
    if (entry.status === 'orphaned') return [clauseOrder.length, 0] as const;
    const index = clauseOrder.indexOf(entry.clauseId);
    return [index === -1 ? clauseOrder.length : index, entry.offset] as const;
  };
  return anchored
    .filter(({ comment }) => filter.status === 'all' || comment.status === filter.status)
    .filter(({ comment }) => filter.role === 'all' || comment.author.role === filter.role)
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map(({ entry }) => entry);
}
