import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileKeyVault, KEY_FILE_NAME } from './file-key-vault';
import { publicKeyOf } from './signing-key';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-vault-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('createFileKeyVault', () => {
  it('has no key until one is created', async () => {
    const vault = createFileKeyVault(join(folder, 'data'));
    expect(vault.protection).toBe('file');
    expect(await vault.load()).toBeNull();
  });

  it('creates an Ed25519 key readable by the user alone, and loads the same key back', async () => {
    const vault = createFileKeyVault(join(folder, 'data'));
    const created = await vault.create();
    expect(created.protection).toBe('file');
    expect(publicKeyOf(created.privateKeyPem)).toMatch(/^ed25519:/);
    const path = join(folder, 'data', KEY_FILE_NAME);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readFile(path, 'utf8')).toBe(created.privateKeyPem);
    expect(await createFileKeyVault(join(folder, 'data')).load()).toEqual(created);
  });

  it('never replaces a key, even one written by someone else', async () => {
    const vault = createFileKeyVault(folder);
    const first = await vault.create();
    await expect(vault.create()).rejects.toMatchObject({
      code: 'invalid-input',
      details: { reason: 'key-exists' },
    });
    expect((await vault.load())?.privateKeyPem).toBe(first.privateKeyPem);

    const other = await mkdtemp(join(tmpdir(), 'charter-vault-other-'));
    try {
      await writeFile(join(other, KEY_FILE_NAME), 'not mine');
      await expect(createFileKeyVault(other).create()).rejects.toThrow(/never replaced/);
      expect(await readFile(join(other, KEY_FILE_NAME), 'utf8')).toBe('not mine');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('says what to do when the key file cannot be read', async () => {
    const vault = createFileKeyVault(folder);
    // A folder where the file should be: unreadable as a file, even by root.
    await mkdir(join(folder, KEY_FILE_NAME));
    await expect(vault.load()).rejects.toThrow(/check that the file is yours/);
  });
});
