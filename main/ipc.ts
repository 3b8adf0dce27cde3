import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../src/api/create-handlers';
import { dispatch } from '../src/api/dispatch';
import { isAppUrl } from './security';

export const INVOKE_CHANNEL = 'charter:invoke';

/**
 * One channel for the whole API. A message is answered only when it comes from the top frame
 * of our own UI: an iframe or a page that somehow got loaded cannot reach the core.
 */
export function registerIpc(handlers: Handlers): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    (event: IpcMainInvokeEvent, operation: unknown, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: {
            code: 'unauthorized',
            message: 'Refused: not the application window.',
            details: {},
          },
        };
      }
      return dispatch(handlers, operation, payload);
    },
  );
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}
