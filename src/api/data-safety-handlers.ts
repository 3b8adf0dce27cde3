import { resolve } from 'node:path';
import type { RecoveryStore } from '../recovery/recovery-store';
import type { ProjectLocks } from '../store/project-lock';
import type { Handlers } from './create-handlers';

type DataSafetyOperation =
  | 'project.lock'
  | 'project.release'
  | 'recovery.list'
  | 'recovery.save'
  | 'recovery.read'
  | 'recovery.discard';

/** Locks on open files and backups of unsaved work: what keeps a crash or a second user harmless. */
export function dataSafetyHandlers(
  recovery: RecoveryStore,
  locks: ProjectLocks,
): Pick<Handlers, DataSafetyOperation> {
  return {
    'project.lock': async ({ path }) => ({ openElsewhere: await locks.acquire(resolve(path)) }),
    'project.release': async ({ path }) => {
      await locks.release(resolve(path));
      return {};
    },
    'recovery.list': () => recovery.list(),
    'recovery.save': ({ path, ...work }) => {
      const target = { path: path === null ? null : resolve(path) };
      return 'project' in work
        ? recovery.save({ ...work, ...target })
        : recovery.saveChanges({ ...work, ...target });
    },
    'recovery.read': ({ id }) => recovery.read(id),
    'recovery.discard': async ({ id }) => {
      await recovery.discard(id);
      return {};
    },
  };
}
