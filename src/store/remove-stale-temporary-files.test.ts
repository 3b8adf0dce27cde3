import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles } from './remove-stale-temporary-files';

const DEAD = 4_000_001;
const ALIVE = 4_000_002;
const isRunning = (pid: number) => pid === ALIVE;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-stale-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Files named `names`, last written a minute ago. */
async function leftovers(...names: string[]): Promise<void> {
  const aMinuteAgo = new Date(Date.now() - 60_000);
  for (const name of names) {
    await writeFile(join(folder, name), 'x');
    await utimes(join(folder, name), aMinuteAgo, aMinuteAgo);
  }
}

describe('removeStaleTemporaryFiles', () => {
  it('removes what a dead save of this file left, content and backup alike', async () => {
    await leftovers(
      'a.charter',
      `.a.charter.${DEAD}-0123456789ab.tmp`,
      `.a.charter.bak.${DEAD}-ba9876543210.tmp`,
    );
    const removed = await removeStaleTemporaryFiles(join(folder, 'a.charter'), { isRunning });
    expect(removed.sort()).toEqual([
      `.a.charter.${DEAD}-0123456789ab.tmp`,
      `.a.charter.bak.${DEAD}-ba9876543210.tmp`,
    ]);
    expect(await readdir(folder)).toEqual(['a.charter']);
  });

  it('keeps the temporary file of a save still running in another process', async () => {
    await leftovers('a.charter', `.a.charter.${ALIVE}-0123456789ab.tmp`);
    expect(await removeStaleTemporaryFiles(join(folder, 'a.charter'), { isRunning })).toEqual([]);
    expect((await readdir(folder)).length).toBe(2);
  });

  it('keeps one written since this process started, whoever wrote it', async () => {
    await writeFile(join(folder, `.a.charter.${DEAD}-0123456789ab.tmp`), 'x');
    const startedAt = Date.now() - 60_000;
    const removed = await removeStaleTemporaryFiles(join(folder, 'a.charter'), {
      isRunning,
      startedAt,
    });
    expect(removed).toEqual([]);
  });

  it('leaves files that only look alike: other names, other patterns, the user’s own', async () => {
    const others = [
      `.b.charter.${DEAD}-0123456789ab.tmp`,
      `.a.charter.${DEAD}-0123456789ab.tmp.keep`,
      `.a.charter.0123456789ab.tmp`,
      `a.charter.${DEAD}-0123456789ab.tmp`,
      'a.charter.bak',
      'notes.tmp',
    ];
    await leftovers(...others);
    expect(await removeStaleTemporaryFiles(join(folder, 'a.charter'), { isRunning })).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(others.sort());
  });

  it('says nothing when the folder cannot be read', async () => {
    const missing = join(folder, 'gone', 'a.charter');
    expect(await removeStaleTemporaryFiles(missing)).toEqual([]);
  });
});
