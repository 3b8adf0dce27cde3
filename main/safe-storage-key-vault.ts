import type { SafeStorage } from 'electron';
import { join } from 'node:path';
import { CharterError } from '../src/errors/charter-error';
import { createFileKeyVault, KEY_FILE_NAME } from '../src/signoff/file-key-vault';
import type { KeyVault, StoredKey } from '../src/signoff/key-vault';
import { keyExistsError, readSecret, writeSecretOnce } from '../src/signoff/secret-file';
import { generateSigningKey } from '../src/signoff/signing-key';

/** What the vault needs of Electron's safeStorage (a fake in tests). */
export type KeychainStorage = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

export const ENCRYPTED_KEY_FILE_NAME = 'signing-key.keychain';

/**
 * Whether safeStorage really protects a secret here. On Linux without a secret store it still
 * "encrypts", with a password written in Chromium's source: that is no protection at all.
 */
export function keychainProtects(storage: KeychainStorage, platform: NodeJS.Platform): boolean {
  if (!storage.isEncryptionAvailable()) return false;
  if (platform !== 'linux') return true;
  const backend = storage.getSelectedStorageBackend();
  return backend !== 'basic_text' && backend !== 'unknown';
}

/**
 * The desktop app's key vault: the key encrypted with the OS keychain (safeStorage). Where the
 * system has none, the key is never written "encrypted" with a known password: it goes to the
 * plain file vault, and the UI says so (protection 'file').
 */
export function createSafeStorageKeyVault(
  folder: string,
  storage: KeychainStorage,
  platform: NodeJS.Platform = process.platform,
): KeyVault {
  const fileVault = createFileKeyVault(folder);
  const encryptedPath = join(folder, ENCRYPTED_KEY_FILE_NAME);
  const protects = () => keychainProtects(storage, platform);

  async function load(): Promise<StoredKey | null> {
    const encrypted = await readSecret(encryptedPath);
    if (encrypted === null) return fileVault.load();
    if (!storage.isEncryptionAvailable()) {
      throw new CharterError(
        'unsupported',
        'Your signing key is locked in the system keychain, which is not available now: unlock it (or open your desktop session), then try again.',
      );
    }
    try {
      return { privateKeyPem: storage.decryptString(encrypted), protection: 'os-keychain' };
    } catch (error) {
      throw new CharterError(
        'invalid-file',
        `The system keychain could not decrypt your signing key ${encryptedPath} (${(error as Error).message}). Was it made by another user account?`,
      );
    }
  }

  return {
    get protection() {
      return protects() ? 'os-keychain' : 'file';
    },
    load,
    async create() {
      // One key per user and computer, wherever it is kept: a second would orphan the first's signatures.
      const existing = await load();
      if (existing) {
        const { protection } = existing;
        throw keyExistsError(
          protection === 'os-keychain' ? encryptedPath : join(folder, KEY_FILE_NAME),
        );
      }
      if (!protects()) return fileVault.create();
      const privateKeyPem = generateSigningKey();
      await writeSecretOnce(encryptedPath, storage.encryptString(privateKeyPem));
      return { privateKeyPem, protection: 'os-keychain' };
    },
  };
}
