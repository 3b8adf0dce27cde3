import { useCallback, useMemo } from 'react';
import { PROJECT_EXTENSION } from '../../../src/model/project-extension';
import { api } from '../../api/client';
import { useHost } from '../../app/use-host';
import { useT } from '../../i18n/use-t';
import { useDialogStack } from '../../ui/use-dialog-stack';
import { basename, dirname, joinPath } from './file-path';
import { folderToSuggest } from './folder-to-suggest';
import { rememberFolderOf } from './last-folder';
import { PathDialog } from './PathDialog';

export interface SavePathRequest {
  /** A full path where possible (next to the project, in the last folder), else a file name. */
  suggestedPath: string;
  extension: string;
  title: string;
}

export interface ChosenSavePath {
  path: string;
  /** Native save dialogs ask before replacing a file themselves; ours leaves it to the core. */
  replaceConfirmed: boolean;
}

interface OpenPathRequest {
  title: string;
  /** Without the dot; the first is added to a typed name that has none of them. */
  extensions: readonly string[];
  confirmLabel: string;
}

export interface FilePicker {
  chooseFileToOpen(request: OpenPathRequest): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  chooseSavePath(request: SavePathRequest): Promise<ChosenSavePath | null>;
}

/** Native file dialogs when the host has them, else an in-app dialog asking for a path. */
export function useFilePicker(): FilePicker {
  const host = useHost();
  const t = useT();
  const dialogs = useDialogStack();

  const askForPath = useCallback(
    (
      title: string,
      initialPath: string,
      confirmLabel: string,
      extensions: readonly string[],
      purpose: 'open' | 'save',
    ) =>
      dialogs.open<string | null>((resolve) => (
        <PathDialog
          title={title}
          initialPath={initialPath}
          confirmLabel={confirmLabel}
          extensions={extensions}
          purpose={purpose}
          onDone={resolve}
        />
      )),
    [dialogs],
  );

  const chooseFileToOpen = useCallback(
    async ({ title, extensions, confirmLabel }: OpenPathRequest) => {
      const path = host.nativeDialogs
        ? (await api.call('dialog.openFile', { extensions: [...extensions] })).path
        : await askForPath(
            title,
            joinPath(await folderToSuggest(), ''),
            confirmLabel,
            extensions,
            'open',
          );
      if (path) rememberFolderOf(path);
      return path;
    },
    [host.nativeDialogs, askForPath],
  );

  const chooseProjectToOpen = useCallback(
    () =>
      chooseFileToOpen({
        title: t('files.open.title'),
        extensions: [PROJECT_EXTENSION.slice(1)],
        confirmLabel: t('action.open'),
      }),
    [chooseFileToOpen, t],
  );

  const chooseSavePath = useCallback(
    async ({ suggestedPath, extension, title }: SavePathRequest) => {
      let path: string | null;
      if (host.nativeDialogs) {
        const suggestedName = basename(suggestedPath);
        path = (await api.call('dialog.saveFile', { suggestedName, extension })).path;
      } else {
        const initial = dirname(suggestedPath)
          ? suggestedPath
          : joinPath(await folderToSuggest(), suggestedPath);
        path = await askForPath(title, initial, t('action.choose'), [extension], 'save');
      }
      if (!path) return null;
      rememberFolderOf(path);
      return { path, replaceConfirmed: host.nativeDialogs };
    },
    [host.nativeDialogs, askForPath, t],
  );

  return useMemo(
    () => ({ chooseFileToOpen, chooseProjectToOpen, chooseSavePath }),
    [chooseFileToOpen, chooseProjectToOpen, chooseSavePath],
  );
}
