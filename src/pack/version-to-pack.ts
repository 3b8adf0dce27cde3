import { CharterError } from '../errors/charter-error';
import type { Project } from '../model/project';
import type { Version } from '../model/sign-off';
import type { VersionSelector } from '../signoff/select-version';
import { latestVersion, nextVersionNumber } from '../signoff/version-number';

const ONLY_SIGNED_OFF = 'only a signed-off version can be packed';

/**
 * The signed-off version an evidence pack is made of, or an error that says what to do: a pack
 * proves what was approved, so a draft, or a text still waiting for approvals, has none.
 */
export function versionToPack(project: Project, selector: VersionSelector): Version {
  if (selector === 'draft') {
    throw new CharterError(
      'invalid-input',
      `The draft cannot be packed: ${ONLY_SIGNED_OFF}. Give a version number, or latest.`,
    );
  }
  const version =
    selector === 'latest'
      ? latestVersion(project)
      : project.versions.find((candidate) => candidate.number === selector);
  if (version) return version;
  throw selector === 'latest' ? noVersionYet(project) : missingVersion(project, selector);
}

function awaitingApprovals(project: Project, number: number): boolean {
  return project.meta.status === 'sign-off-requested' && number === nextVersionNumber(project);
}

function noVersionYet(project: Project): CharterError {
  const next = nextVersionNumber(project);
  return new CharterError(
    'invalid-input',
    awaitingApprovals(project, next)
      ? `No version has been signed off yet: ${ONLY_SIGNED_OFF}, and the sign-off of version ${next} still waits for approvals.`
      : `No version has been signed off yet: ${ONLY_SIGNED_OFF}; request sign-off first.`,
  );
}

function missingVersion(project: Project, number: number): CharterError {
  if (awaitingApprovals(project, number)) {
    return new CharterError(
      'invalid-input',
      `Version ${number} is not signed off yet: ${ONLY_SIGNED_OFF}, and its sign-off still waits for approvals.`,
    );
  }
  if (number <= project.signOff.versionsBefore) {
    return new CharterError(
      'not-found',
      `Version ${number} was signed off before this file was imported, and its text is not in it: pack it from the file it was signed off in.`,
    );
  }
  const numbers = project.versions.map((version) => version.number);
  return new CharterError(
    'not-found',
    numbers.length === 0
      ? `Version ${number} does not exist: no version has been signed off yet, and ${ONLY_SIGNED_OFF}; request sign-off first.`
      : `Version ${number} does not exist: versions are ${numbers.join(', ')}.`,
  );
}
