import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LockOwner } from '../model/lock-owner';
import { createProjectLocks, lockFileFor } from './project-lock';

let folder: string;
let path: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-lock-'));
  path = join(folder, 'charte.charter');
  await writeFile(path, '{}');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function owner(changes: Partial<LockOwner>): LockOwner {
  return {
    app: 'Charter Studio',
    host: hostname(),
    user: 'claire',
    pid: process.ppid,
    openedAt: '2026-11-21T10:00:00.000Z',
    ...changes,
  };
}

async function lockedBy(lockOwner: LockOwner): Promise<void> {
  await writeFile(lockFileFor(path), JSON.stringify(lockOwner));
}

/** A pid that surely ran and is now gone: a process that has exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start a process');
  return pid;
}

describe('project locks', () => {
  it('marks an opened file with who opened it, and clears the mark when it is closed', async () => {
    const locks = createProjectLocks();
    expect(await locks.acquire(path)).toBeNull();
    expect(await readdir(folder)).toContain('.charte.charter.lock');
    const written = JSON.parse(await readFile(lockFileFor(path), 'utf8'));
    expect(written).toMatchObject({ app: 'Charter Studio', host: hostname(), pid: process.pid });
    await locks.release(path);
    expect(await readdir(folder)).toEqual(['charte.charter']);
  });

  it('names the other program that has the file open on this machine', async () => {
    await lockedBy(owner({ pid: process.ppid, user: 'lea' }));
    const other = await createProjectLocks().acquire(path);
    expect(other).toMatchObject({ pid: process.ppid, user: 'lea', host: hostname() });
  });

  it('names another machine’s lock: whether it still runs there cannot be told', async () => {
    await lockedBy(owner({ host: 'poste-rh-02', pid: deadPid() }));
    expect(await createProjectLocks().acquire(path)).toMatchObject({ host: 'poste-rh-02' });
  });

  it('ignores the lock of a process that died, and of a lock cut short', async () => {
    await lockedBy(owner({ pid: deadPid() }));
    expect(await createProjectLocks().acquire(path)).toBeNull();
    await writeFile(lockFileFor(path), '{"app": "Charter Stu');
    expect(await createProjectLocks().acquire(path)).toBeNull();
  });

  it('keeps the lock while another window of this process has the file open', async () => {
    const locks = createProjectLocks();
    await locks.acquire(path);
    expect(await locks.acquire(path)).toBeNull();
    await locks.release(path);
    expect(await readdir(folder)).toContain('.charte.charter.lock');
    await locks.release(path);
    expect(await readdir(folder)).toEqual(['charte.charter']);
  });

  it('leaves a lock that another program took over', async () => {
    const locks = createProjectLocks();
    await locks.acquire(path);
    await lockedBy(owner({ pid: process.ppid }));
    await locks.release(path);
    expect(await readdir(folder)).toContain('.charte.charter.lock');
  });

  it('removes its locks at exit, synchronously', async () => {
    const locks = createProjectLocks();
    await locks.acquire(path);
    locks.releaseAll();
    expect(await readdir(folder)).toEqual(['charte.charter']);
  });

  it('opens a file whose folder takes no lock', async () => {
    const locks = createProjectLocks();
    expect(await locks.acquire(join(folder, 'missing', 'charte.charter'))).toBeNull();
  });
});
