import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { PROJECT_EXTENSION } from '../files/project-extension';
import { useConfirmOverwrite } from '../files/use-confirm-overwrite';
import { useFilePicker } from '../files/use-file-picker';
import { writeWithOverwriteConfirmation } from '../files/write-with-overwrite-confirmation';
import type { ProjectStore } from './project-store';

export interface SaveActions {
  /** Resolves true once the project is on disk, false if the user gave up or it failed. */
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  saving: boolean;
  error: unknown;
  clearError(): void;
}

export function useSaveActions(store: ProjectStore): SaveActions {
  const t = useT();
  const picker = useFilePicker();
  const confirmOverwrite = useConfirmOverwrite();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const write = useCallback(
    async (path: string, alreadyConfirmed: boolean): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setSaving(true);
      setError(null);
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
        inFlight.current = false;
        setSaving(false);
      }
    },
    [store, confirmOverwrite],
  );

  const saveAs = useCallback(async () => {
    const { path } = store.getDocument();
    const chosen = await picker.chooseSavePath({
      suggestedPath: path ?? `${t('files.defaultName')}.${PROJECT_EXTENSION}`,
      extension: PROJECT_EXTENSION,
      title: t('editor.saveAs.title'),
    });
    if (!chosen) return false;
    // Saving onto the file already open is a plain save; anything else must not replace silently.
    const ownFile = path !== null && chosen.path === path;
    return write(chosen.path, chosen.replaceConfirmed || ownFile);
  }, [store, picker, t, write]);

  const save = useCallback(async () => {
    const { path } = store.getDocument();
    if (!path) return saveAs();
    return write(path, true);
  }, [store, saveAs, write]);

  return {
    save,
    saveAs,
    saving,
    error,
    clearError: () => setError(null),
  };
}
