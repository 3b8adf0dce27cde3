import type { Approval, Fingerprint } from '../model/sign-off';
import { canonicalJson } from './canonical-json';

/** What an approver signs, as it travels in an export. */
export type SignedFields = Pick<Approval, 'role' | 'name' | 'decision' | 'date' | 'reason'> & {
  fingerprint: Fingerprint;
};

/**
 * The bytes an approval's signature covers: the RFC 8785 form of the text's fingerprint with the
 * approval's role, name, decision, date and (when given) reason — docs/fingerprint.md.
 */
export function approvalPayload(fields: SignedFields): Uint8Array {
  const { fingerprint, role, name, decision, date, reason } = fields;
  return new TextEncoder().encode(
    canonicalJson({ fingerprint, role, name, decision, date, reason }),
  );
}
