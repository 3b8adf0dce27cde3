import type { Fingerprint } from '../model/sign-off';

/** Hex digits of the short form: 48 bits tell versions apart by eye and fit on one line. */
const SHORT_DIGITS = 12;

/** `sha256:3f2a9c0d1e7b`: the fingerprint's first digits, where the whole would not fit. */
export function shortFingerprint(fingerprint: Fingerprint): string {
  return fingerprint.slice(0, 'sha256:'.length + SHORT_DIGITS);
}
