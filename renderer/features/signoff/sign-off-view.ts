import { currentApprovals, currentVersionNumber } from '../../../src/export/current-version';
import type { Project } from '../../../src/model/project';
import type { Role } from '../../../src/model/role';
import type { Approval, SignOffRequest, Version } from '../../../src/model/sign-off';
import { decisionsOn } from '../../../src/signoff/record-decision';
import { selectVersion } from '../../../src/signoff/select-version';
import { isFrozen, latestVersion, nextVersionNumber } from '../../../src/signoff/version-number';

/** What the sign-off panel shows of a project, worked out once per change. */
export interface SignOffView {
  /** The version the live text is, or will be once signed off. */
  versionNumber: number;
  /** Whether the live text is a signed-off (or published) version, unchanged. */
  frozen: boolean;
  latest: Version | undefined;
  /** The request waiting for decisions, and the latest decision of each role on it. */
  pending: { request: SignOffRequest; decisions: Map<Role, Approval> } | null;
  /** Decisions on the coming version that an edit has voided: on record, no longer counting. */
  noLongerCounting: Approval[];
}

export function signOffView(project: Project): SignOffView {
  const { request } = project.signOff;
  const frozen = isFrozen(project);
  const upcoming = nextVersionNumber(project);
  return {
    versionNumber: currentVersionNumber(project),
    frozen,
    latest: latestVersion(project),
    pending:
      project.meta.status === 'sign-off-requested' && request
        ? { request, decisions: decisionsOn(project, request) }
        : null,
    noLongerCounting: frozen
      ? []
      : project.approvals.filter(
          (approval) => approval.invalidatedAt !== undefined && approval.versionNumber === upcoming,
        ),
  };
}

/** Who signed a version off: the approvals on its text that still count. */
export function versionApprovers(project: Project, version: Version): Approval[] {
  return currentApprovals(selectVersion(project, version.number)).filter(
    (approval) => approval.decision === 'approved',
  );
}
