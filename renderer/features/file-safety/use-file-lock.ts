import { useEffect, useState } from 'react';
import type { LockOwner } from '../../../src/model/lock-owner';
import { api } from '../../api/client';

/**
 * Marks the file as open here while the editor shows it (a save under a new name moves the mark),
 * and tells who else had it open, if anyone.
 */
export function useFileLock(path: string | null) {
  const [openElsewhere, setOpenElsewhere] = useState<LockOwner | null>(null);
  useEffect(() => {
    if (!path) return;
    let live = true;
    api.call('project.lock', { path }).then(
      (answer) => live && setOpenElsewhere(answer.openElsewhere),
      // The lock is a courtesy: a file that cannot be marked still opens and saves.
      () => undefined,
    );
    return () => {
      live = false;
      api.call('project.release', { path }).catch(() => undefined);
    };
  }, [path]);
  return { openElsewhere, dismiss: () => setOpenElsewhere(null) };
}
