import type { Project } from '../model/project';
import type { Approval } from '../model/sign-off';

/**
 * The version a project's text is: the last signed-off one once signed off or published, the next
 * one while it is drafted, reviewed or waiting for sign-off.
 */
export function currentVersionNumber(project: Project): number {
  const latest = Math.max(0, ...project.versions.map((version) => version.number));
  const frozen = project.meta.status === 'signed-off' || project.meta.status === 'published';
  return frozen ? Math.max(latest, 1) : latest + 1;
}

/** The approvals of the current version: those of earlier versions approved another text. */
export function currentApprovals(project: Project): Approval[] {
  const versionNumber = currentVersionNumber(project);
  return project.approvals.filter((approval) => approval.versionNumber === versionNumber);
}
