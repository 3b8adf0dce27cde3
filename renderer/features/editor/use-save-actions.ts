import { useCallback, useState } from 'react';
import { withEditEvent } from '../../../src/history/edit-event';
import { PROJECT_EXTENSION } from '../../../src/model/project-extension';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { useConfirmOverwrite } from '../files/use-confirm-overwrite';
import { useFilePicker } from '../files/use-file-picker';
import { writeWithOverwriteConfirmation } from '../files/write-with-overwrite-confirmation';
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

/** `actor` names who saves in the audit trail's `edited` events. */
export function useSaveActions(store: ProjectStore, actor?: string): SaveActions {
  const t = useT();
  const picker = useFilePicker();
  const confirmOverwrite = useConfirmOverwrite();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [queue] = useState(() => new SaveQueue<boolean>());

  const write = useCallback(
    async (path: string, alreadyConfirmed: boolean): Promise<boolean> => {
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
      try {
        const result = await writeWithOverwriteConfirmation(
          (overwrite) => api.call('project.save', { path, project: sent, overwrite }),
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
        store.markSaved(sent, result.path, result.project);
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [store, confirmOverwrite, actor],
  );

  const saveAsNow = useCallback(async () => {
    const { path } = store.getDocument();
    const chosen = await picker.chooseSavePath({
      suggestedPath: path ?? `${t('files.defaultName')}${PROJECT_EXTENSION}`,
      extension: PROJECT_EXTENSION.slice(1),
      title: t('editor.saveAs.title'),
    });
    if (!chosen) return false;
    // Saving onto the file already open is a plain save; anything else must not replace silently.
    const ownFile = path !== null && chosen.path === path;
    return write(chosen.path, chosen.replaceConfirmed || ownFile);
  }, [store, picker, t, write]);

  // The path is read when the save runs: one queued behind a first "save as" goes to the new file.
  const saveNow = useCallback(async () => {
    const { path } = store.getDocument();
    if (!path) return saveAsNow();
    return write(path, true);
  }, [store, saveAsNow, write]);

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
