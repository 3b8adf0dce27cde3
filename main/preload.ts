import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to the core: one function, validated again on the other side.
 * The channel name repeats main/ipc.ts because a sandboxed preload is bundled on its own.
 */
contextBridge.exposeInMainWorld('charter', {
  invoke: (operation: string, payload: unknown): Promise<unknown> => {
    if (typeof operation !== 'string')
      return Promise.reject(new TypeError('operation must be a string'));
    return ipcRenderer.invoke('charter:invoke', operation, payload);
  },
});
