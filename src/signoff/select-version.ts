import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';
import { isFrozen, latestVersion } from './version-number';

/** Which text to export: a version by number, the latest signed-off one, or the draft. */
export type VersionSelector = number | 'latest' | 'draft';

function atVersion(project: Project, version: Version): Project {
  const { title, language, template, answers, sections } = version.content;
  const { request: _request, nextReviewDate, ...signOff } = project.signOff;
  // The review scheduled is the one of the charter in force: a superseded version has none.
  const current = version === latestVersion(project);
  return {
    ...project,
    meta: { ...project.meta, title, language, status: version.status },
    template,
    answers,
    sections,
    signOff: current && nextReviewDate !== undefined ? { ...signOff, nextReviewDate } : signOff,
    versions: project.versions.filter((earlier) => earlier.number <= version.number),
  };
}

function describeVersions(project: Project): string {
  const numbers = project.versions.map((version) => version.number);
  return numbers.length === 0
    ? 'no version has been signed off yet'
    : `its versions are ${numbers.join(', ')}`;
}

/**
 * The project as it reads at `selector`: the text, title and answers of that version, its status,
 * and no later version. Without a selector, the live text: the draft, or the version it still is.
 */
export function selectVersion(project: Project, selector?: VersionSelector): Project {
  const latest = latestVersion(project);
  if (selector === undefined)
    return isFrozen(project) && latest ? atVersion(project, latest) : project;
  if (selector === 'draft') {
    if (!isFrozen(project)) return project;
    throw new CharterError(
      'not-found',
      `There is no draft: the text is version ${latest?.number ?? 1} as signed off. Export that version, or edit the charter to start a draft.`,
    );
  }
  const version =
    selector === 'latest'
      ? latest
      : project.versions.find((candidate) => candidate.number === selector);
  if (version) return atVersion(project, version);
  throw new CharterError(
    'not-found',
    selector === 'latest'
      ? 'No version has been signed off yet: export the draft, or request sign-off first.'
      : `There is no version ${selector}: ${describeVersions(project)}.`,
  );
}
