import type { Author } from '../../../src/model/comment';
import type { Project } from '../../../src/model/project';

/** Why the charter is open read-only, for comments only; null when it may be edited. */
export type ReviewMode = 'review-copy' | 'employee' | null;

/**
 * A review copy is for commenting, whoever opens it; so is any charter for a user whose role is
 * employee (from the settings). The author and the reviewing teams edit everything else.
 */
export function reviewModeOf(project: Project, reviewer: Author | null | undefined): ReviewMode {
  if (project.review) return 'review-copy';
  if (reviewer?.role === 'employee') return 'employee';
  return null;
}
