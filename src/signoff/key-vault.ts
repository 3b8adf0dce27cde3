import { z } from 'zod';

/**
 * How the user's private signing key is kept on this computer: encrypted by the operating
 * system's keychain (Electron's safeStorage), or in a file only the user may read.
 */
export const KeyProtection = z.enum(['os-keychain', 'file']);
export type KeyProtection = z.infer<typeof KeyProtection>;

export interface StoredKey {
  /** The Ed25519 private key, PKCS#8 PEM: it never leaves the host process. */
  privateKeyPem: string;
  protection: KeyProtection;
}

/** Where the one signing key of this user on this computer lives. */
export interface KeyVault {
  /** How a key created now would be kept. */
  readonly protection: KeyProtection;
  /** The key, or null when none was created on this computer yet. */
  load(): Promise<StoredKey | null>;
  /** Creates the key; refuses when one exists, since a key is never replaced. */
  create(): Promise<StoredKey>;
}
