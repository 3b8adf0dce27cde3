import type { Project } from '../model/project';
import type { AnchoredComment } from './anchor-comments';

/** Every clause id of the charter, in document order. */
export function clauseIdsInOrder(project: Pick<Project, 'sections'>): string[] {
  return project.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
}

/** Threads as a reader meets them: by clause, then by place in the clause; orphans last. */
export function inDocumentOrder(
  anchored: readonly AnchoredComment[],
  clauseOrder: readonly string[],
): AnchoredComment[] {
  // A map, not indexOf: comments times clauses grows with the square of the charter's size.
  const places = new Map(clauseOrder.map((clauseId, index) => [clauseId, index]));
  const rank = (entry: AnchoredComment) => {
    if (entry.status === 'orphaned') return [clauseOrder.length, 0] as const;
    return [places.get(entry.clauseId) ?? clauseOrder.length, entry.offset] as const;
  };
  return anchored
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map(({ entry }) => entry);
}
