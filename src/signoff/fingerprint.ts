import { createHash } from 'node:crypto';
import type { Fingerprint } from '../model/sign-off';
import { canonicalJson } from './canonical-json';

/** The keys that describe a text's approval rather than the text: left out of its fingerprint. */
const NOT_FINGERPRINTED = new Set(['version', 'approvals']);

/**
 * `sha256:<hex>` over the RFC 8785 form of an export document without `version` and `approvals`
 * (docs/fingerprint.md). It identifies the text: any changed character changes it.
 */
export function fingerprintOf(exportDocument: object): Fingerprint {
  const text = Object.fromEntries(
    Object.entries(exportDocument).filter(([key]) => !NOT_FINGERPRINTED.has(key)),
  );
  return `sha256:${createHash('sha256').update(canonicalJson(text), 'utf8').digest('hex')}`;
}
