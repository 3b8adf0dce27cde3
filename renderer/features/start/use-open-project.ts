import { useCallback, useState } from 'react';
import type { Project } from '../../../src/model/project';
import { api } from '../../api/client';
import { basename } from '../files/file-path';
import { rememberFolderOf } from '../files/last-folder';
import { useFilePicker } from '../files/use-file-picker';

export interface OpenFailure {
  path: string | null;
  error: unknown;
}

/** Opens a project from a known path (recent file) or from one the user picks. */
export function useOpenProject(onOpened: (project: Project, path: string) => void) {
  const picker = useFilePicker();
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
        onOpened(opened.project, opened.path);
      } catch (error) {
        setFailure({ path, error });
      } finally {
        setOpening(null);
      }
    },
    [picker, onOpened],
  );

  return {
    open,
    opening,
    failure,
    failedName: failure?.path ? basename(failure.path) : null,
    clearFailure: () => setFailure(null),
  };
}
