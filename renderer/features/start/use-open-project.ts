import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import type { OpenedDocument } from '../../app/opened-document';
import { basename } from '../files/file-path';
import { rememberFolderOf } from '../files/last-folder';
import { useFilePicker } from '../files/use-file-picker';
import { useOfferRecovery } from '../recovery/use-offer-recovery';

export interface OpenFailure {
  path: string | null;
  error: unknown;
}

/**
 * Opens a project from a known path (recent file) or from one the user picks, offering the
 * unsaved work a crash left on it.
 */
export function useOpenProject(onOpened: (document: OpenedDocument) => void) {
  const picker = useFilePicker();
  const offerRecovery = useOfferRecovery();
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<OpenFailure | null>(null);

  const open = useCallback(
    async (knownPath?: string) => {
      setFailure(null);
      let path: string | null = knownPath ?? null;
      try {
        path ??= await picker.chooseProjectToOpen();
        if (!path) return;
        setOpening(path);
        const opened = await api.call('project.open', { path });
        rememberFolderOf(opened.path);
        const document = await offerRecovery(opened);
        if (document) onOpened(document);
      } catch (error) {
        setFailure({ path, error });
      } finally {
        setOpening(null);
      }
    },
    [picker, onOpened, offerRecovery],
  );

  return {
    open,
    opening,
    failure,
    failedName: failure?.path ? basename(failure.path) : null,
    clearFailure: () => setFailure(null),
  };
}
