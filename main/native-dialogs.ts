import { dialog, type BrowserWindow } from 'electron';
import type { NativeDialogs } from '../src/api/handler-environment';
import { PROJECT_EXTENSION } from '../src/model/project-extension';

export function createNativeDialogs(window: () => BrowserWindow | undefined): NativeDialogs {
  return {
    async openFile(extension) {
      const parent = window();
      const name =
        `.${extension}` === PROJECT_EXTENSION ? 'Charter Studio' : extension.toUpperCase();
      const options = {
        properties: ['openFile' as const],
        filters: [{ name, extensions: [extension] }],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
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
  };
}
