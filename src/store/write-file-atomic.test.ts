import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
