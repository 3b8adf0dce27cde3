import * as fs from 'node:fs/promises';
import { lstat, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
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

  it('leaves the original byte-identical when a write stops short', async () => {
    const path = join(folder, 'a.charter');
    await writeFile(path, 'original');
    // A disk that accepts three bytes and then nothing more, as a nearly full disk does.
    const shortWrites: AtomicWriteFs = {
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        let budget = 3;
        const write = (buffer: Uint8Array, offset: number, length: number) => {
          const allowed = Math.min(length, budget);
          budget -= allowed;
          return handle.write(buffer, offset, allowed);
        };
        return new Proxy(handle, {
          get: (target, key) => {
            if (key === 'write') return write;
            const value: unknown = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    };
    const failure = writeFileAtomic(path, Buffer.from('a much longer replacement'), {
      fileSystem: shortWrites,
    });
    await expect(failure).rejects.toThrow(CharterError);
    await expect(failure).rejects.toThrow(/disk is full.*not changed/);
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await readdir(folder)).toEqual(['a.charter']);
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
