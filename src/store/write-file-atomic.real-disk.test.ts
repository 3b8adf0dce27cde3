import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic';

/** Real small file systems (tmpfs) to reach a genuinely full disk and a read-only folder. */
function tryMountTmpfs(target: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mountPoint = join(tmpdir(), `charter-tmpfs-${process.pid}`);
let mounted = false;

beforeAll(async () => {
  await mkdir(mountPoint, { recursive: true });
  mounted = tryMountTmpfs(mountPoint, 'size=64k');
});
afterAll(async () => {
  if (mounted) execFileSync('umount', [mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

const reason = 'needs root to mount a tmpfs (run as root, as CI does)';

describe('writeFileAtomic on a real full disk', () => {
  it('reports the full disk and leaves the original byte-identical', async (context) => {
    if (!mounted) context.skip(reason);
    const path = join(mountPoint, 'charte.charter');
    const original = Buffer.from('{"original": true}\n');
    await writeFile(path, original);
    const tooBig = Buffer.alloc(200 * 1024, 'x');
    await expect(writeFileAtomic(path, tooBig)).rejects.toThrow(
      /disk is full.*ENOSPC.*not changed/s,
    );
    expect((await readFile(path)).equals(original)).toBe(true);
    expect((await readdir(mountPoint)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('fails part-way through a save that fits alone but not beside the original', async (context) => {
    if (!mounted) context.skip(reason);
    const path = join(mountPoint, 'presque-plein.charter');
    // 40 KiB of a 64 KiB disk: a 32 KiB new version starts writing, then runs out of room.
    const original = Buffer.alloc(40 * 1024, 'o');
    await writeFile(path, original);
    try {
      await expect(writeFileAtomic(path, Buffer.alloc(32 * 1024, 'n'))).rejects.toThrow(
        /disk is full.*ENOSPC.*not changed/s,
      );
      expect((await readFile(path)).equals(original)).toBe(true);
      expect((await readdir(mountPoint)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await rm(path);
    }
  });

  it('reports a read-only folder and leaves the original byte-identical', async (context) => {
    if (!mounted) context.skip(reason);
    const path = join(mountPoint, 'lecture-seule.charter');
    const original = Buffer.from('{"original": true}\n');
    await writeFile(path, original);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      await expect(writeFileAtomic(path, Buffer.from('new'))).rejects.toThrow(/read-only.*EROFS/s);
      expect((await readFile(path)).equals(original)).toBe(true);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  });
});
