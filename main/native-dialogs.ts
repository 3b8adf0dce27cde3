import { dialog, shell, type BrowserWindow } from 'electron';
import type { NativeDialogs } from '../src/api/handler-environment';
import { PROJECT_EXTENSION } from '../src/model/project-extension';

export function createNativeDialogs(window: () => BrowserWindow | undefined): NativeDialogs {
  return {
    openFile: (extensions) =>
      openOne(
        window(),
        extensions.map((extension) =>
          `.${extension}` === PROJECT_EXTENSION ? 'Charter Studio' : extension.toUpperCase(),
        ),
        extensions,
      ),
    async saveFile(suggestedName, extension) {
      const parent = window();
      // The native dialog asks before replacing a file, so the renderer may then save with overwrite.
      const options = {
        defaultPath: suggestedName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    showInFolder: (path) => shell.showItemInFolder(path),
  };
}

async function openOne(
  parent: BrowserWindow | undefined,
  names: readonly string[],
  extensions: readonly string[],
): Promise<string | null> {
  const options = {
    properties: ['openFile' as const],
    // One filter for them all: "PNG, JPG" offers both at once.
    filters: [{ name: [...new Set(names)].join(', '), extensions: [...extensions] }],
  };
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
