import { describe, expect, it } from 'vitest';
import type { Approval } from '../model/sign-off';
import { approvalPayload } from './approval-payload';
import { generateSigningKey, publicKeyOf, signApproval, verifySignature } from './signing-key';

const APPROVAL: Approval = {
  versionNumber: 1,
  role: 'legal',
  name: 'Élodie Fournier',
  decision: 'approved',
  date: '2026-12-04T10:00:00.000Z',
  fingerprint: `sha256:${'a'.repeat(64)}`,
};

describe('Ed25519 approvals', () => {
  const key = generateSigningKey();

  it('signs the decision so that its public key verifies it', () => {
    const signed = signApproval(APPROVAL, key);
    expect(signed.publicKey).toBe(publicKeyOf(key));
    expect(signed.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    const payload = approvalPayload({ ...signed, fingerprint: APPROVAL.fingerprint ?? '' });
    expect(verifySignature(signed.publicKey ?? '', payload, signed.signature ?? '')).toBe(true);
  });

  it('fails for another text, another field, another key or a malformed input', () => {
    const signed = signApproval(APPROVAL, key);
    const verifies = (fields: Partial<Approval>, publicKey = signed.publicKey ?? '') =>
      verifySignature(
        publicKey,
        approvalPayload({ ...signed, fingerprint: signed.fingerprint ?? '', ...fields } as never),
        signed.signature ?? '',
      );
    expect(verifies({})).toBe(true);
    expect(verifies({ fingerprint: `sha256:${'b'.repeat(64)}` })).toBe(false);
    expect(verifies({ name: 'Elodie Fournier' })).toBe(false);
    expect(verifies({ role: 'hr' })).toBe(false);
    expect(verifies({ decision: 'rejected' })).toBe(false);
    expect(verifies({ date: '2026-12-04T10:00:01.000Z' })).toBe(false);
    expect(verifies({ reason: 'ajouté après coup' })).toBe(false);
    expect(verifies({}, publicKeyOf(generateSigningKey()))).toBe(false);
    expect(verifies({}, 'ed25519:AAAA')).toBe(false);
    expect(verifies({}, 'rsa:whatever')).toBe(false);
  });

  it('says what to do with a file that is not an Ed25519 private key', () => {
    expect(() => signApproval(APPROVAL, 'not a key', 'me.pem')).toThrow(
      /me\.pem is not a private key in PEM form.*charter keygen/,
    );
  });
});
