import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';

/**
 * Throws CharterError('invalid-input') unless `copy` is a review copy of `original`; `name`
 * (a file name, say) says which copy in the message.
 */
export function assertReviewCopyOf(
  original: Pick<Project, 'id'>,
  copy: Project,
  name = `Project ${copy.id}`,
): void {
  if (!copy.review) {
    throw new CharterError(
      'invalid-input',
      `${name} is not a review copy: make one with "charter review-copy" and send that.`,
    );
  }
  if (copy.review.sourceId !== original.id) {
    throw new CharterError(
      'invalid-input',
      `${name} is a review copy of another charter (${copy.review.sourceId}), not of this one (${original.id}).`,
    );
  }
}
