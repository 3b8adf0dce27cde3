import type { Project } from '../model/project';

/**
 * A draft sent to reviewers is in review. Later statuses stay: a copy sent while sign-off is
 * requested, or of a signed-off text, changes nothing in its lifecycle.
 */
export function startReview(project: Project): Project {
  return project.meta.status === 'draft'
    ? { ...project, meta: { ...project.meta, status: 'in-review' } }
    : project;
}
