import { useCallback, useState, type RefObject } from 'react';
import type { FileIdentity } from '../../../src/model/file-identity';
import { withEditEvent } from '../../../src/history/edit-event';
import { PROJECT_EXTENSION } from '../../../src/model/project-extension';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { useConfirmOverwrite } from '../files/use-confirm-overwrite';
import { useFilePicker } from '../files/use-file-picker';
import { writeWithOverwriteConfirmation } from '../files/write-with-overwrite-confirmation';
import { isChangedOnDiskError } from '../file-safety/is-changed-on-disk-error';
import type { SaveAfterConflict } from '../file-safety/use-resolve-changed-on-disk';
import type { ProjectStore } from './project-store';
import { SaveQueue } from './save-queue';

export interface SaveActions {
  /**
   * Resolves true once the project is on disk, false if the user gave up or it failed. Asked for
   * during a save, it runs once that save has ended, with the content as it is then.
   */
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  saving: boolean;
  error: unknown;
  clearError(): void;
}

/** How saves keep from overwriting another program's changes to the file. */
export interface DiskGuard {
  /** The file as last read or written here; a save to it is refused if it changed since. */
  identity: RefObject<FileIdentity | null>;
  resolveChange(path: string, modifiedAt: string): Promise<SaveAfterConflict>;
}

/** `actor` names who saves in the audit trail's `edited` events. */
export function useSaveActions(store: ProjectStore, disk: DiskGuard, actor?: string): SaveActions {
  const t = useT();
  const picker = useFilePicker();
  const confirmOverwrite = useConfirmOverwrite();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [queue] = useState(() => new SaveQueue<boolean>());

  /** Throws only when the file changed on disk, for the caller to ask what to do. */
  const write = useCallback(
    async (path: string, alreadyConfirmed: boolean, checkDisk: boolean): Promise<boolean> => {
      setSaving(true);
      setError(null);
      // One audit-trail entry per save for the clauses changed since the last one.
      const { saved } = store.getDocument();
      if (saved) {
        store.updateProject((project) =>
          withEditEvent(saved, project, new Date().toISOString(), actor),
        );
      }
      const sent = store.getDocument().project;
      const expectedIdentity = (checkDisk && disk.identity.current) || undefined;
      try {
        const result = await writeWithOverwriteConfirmation(
          (overwrite) =>
            api.call('project.save', { path, project: sent, overwrite, expectedIdentity }),
          async () => {
            // Nothing is being written while the user decides.
            setSaving(false);
            const confirmed = await confirmOverwrite(path);
            setSaving(confirmed);
            return confirmed;
          },
          alreadyConfirmed,
        );
        if (!result) return false;
        disk.identity.current = result.identity;
        store.markSaved(sent, result.path, result.project);
        return true;
      } catch (failure) {
        if (isChangedOnDiskError(failure)) throw failure;
        setError(failure);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [store, disk, confirmOverwrite, actor],
  );

  // The path is read when the save runs: one queued behind a first "save as" goes to the new file.
  const saveTo = useCallback(
    async function saveTo(target: 'own file' | 'chosen file'): Promise<boolean> {
      const { path: ownPath } = store.getDocument();
      let path = ownPath;
      let confirmed = true;
      if (target === 'chosen file' || !path) {
        const chosen = await picker.chooseSavePath({
          suggestedPath: ownPath ?? `${t('files.defaultName')}${PROJECT_EXTENSION}`,
          extension: PROJECT_EXTENSION.slice(1),
          title: t('editor.saveAs.title'),
        });
        if (!chosen) return false;
        path = chosen.path;
        // Saving onto the file already open is a plain save; anything else must not replace silently.
        confirmed = chosen.replaceConfirmed || chosen.path === ownPath;
      }
      try {
        return await write(path, confirmed, path === ownPath);
      } catch (failure) {
        if (!isChangedOnDiskError(failure)) throw failure;
        const next = await disk.resolveChange(path, failure.details.modifiedAt ?? '');
        if (next === 'overwrite') return write(path, true, false);
        if (next === 'save-as') return saveTo('chosen file');
        return false;
      }
    },
    [store, picker, t, write, disk],
  );
  const saveNow = useCallback(() => saveTo('own file'), [saveTo]);
  const saveAsNow = useCallback(() => saveTo('chosen file'), [saveTo]);

  const save = useCallback(() => queue.run(saveNow), [queue, saveNow]);
  const saveAs = useCallback(() => queue.run(saveAsNow), [queue, saveAsNow]);

  return {
    save,
    saveAs,
    saving,
    error,
    clearError: () => setError(null),
  };
}
