import { CharterError } from '../errors/charter-error';
import { exportYaml } from '../export/yaml-export';
import type { Project } from '../model/project';
import type { Fingerprint } from '../model/sign-off';
import type { IntegrityProblem, IntegrityProblemKind } from './integrity-problem';
import { selectVersion } from './select-version';
import { verifyExport, type VerificationFailure } from './verify-export';

const KINDS: Partial<Record<VerificationFailure['kind'], IntegrityProblemKind>> = {
  fingerprint: 'altered',
  signature: 'signature',
  'not-approved': 'not-approved',
  // `unsigned` is a choice the approver made, and `untrusted` needs keys a project does not hold.
};

/**
 * Exports `project` as YAML and verifies it as anyone holding the export would, so a project
 * passes exactly when each of its exports would pass `charter verify`.
 */
function verifyAsExported(
  subject: IntegrityProblem['subject'],
  project: Project,
  expected: Fingerprint,
  requiredRoles: Project['signOff']['requiredRoles'],
): IntegrityProblem[] {
  let verification;
  try {
    verification = verifyExport(exportYaml(project), { requiredRoles });
  } catch (error) {
    // The export refuses a text that no longer reads as approved: that is the finding.
    if (error instanceof CharterError)
      return [{ subject, kind: 'altered', message: error.message }];
    throw error;
  }
  const problems: IntegrityProblem[] = [];
  if (verification.fingerprint !== expected) {
    problems.push({
      subject,
      kind: 'altered',
      message: `The text gives ${verification.fingerprint}, not ${expected}, the fingerprint its approvers decided on.`,
    });
  }
  for (const failure of verification.failures) {
    const kind = KINDS[failure.kind];
    if (kind) problems.push({ subject, kind, message: failure.message });
  }
  return problems;
}

/**
 * Checks every signed-off version, and a pending request, as their exports would be checked: each
 * text still gives its fingerprint, the content stored beside it still gives that text, every
 * signature holds, and every role a version needed approved it. An empty list means it all holds.
 */
export function checkIntegrity(project: Project): IntegrityProblem[] {
  const problems = project.versions.flatMap((version) =>
    verifyAsExported(
      version.number,
      selectVersion(project, version.number),
      version.fingerprint,
      version.roles,
    ),
  );
  const { request } = project.signOff;
  if (project.meta.status === 'sign-off-requested' && request) {
    problems.push(...verifyAsExported('request', project, request.fingerprint, []));
  }
  return problems;
}
