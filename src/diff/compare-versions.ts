import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import { latestVersion } from '../signoff/version-number';
import { compareTexts } from './compare-texts';
import { contentAt, hasDraft, type TextSelector } from './content-at';
import type { TextComparison } from './text-comparison';

export interface VersionComparison {
  from: TextSelector;
  to: TextSelector;
  comparison: TextComparison;
}

/**
 * What to compare when nothing is said: the last signed-off version with the draft, or with
 * itself when there is no draft (nothing changed since).
 */
export function defaultSelectors(project: Project): { from: TextSelector; to: TextSelector } {
  const latest = latestVersion(project);
  if (!latest) {
    throw new CharterError(
      'not-found',
      'No version has been signed off yet: there is nothing to compare the draft with. Request sign-off first, or name the versions to compare.',
    );
  }
  return { from: latest.number, to: hasDraft(project) ? 'draft' : latest.number };
}

/** Compares two texts of a project: any two versions, or a version and the draft. */
export function compareVersions(
  project: Project,
  selectors: { from?: TextSelector; to?: TextSelector } = {},
): VersionComparison {
  const from = selectors.from ?? defaultSelectors(project).from;
  const to = selectors.to ?? defaultSelectors(project).to;
  return { from, to, comparison: compareTexts(contentAt(project, from), contentAt(project, to)) };
}
