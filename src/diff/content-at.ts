import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { VersionContent } from '../model/sign-off';
import { selectVersion } from '../signoff/select-version';
import { contentOf } from '../signoff/version-content';
import { isFrozen, latestVersion } from '../signoff/version-number';

/** A text to compare: a signed-off version by number, or the draft. */
export type TextSelector = number | 'draft';

/** Whether the live text is a draft rather than a signed-off version it still is. */
export function hasDraft(project: Project): boolean {
  return !isFrozen(project);
}

/** The text of a signed-off version, or of the draft; a clear error for one that does not exist. */
export function contentAt(project: Project, selector: TextSelector): VersionContent {
  if (selector === 'draft' && !hasDraft(project)) {
    throw new CharterError(
      'not-found',
      `There is no draft: the text is still version ${latestVersion(project)?.number ?? 1} as signed off. Compare two versions, or edit the charter to start a draft.`,
    );
  }
  return contentOf(selectVersion(project, selector));
}
