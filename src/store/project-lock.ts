import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { LockOwner } from '../model/lock-owner';
import { isProcessRunning } from './is-process-running';
import { writeFileAtomic } from './write-file-atomic';

/** `.<name>.lock`, hidden beside the project file, so that every machine sharing it sees it. */
export function lockFileFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

export interface ProjectLocks {
  /** Marks `path` as open here; says who else had it open, or null. */
  acquire(path: string): Promise<LockOwner | null>;
  /** Once every window of this process has closed it, the lock is removed if still ours. */
  release(path: string): Promise<void>;
  /** Removes our locks synchronously: for process exit, where nothing asynchronous runs. */
  releaseAll(): void;
}

/**
 * Advisory locks that warn, never refuse: the lock file names the app, machine, user and
 * process that opened the file. A lock is stale when its process no longer runs on this machine
 * (a crash, a kill); on another machine we cannot tell, so it counts, with its time for the user
 * to judge. Opening a file always takes the lock over, so a crashed machine's lock does not warn
 * forever. The real protection is the identity check at save time: whoever saves second is asked.
 * Windows of one process share its lock and do not warn each other.
 */
export function createProjectLocks({
  app = 'Charter Studio',
  now = () => new Date(),
}: { app?: string; now?: () => Date } = {}): ProjectLocks {
  const ours = (owner: LockOwner) => owner.host === hostname() && owner.pid === process.pid;
  const held = new Map<string, number>();

  return {
    async acquire(path) {
      const lockFile = lockFileFor(path);
      const previous = await readOwner(lockFile);
      const other = previous && !ours(previous) && !isStale(previous) ? previous : null;
      held.set(path, (held.get(path) ?? 0) + 1);
      const owner: LockOwner = {
        app,
        host: hostname(),
        user: userInfo().username,
        pid: process.pid,
        openedAt: now().toISOString(),
      };
      // Best effort: a read-only folder or a full disk must not keep a file from opening.
      await writeFileAtomic(lockFile, Buffer.from(`${JSON.stringify(owner)}\n`), {
        keepBackup: false,
      }).catch(() => undefined);
      return other;
    },
    async release(path) {
      const count = (held.get(path) ?? 0) - 1;
      if (count > 0) return void held.set(path, count);
      held.delete(path);
      const lockFile = lockFileFor(path);
      const owner = await readOwner(lockFile);
      if (owner && ours(owner)) await unlink(lockFile).catch(() => undefined);
    },
    releaseAll() {
      for (const path of held.keys()) {
        const lockFile = lockFileFor(path);
        try {
          const owner = LockOwner.safeParse(JSON.parse(readFileSync(lockFile, 'utf8')));
          if (owner.success && ours(owner.data)) unlinkSync(lockFile);
        } catch {
          // Gone or unreadable: nothing of ours to remove.
        }
      }
      held.clear();
    },
  };
}

function isStale(owner: LockOwner): boolean {
  return owner.host === hostname() && !isProcessRunning(owner.pid);
}

/** The lock's owner; null when there is none or it is unreadable (a lock cut short by a crash). */
async function readOwner(lockFile: string): Promise<LockOwner | null> {
  try {
    const owner = LockOwner.safeParse(JSON.parse(await readFile(lockFile, 'utf8')));
    return owner.success ? owner.data : null;
  } catch {
    return null;
  }
}
