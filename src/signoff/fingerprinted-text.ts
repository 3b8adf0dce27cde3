import type { FingerprintedText } from '../model/sign-off';

/** The keys that describe a text's approval rather than the text: left out of its fingerprint. */
const NOT_FINGERPRINTED = new Set(['version', 'approvals']);

/** The part of an export document its fingerprint covers (docs/fingerprint.md). */
export function fingerprintedText(exportDocument: object): FingerprintedText {
  return Object.fromEntries(
    Object.entries(exportDocument).filter(([key]) => !NOT_FINGERPRINTED.has(key)),
  );
}
