import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiFailure } from '../src/api/contract';
import type { Handlers } from '../src/api/create-handlers';
import { dispatch } from '../src/api/dispatch';
import { INVOKE_CHANNEL } from './ipc-channel';
import { isOwnUiUrl } from './security';

/**
 * One channel for the whole API. A message is answered only when it comes from the top frame
 * of our own UI: an iframe or a page that somehow got loaded cannot reach the core.
 */
export function registerIpc(handlers: Handlers): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    (event: IpcMainInvokeEvent, operation: unknown, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return apiFailure('unauthorized', 'Refused: not the application window.');
      }
      return dispatch(handlers, operation, payload);
    },
  );
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isOwnUiUrl(frame.url);
}
