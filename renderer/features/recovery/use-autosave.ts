import { useEffect, useState, type RefObject } from 'react';
import type { FileIdentity } from '../../../src/model/file-identity';
import type { Project } from '../../../src/model/project';
import { diffProject } from '../../../src/recovery/project-patch';
import type { BackupToken, RecoveryId } from '../../../src/recovery/recovery-entry';
import { ApiCallError } from '../../api/api-call-error';
import { api } from '../../api/client';
import type { ProjectStore } from '../editor/project-store';
import { BackupScheduler, browserClock } from './backup-scheduler';

const DRAFT_PREFIX = 'draft-';
const uuid = () => crypto.randomUUID();

export interface AutosaveState {
  /** Why the last backup failed (the host is gone, the disk is full); null while backups work. */
  failure: unknown;
  dismissFailure(): void;
}

/**
 * Backs up the editor's unsaved work to the app's recovery folder within a second of the last
 * edit, off the typing path (see BackupScheduler), so that a crash or a kill costs at most that.
 * The backup goes once the work is saved, or given up by closing the editor; it stays when the
 * window or the host dies, which is what it is for. A failed backup is reported: a browser tab
 * outlives its web host, and its user must not type on believing the work protected.
 */
export function useAutosave(
  store: ProjectStore,
  diskIdentity: RefObject<FileIdentity | null>,
  restoredFrom: RecoveryId | null,
  /** The project the host keeps as the document's base, if it keeps one (a file it opened). */
  opened: { token: BackupToken; project: Project } | null,
): AutosaveState {
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    // A restored draft goes on under its own backup; any other document starts a new one.
    const draftId = restoredFrom?.startsWith(DRAFT_PREFIX)
      ? restoredFrom.slice(DRAFT_PREFIX.length)
      : uuid();
    let lastBackup: RecoveryId | null = restoredFrom;
    // One request at a time, in order: a discard never overtakes the backup before it.
    let queue = Promise.resolve();
    const enqueue = (task: () => Promise<void>) => {
      // A failed backup is retried with the next edit; it must not stop the ones after it.
      queue = queue.then(task).catch(() => undefined);
    };

    // The backup last sent, for the next to send only what changed since: a keystroke sends one
    // section, not the charter, and copying the charter would hold up the next keystroke.
    // A file as opened is already held by the host: even the first backup is only changes.
    let sent: { token: BackupToken; project: Project } | null = opened;
    const saveBackup = async () => {
      const { path, project } = store.getDocument();
      const target = { path, draftId, baseIdentity: diskIdentity.current, token: uuid() };
      const whole = () => api.call('recovery.save', { ...target, project });
      const { id } = await (sent === null
        ? whole()
        : api
            .call('recovery.save', {
              ...target,
              base: sent.token,
              changes: diffProject(sent.project, project),
            })
            .catch((error: unknown) => {
              // The host restarted, or the document got a new name: its backup starts over.
              if (error instanceof ApiCallError && error.code === 'not-found') return whole();
              throw error;
            }));
      sent = { token: target.token, project };
      // Saved under a new name, the document's backup follows it.
      if (lastBackup !== null && lastBackup !== id) {
        await api.call('recovery.discard', { id: lastBackup });
      }
      lastBackup = id;
    };
    const backUp = () =>
      enqueue(async () => {
        if (!store.isDirty()) return;
        await saveBackup().then(() => setFailure(null), setFailure);
      });
    const discard = () =>
      enqueue(async () => {
        if (lastBackup === null) return;
        const id = lastBackup;
        lastBackup = null;
        // `sent` stays: the host keeps it, and the edits after a save are changes since it.
        await api.call('recovery.discard', { id });
      });

    const scheduler = new BackupScheduler(backUp, browserClock);
    const unsubscribe = store.subscribe(() => {
      if (store.isDirty()) return scheduler.edited();
      scheduler.cancel();
      setFailure(null);
      discard();
    });
    // Restored work is unsaved from the start.
    if (store.isDirty()) scheduler.edited();
    return () => {
      unsubscribe();
      scheduler.cancel();
      discard();
    };
  }, [store, diskIdentity, restoredFrom, opened]);
  return { failure, dismissFailure: () => setFailure(null) };
}
