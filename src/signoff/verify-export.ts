import { parseOrThrow } from '../errors/parse-or-throw';
import { ExportDocument } from '../export/export-document';
import { readExportData } from '../export/read-export-data';
import type { Fingerprint } from '../model/sign-off';
import { approvalPayload } from './approval-payload';
import { fingerprintOf } from './fingerprint';
import { verifySignature } from './signing-key';
import type { TrustedKey } from './trusted-keys';

export interface Verification {
  /** The fingerprint the text gives, recomputed. */
  fingerprint: Fingerprint;
  version: ExportDocument['version'];
  /** One line per approval that holds. */
  verified: string[];
  /** One line per thing that does not hold; the file verifies when there is none. */
  failures: string[];
}

type ExportApproval = ExportDocument['approvals'][number];

const describe = (approval: ExportApproval, index: number): string =>
  `approvals[${index}] (${approval.name}, ${approval.role}, ${approval.decision})`;

function checkApproval(
  approval: ExportApproval,
  index: number,
  fingerprint: Fingerprint,
  trusted: readonly TrustedKey[] | undefined,
): string | null {
  const who = describe(approval, index);
  if (approval.signature === undefined || approval.publicKey === undefined) {
    return `${who}: not signed, so nothing proves who made this decision.`;
  }
  const payload = approvalPayload({ ...approval, fingerprint });
  if (!verifySignature(approval.publicKey, payload, approval.signature)) {
    return `${who}: the signature does not match this text and decision: the text, the name, the role, the decision, the date or the reason changed after signing.`;
  }
  if (trusted) {
    const key = trusted.find((candidate) => candidate.publicKey === approval.publicKey);
    if (!key) return `${who}: signed with a key that is not in the trusted keys.`;
    if (key.role !== undefined && key.role !== approval.role) {
      return `${who}: the key of ${key.name} is trusted for ${key.role}, not ${approval.role}.`;
    }
  }
  return null;
}

/**
 * Checks a YAML export on its own: its text against its fingerprint, then each approval's
 * signature against the recomputed fingerprint (so a signature holds only for this exact text),
 * and, given trusted keys, who signed. Nothing but the file and the keys is needed.
 */
export function verifyExport(text: string, trusted?: readonly TrustedKey[]): Verification {
  const data = readExportData(text);
  const { version, approvals } = parseOrThrow(
    ExportDocument,
    data,
    'invalid-file',
    (problems) => `This is not a valid charter export: ${problems}.`,
  );
  // The bytes as written, not as validated: what anyone else would hash.
  const fingerprint = fingerprintOf(data as object);
  const failures: string[] = [];
  if (version.fingerprint === undefined) {
    failures.push('version.fingerprint is missing: this export was made before fingerprints.');
  } else if (version.fingerprint !== fingerprint) {
    failures.push(
      `The text does not match its fingerprint: version.fingerprint is ${version.fingerprint}, the text gives ${fingerprint}. It was changed after export.`,
    );
  }
  const frozen = version.status === 'signed-off' || version.status === 'published';
  if (frozen && approvals.length === 0) {
    failures.push(`Version ${version.number} is ${version.status} but carries no approval.`);
  }
  const verified: string[] = [];
  approvals.forEach((approval, index) => {
    const failure = checkApproval(approval, index, fingerprint, trusted);
    if (failure) failures.push(failure);
    else verified.push(`${describe(approval, index)}: signature holds.`);
  });
  return { fingerprint, version, verified, failures };
}
