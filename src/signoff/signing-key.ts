import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { CharterError } from '../errors/charter-error';
import type { Approval } from '../model/sign-off';
import { approvalPayload } from './approval-payload';

const PREFIX = 'ed25519:';

/** A new Ed25519 private key, as PKCS#8 PEM: the form `openssl pkey` and most tools read. */
export function generateSigningKey(): string {
  return generateKeyPairSync('ed25519')
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();
}

function privateKeyFrom(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new CharterError(
      'invalid-file',
      `${source} is not a private key in PEM form. Create one with charter keygen -o KEYFILE.`,
    );
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new CharterError(
      'invalid-file',
      `${source} holds a ${key.asymmetricKeyType ?? 'symmetric'} key; approvals are signed with Ed25519 (charter keygen).`,
    );
  }
  return key;
}

/** `ed25519:` and the 32 raw bytes of the public key in base64. */
export function publicKeyOf(privateKeyPem: string, source = 'The key'): string {
  const { x } = createPublicKey(privateKeyFrom(privateKeyPem, source)).export({ format: 'jwk' });
  return `${PREFIX}${Buffer.from(x ?? '', 'base64url').toString('base64')}`;
}

/** The approval with its signer's public key and signature over approvalPayload. */
export function signApproval(approval: Approval, privateKeyPem: string, source?: string): Approval {
  if (approval.fingerprint === undefined)
    throw new Error('Only a fingerprinted decision is signed');
  const key = privateKeyFrom(privateKeyPem, source ?? 'The key');
  const payload = approvalPayload({ ...approval, fingerprint: approval.fingerprint });
  return {
    ...approval,
    publicKey: publicKeyOf(privateKeyPem, source),
    signature: sign(null, payload, key).toString('base64'),
  };
}

/** The bytes of canonical base64 only: other spellings of the same bytes are refused, not read. */
function canonicalBase64(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

/** Whether `signature` is `publicKey`'s Ed25519 signature of `payload`; false on any malformed input. */
export function verifySignature(
  publicKey: string,
  payload: Uint8Array,
  signature: string,
): boolean {
  if (!publicKey.startsWith(PREFIX)) return false;
  const raw = canonicalBase64(publicKey.slice(PREFIX.length));
  const signatureBytes = canonicalBase64(signature);
  if (raw?.length !== 32 || signatureBytes?.length !== 64) return false;
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
    return verify(null, payload, key, signatureBytes);
  } catch {
    return false;
  }
}
