import type { Comment } from '../../../src/model/comment';
import type { Project } from '../../../src/model/project';
import type { AnchoredComment } from '../../../src/review/anchor-comments';
import { clausePlaces } from '../../../src/review/clause-places';
import { clauseIdsInOrder, inDocumentOrder } from '../../../src/review/document-order';
import { threadClauseId } from '../../../src/review/thread-clause';

export type StatusFilter = 'open' | 'resolved' | 'all';
export type RoleFilter = Comment['author']['role'] | 'all';
export interface CommentFilter {
  status: StatusFilter;
  role: RoleFilter;
  /** A section's id; null for every section, threads on a clause the charter dropped too. */
  section: string | null;
}

export const SHOW_OPEN: CommentFilter = { status: 'open', role: 'all', section: null };

/**
 * The threads the filter keeps, in document order: by clause, then by place in the clause.
 * A thread is in the section of its clause: where its passage is now, else (an orphan) where
 * it was written, as the feedback summary counts it.
 */
export function filterComments(
  anchored: readonly AnchoredComment[],
  filter: CommentFilter,
  project: Pick<Project, 'sections'>,
): AnchoredComment[] {
  const places = clausePlaces(project);
  return inDocumentOrder(
    anchored
      .filter(({ comment }) => filter.status === 'all' || comment.status === filter.status)
      .filter(({ comment }) => filter.role === 'all' || comment.author.role === filter.role)
      .filter(
        (entry) =>
          filter.section === null ||
          places.get(threadClauseId(entry))?.sectionId === filter.section,
      ),
    clauseIdsInOrder(project),
  );
}
