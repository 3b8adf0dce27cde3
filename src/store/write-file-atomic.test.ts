import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import {
  corruptedReadBack,
  failingCall,
  failingHandleCall,
  shortWrites,
} from './test-support/faulty-file-system';
import { writeFileAtomic, type AtomicWriteFs } from './write-file-atomic';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const path = join(folder, 'a.charter');
    await writeFileAtomic(path, Buffer.from('hello'));
    expect(await readFile(path, 'utf8')).toBe('hello');
    expect(await readdir(folder)).toEqual(['a.charter']);
  });

  it('keeps the replaced file as .bak', async () => {
    const path = join(folder, 'a.charter');
    await writeFile(path, 'first');
    await writeFileAtomic(path, Buffer.from('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('first');
    await writeFileAtomic(path, Buffer.from('third'));
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('second');
    expect((await readdir(folder)).sort()).toEqual(['a.charter', 'a.charter.bak']);
  });
});

const isTemporary = (path: unknown) => String(path).endsWith('.tmp');
const ADVICE = {
  ENOSPC: /disk is full/,
  EACCES: /do not have permission/,
  EIO: /could not be written completely/,
  EROFS: /read-only/,
};

/**
 * One failure at each step of a save, with the errors real disks give. Whatever the step, the
 * original stays byte for byte, the error says what to do, and no temporary file is left.
 */
const FAULTS: [step: string, code: keyof typeof ADVICE, fileSystem: AtomicWriteFs][] = [
  ['reading the current file', 'EACCES', failingCall('stat', 'EACCES')],
  ['creating the temporary file', 'EACCES', failingCall('open', 'EACCES', isTemporary)],
  ['creating the temporary file', 'EROFS', failingCall('open', 'EROFS', isTemporary)],
  ['creating the temporary file', 'ENOSPC', failingCall('open', 'ENOSPC', isTemporary)],
  ['writing', 'ENOSPC', failingHandleCall('write', 'ENOSPC')],
  ['writing', 'EIO', failingHandleCall('write', 'EIO')],
  ['writing (a short write)', 'ENOSPC', shortWrites(3)],
  ['flushing to disk (fsync)', 'EIO', failingHandleCall('sync', 'EIO')],
  ['closing', 'EIO', failingHandleCall('close', 'EIO')],
  ['reading back', 'EIO', failingCall('readFile', 'EIO')],
  ['reading back (other bytes)', 'EIO', corruptedReadBack()],
  [
    'keeping the backup (no hard link, no room to copy)',
    'ENOSPC',
    { ...failingCall('link', 'EPERM'), copyFile: failingCall('copyFile', 'ENOSPC').copyFile },
  ],
  [
    'keeping the backup (renaming it)',
    'EIO',
    failingCall('rename', 'EIO', (from) => String(from).includes('.bak.')),
  ],
  ['replacing the file', 'EACCES', failingCall('rename', 'EACCES', isTemporary)],
  ['replacing the file', 'EIO', failingCall('rename', 'EIO', isTemporary)],
];

describe('writeFileAtomic when a step fails', () => {
  it.each(FAULTS)('%s with %s: the original stays', async (_step, code, fileSystem) => {
    const path = join(folder, 'a.charter');
    await writeFile(`${path}.bak`, 'older');
    await writeFile(path, 'original');
    const failure = writeFileAtomic(path, Buffer.from('a much longer replacement'), {
      fileSystem,
    });
    await expect(failure).rejects.toThrow(CharterError);
    await expect(failure).rejects.toMatchObject({ code: 'save-failed' });
    await expect(failure).rejects.toThrow(ADVICE[code]);
    await expect(failure).rejects.toThrow(new RegExp(`${code}.*not changed`));
    expect(await readFile(path, 'utf8')).toBe('original');
    // The backup is the version before, or the original once the backup step had passed.
    expect(['older', 'original']).toContain(await readFile(`${path}.bak`, 'utf8'));
    expect((await readdir(folder)).sort()).toEqual(['a.charter', 'a.charter.bak']);
  });

  it('still succeeds when the folder cannot be flushed, the new file complete in place', async () => {
    const path = join(folder, 'a.charter');
    await writeFile(path, 'original');
    const fileSystem = failingCall('open', 'EIO', (target) => target === folder);
    await writeFileAtomic(path, Buffer.from('replacement'), { fileSystem });
    expect(await readFile(path, 'utf8')).toBe('replacement');
    expect((await readdir(folder)).sort()).toEqual(['a.charter', 'a.charter.bak']);
  });
});

describe('writeFileAtomic without overwrite', () => {
  it('refuses to replace an existing file and leaves it alone', async () => {
    const path = join(folder, 'a.yaml');
    await writeFile(path, 'mine');
    const attempt = writeFileAtomic(path, Buffer.from('theirs'), { overwrite: false });
    await expect(attempt).rejects.toMatchObject({ details: { reason: 'exists' } });
    expect(await readFile(path, 'utf8')).toBe('mine');
    expect(await readdir(folder)).toEqual(['a.yaml']);
  });

  it('refuses a folder by that name, with or without overwrite, rather than ask to replace it', async () => {
    const path = join(folder, 'charte.docx');
    await mkdir(path);
    for (const overwrite of [false, true]) {
      const attempt = writeFileAtomic(path, Buffer.from('x'), { overwrite });
      await expect(attempt).rejects.toMatchObject({
        message: expect.stringMatching(/charte\.docx is a folder/),
        details: { reason: 'is-folder' },
      });
    }
    expect(await readdir(folder)).toEqual(['charte.docx']);
  });

  it('writes a new file', async () => {
    const path = join(folder, 'b.yaml');
    await writeFileAtomic(path, Buffer.from('new'), { overwrite: false });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['b.yaml']);
  });
});

describe('writeFileAtomic through a symbolic link', () => {
  it('updates the file the link points to and keeps the link', async () => {
    const target = join(folder, 'real.charter');
    const link = join(folder, 'link.charter');
    await writeFile(target, 'old');
    await symlink(target, link);
    await writeFileAtomic(link, Buffer.from('new'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('old');
  });
});
