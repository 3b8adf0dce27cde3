import { useCallback, useRef, useState } from 'react';
import type { FileIdentity } from '../../../src/model/file-identity';
import { api } from '../../api/client';
import type { OpenedDocument } from '../../app/opened-document';
import type { DiskGuard } from '../editor/use-save-actions';
import { useFileLock } from './use-file-lock';
import { useResolveChangedOnDisk } from './use-resolve-changed-on-disk';

export interface DiskGuardState extends DiskGuard {
  lock: ReturnType<typeof useFileLock>;
  reloadFailure: unknown;
  dismissReloadFailure(): void;
}

/**
 * Everything that keeps the editor and other programs from overwriting each other's work on
 * the file at `path`: its identity for saves to check, the choice when it changed on disk
 * (reloading opens it afresh through `onReopen`), and the mark that it is open here.
 */
export function useDiskGuard(
  opened: OpenedDocument,
  path: string | null,
  onReopen: (document: OpenedDocument) => void,
): DiskGuardState {
  const identity = useRef<FileIdentity | null>(opened.identity);
  const [reloadFailure, setReloadFailure] = useState<unknown>(null);
  const reload = useCallback(
    (from: string) => {
      api.call('project.open', { path: from }).then(
        (file) =>
          onReopen({
            project: file.project,
            path: file.path,
            identity: file.identity,
            restored: null,
            backupBase: file.backupBase,
          }),
        setReloadFailure,
      );
    },
    [onReopen],
  );
  const resolveChange = useResolveChangedOnDisk(reload);
  const lock = useFileLock(path);
  return {
    identity,
    resolveChange,
    lock,
    reloadFailure,
    dismissReloadFailure: () => setReloadFailure(null),
  };
}
