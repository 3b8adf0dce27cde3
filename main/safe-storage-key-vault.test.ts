import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileKeyVault, KEY_FILE_NAME } from '../src/signoff/file-key-vault';
import { publicKeyOf } from '../src/signoff/signing-key';
import {
  createSafeStorageKeyVault,
  ENCRYPTED_KEY_FILE_NAME,
  type KeychainStorage,
} from './safe-storage-key-vault';

/** A stand-in for safeStorage: a reversible transformation, and switches for what the OS offers. */
function fakeKeychain(
  options: {
    available?: boolean;
    backend?: ReturnType<KeychainStorage['getSelectedStorageBackend']>;
  } = {},
): KeychainStorage & { available: boolean } {
  return {
    available: options.available ?? true,
    isEncryptionAvailable() {
      return this.available;
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
      return Buffer.from(text.slice('sealed:'.length), 'base64').toString();
    },
  };
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-keychain-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('createSafeStorageKeyVault', () => {
  it('keeps the key encrypted by the keychain, readable by the user alone', async () => {
    const vault = createSafeStorageKeyVault(folder, fakeKeychain(), 'linux');
    expect(vault.protection).toBe('os-keychain');
    expect(await vault.load()).toBeNull();
    const created = await vault.create();
    expect(created.protection).toBe('os-keychain');
    const path = join(folder, ENCRYPTED_KEY_FILE_NAME);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readFile(path, 'utf8')).not.toContain('PRIVATE KEY');
    await expect(stat(join(folder, KEY_FILE_NAME))).rejects.toThrow();
    const loaded = await createSafeStorageKeyVault(folder, fakeKeychain(), 'linux').load();
    expect(loaded).toEqual(created);
    expect(publicKeyOf(loaded?.privateKeyPem ?? '')).toMatch(/^ed25519:/);
  });

  it('never replaces the key', async () => {
    const vault = createSafeStorageKeyVault(folder, fakeKeychain(), 'darwin');
    const first = await vault.create();
    await expect(vault.create()).rejects.toMatchObject({ details: { reason: 'key-exists' } });
    expect((await vault.load())?.privateKeyPem).toBe(first.privateKeyPem);
  });

  it('refuses to "encrypt" with a known password: without a keychain the key is a plain file, and says so', async () => {
    for (const keychain of [
      fakeKeychain({ available: false }),
      fakeKeychain({ backend: 'basic_text' }),
    ]) {
      const own = await mkdtemp(join(folder, 'user-'));
      const vault = createSafeStorageKeyVault(own, keychain, 'linux');
      expect(vault.protection).toBe('file');
      const created = await vault.create();
      expect(created.protection).toBe('file');
      expect(await readFile(join(own, KEY_FILE_NAME), 'utf8')).toBe(created.privateKeyPem);
      await expect(stat(join(own, ENCRYPTED_KEY_FILE_NAME))).rejects.toThrow();
    }
    // basic_text is Linux's notion only: elsewhere safeStorage's answer stands.
    expect(
      createSafeStorageKeyVault(folder, fakeKeychain({ backend: 'basic_text' }), 'win32')
        .protection,
    ).toBe('os-keychain');
  });

  it('uses a key kept as a file before, says it is a file, and makes no second one', async () => {
    const plain = await createFileKeyVault(folder).create();
    const vault = createSafeStorageKeyVault(folder, fakeKeychain(), 'linux');
    expect(await vault.load()).toEqual(plain);
    await expect(vault.create()).rejects.toThrow(/never replaced/);
    await expect(stat(join(folder, ENCRYPTED_KEY_FILE_NAME))).rejects.toThrow();
  });

  it('says what to do when the keychain that holds the key is locked', async () => {
    const keychain = fakeKeychain();
    const vault = createSafeStorageKeyVault(folder, keychain, 'linux');
    await vault.create();
    keychain.available = false;
    await expect(vault.load()).rejects.toThrow(/unlock it/);
    await expect(vault.create()).rejects.toThrow(/unlock it/);
  });
});
