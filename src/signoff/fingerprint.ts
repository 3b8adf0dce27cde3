import { createHash } from 'node:crypto';
import type { Fingerprint } from '../model/sign-off';
import { canonicalJson } from './canonical-json';
import { fingerprintedText } from './fingerprinted-text';

/**
 * `sha256:<hex>` over the RFC 8785 form of an export document without `version` and `approvals`
 * (docs/fingerprint.md). It identifies the text: any changed character changes it.
 */
export function fingerprintOf(exportDocument: object): Fingerprint {
  const text = canonicalJson(fingerprintedText(exportDocument));
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
