import { BrowserWindow, dialog } from 'electron';
import type { UserDataStore } from '../src/settings/user-data-store';
import { MAIN_MESSAGES } from './main-messages';

/**
 * The renderer refuses to unload while changes are unsaved; Electron then cancels the close
 * silently unless the main process asks the user, which it does here with a native dialog.
 */
export function confirmUnsavedClose(window: BrowserWindow, userData: UserDataStore): void {
  // Not calling preventDefault keeps the window open; it is destroyed only if the user says so.
  window.webContents.on('will-prevent-unload', () => {
    void userData.readSettings().then(({ uiLanguage }) => {
      const messages = MAIN_MESSAGES[uiLanguage];
      const choice = dialog.showMessageBoxSync(window, {
        type: 'warning',
        message: messages.unsavedTitle,
        detail: messages.unsavedDetail,
        buttons: [messages.leave, messages.stay],
        defaultId: 1,
        cancelId: 1,
      });
      if (choice === 0) window.destroy();
    });
  });
}
