import type { Transport } from './transport';
import type { CharterBridge } from './window-charter';

/** Electron: the preload's bridge forwards each call to ipcMain. */
export function ipcTransport(bridge: CharterBridge): Transport {
  return (operation, payload) => bridge.invoke(operation, payload);
}
