import type { Project } from '../model/project';
import type { Approval, Fingerprint } from '../model/sign-off';
import { isFrozen, latestVersion, nextVersionNumber } from '../signoff/version-number';

/**
 * The version a project's text is: the last signed-off one once signed off or published, the next
 * one while it is drafted, reviewed or waiting for sign-off.
 */
export function currentVersionNumber(project: Project): number {
  if (!isFrozen(project)) return nextVersionNumber(project);
  // A signed-off export imported by an older Charter Studio kept its number, not its text.
  return latestVersion(project)?.number ?? Math.max(1, project.signOff.versionsBefore);
}

/** The fingerprint the current approvals were given on: the version's, or the request's. */
export function approvedFingerprint(project: Project): Fingerprint | undefined {
  return isFrozen(project)
    ? latestVersion(project)?.fingerprint
    : project.signOff.request?.fingerprint;
}

/**
 * The decisions on the current text: those on its number and fingerprint that still count. A draft
 * with no pending request has none: earlier decisions were on another text.
 */
export function currentApprovals(project: Project): Approval[] {
  const versionNumber = currentVersionNumber(project);
  const fingerprint = approvedFingerprint(project);
  return project.approvals.filter(
    (approval) =>
      approval.versionNumber === versionNumber &&
      approval.invalidatedAt === undefined &&
      (approval.fingerprint === undefined || approval.fingerprint === fingerprint),
  );
}
