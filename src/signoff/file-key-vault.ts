import { join } from 'node:path';
import type { KeyVault } from './key-vault';
import { readSecret, writeSecretOnce } from './secret-file';
import { generateSigningKey } from './signing-key';

export const KEY_FILE_NAME = 'signing-key.pem';

/**
 * The key as a PEM file in the user's data folder, mode 0600: what the web host has, and the
 * desktop app's fallback where the system offers no keychain.
 */
export function createFileKeyVault(folder: string): KeyVault {
  const path = join(folder, KEY_FILE_NAME);
  return {
    protection: 'file',
    async load() {
      const pem = await readSecret(path);
      return pem === null ? null : { privateKeyPem: pem.toString('utf8'), protection: 'file' };
    },
    async create() {
      const privateKeyPem = generateSigningKey();
      await writeSecretOnce(path, new TextEncoder().encode(privateKeyPem));
      return { privateKeyPem, protection: 'file' };
    },
  };
}
