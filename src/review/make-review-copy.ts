import type { Project } from '../model/project';

/**
 * A copy of the project for one reviewer: the same charter and comments under its own id,
 * marked with the project it came from so its feedback can only be merged back there.
 */
export function makeReviewCopy(
  project: Project,
  { id, now }: { id: string; now: string },
): Project {
  return { ...project, id, review: { sourceId: project.id, copiedAt: now } };
}
