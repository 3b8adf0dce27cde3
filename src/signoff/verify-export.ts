import { parseOrThrow } from '../errors/parse-or-throw';
import { ExportDocument } from '../export/export-document';
import { readExportData } from '../export/read-export-data';
import type { Role } from '../model/role';
import type { Fingerprint } from '../model/sign-off';
import { approvalPayload } from './approval-payload';
import { fingerprintOf } from './fingerprint';
import { verifySignature } from './signing-key';
import type { TrustedKey } from './trusted-keys';

/** What does not hold; `unsigned` alone still proves the text, not who decided. */
export interface VerificationFailure {
  kind: 'fingerprint' | 'unsigned' | 'signature' | 'untrusted' | 'not-approved';
  message: string;
}

export interface Verification {
  /** The fingerprint the text gives, recomputed. */
  fingerprint: Fingerprint;
  version: ExportDocument['version'];
  /** One line per approval that holds. */
  verified: string[];
  /** The roles whose latest decision is an approval, in the order they decided. */
  approvedBy: Role[];
  /** The file verifies when there is none. */
  failures: VerificationFailure[];
}

export interface VerifyOptions {
  /** Only signatures by these keys count. */
  trusted?: readonly TrustedKey[];
  /** Roles that must have approved a signed-off or published text. */
  requiredRoles?: readonly Role[];
}

type ExportApproval = ExportDocument['approvals'][number];

const describe = (approval: ExportApproval, index: number): string =>
  `approvals[${index}] (${approval.name}, ${approval.role}, ${approval.decision})`;

function checkApproval(
  approval: ExportApproval,
  signed: ExportApproval,
  index: number,
  fingerprint: Fingerprint,
  trusted: readonly TrustedKey[] | undefined,
): VerificationFailure | null {
  const who = describe(approval, index);
  if (approval.signature === undefined || approval.publicKey === undefined) {
    return {
      kind: 'unsigned',
      message: `${who}: not signed, so nothing proves who made this decision.`,
    };
  }
  // The fields as written: a reader trimming or normalising them must not make a signature hold.
  const payload = approvalPayload({ ...signed, fingerprint });
  if (!verifySignature(approval.publicKey, payload, approval.signature)) {
    return {
      kind: 'signature',
      message: `${who}: the signature does not match this text and decision: the text, the name, the role, the decision, the date or the reason changed after signing.`,
    };
  }
  if (trusted) {
    const key = trusted.find((candidate) => candidate.publicKey === approval.publicKey);
    if (!key)
      return {
        kind: 'untrusted',
        message: `${who}: signed with a key that is not in the trusted keys.`,
      };
    if (key.role !== undefined && key.role !== approval.role) {
      return {
        kind: 'untrusted',
        message: `${who}: the key of ${key.name} is trusted for ${key.role}, not ${approval.role}.`,
      };
    }
  }
  return null;
}

/** The latest decision of each role, in the order the roles first decided. */
function latestDecisions(approvals: readonly ExportApproval[]): Map<Role, ExportApproval> {
  const latest = new Map<Role, ExportApproval>();
  for (const approval of approvals) latest.set(approval.role, approval);
  return latest;
}

function approvalFailures(
  version: ExportDocument['version'],
  latest: Map<Role, ExportApproval>,
  requiredRoles: readonly Role[],
): VerificationFailure[] {
  if (version.status !== 'signed-off' && version.status !== 'published') return [];
  const failures: VerificationFailure[] = [];
  if (latest.size === 0) {
    failures.push({
      kind: 'not-approved',
      message: `Version ${version.number} is ${version.status} but carries no approval.`,
    });
  }
  for (const [role, decision] of latest) {
    if (decision.decision !== 'approved') {
      failures.push({
        kind: 'not-approved',
        message: `Version ${version.number} is ${version.status}, yet the last decision of ${role} is a rejection.`,
      });
    }
  }
  for (const role of requiredRoles) {
    if (latest.get(role)?.decision !== 'approved') {
      failures.push({
        kind: 'not-approved',
        message: `${role} did not approve version ${version.number}.`,
      });
    }
  }
  return failures;
}

/**
 * Checks a YAML export on its own: its text against its fingerprint, each approval's signature
 * against the recomputed fingerprint (so a signature holds only for this exact text), that a
 * signed-off text was approved by every role that decided (and by the roles required), and, given
 * trusted keys, who signed. Nothing but the file and the keys is needed.
 */
export function verifyExport(text: string, options: VerifyOptions = {}): Verification {
  const data = readExportData(text);
  const { version, approvals } = parseOrThrow(
    ExportDocument,
    data,
    'invalid-file',
    (problems) => `This is not a valid charter export: ${problems}.`,
  );
  // The bytes as written, not as validated: what anyone else would hash and verify.
  const written = data as { approvals: ExportApproval[] };
  const fingerprint = fingerprintOf(written);
  const failures: VerificationFailure[] = [];
  if (version.fingerprint === undefined) {
    failures.push({
      kind: 'fingerprint',
      message: 'version.fingerprint is missing: this export was made before fingerprints.',
    });
  } else if (version.fingerprint !== fingerprint) {
    failures.push({
      kind: 'fingerprint',
      message: `The text does not match its fingerprint: version.fingerprint is ${version.fingerprint}, the text gives ${fingerprint}. It was changed after export.`,
    });
  }
  const verified: string[] = [];
  approvals.forEach((approval, index) => {
    const failure = checkApproval(
      approval,
      written.approvals[index] ?? approval,
      index,
      fingerprint,
      options.trusted,
    );
    if (failure) failures.push(failure);
    else verified.push(`${describe(approval, index)}: signature holds.`);
  });
  const latest = latestDecisions(approvals);
  failures.push(...approvalFailures(version, latest, options.requiredRoles ?? []));
  const approvedBy = [...latest]
    .filter(([, decision]) => decision.decision === 'approved')
    .map(([role]) => role);
  return { fingerprint, version, verified, approvedBy, failures };
}
