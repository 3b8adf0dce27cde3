import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './ipc-channel';

/** The renderer's only door to the core: one function, validated again on the other side. */
contextBridge.exposeInMainWorld('charter', {
  invoke: (operation: string, payload: unknown): Promise<unknown> => {
    if (typeof operation !== 'string') {
      return Promise.reject(new TypeError('operation must be a string'));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, operation, payload);
  },
});
