import { dialog, shell, type BrowserWindow } from 'electron';
import type { Language } from '../src/model/language';
import { MAIN_MESSAGES } from './main-messages';
import { externalLinkUrl } from './trusted-url';

/**
 * Opens a link in the user's browser or mail program once they have seen the whole address and
 * said yes; anything but https, http and mailto is never opened. Says whether it was.
 */
export async function openExternalLink(
  url: string,
  parent: BrowserWindow | undefined,
  language: Language,
): Promise<boolean> {
  const target = externalLinkUrl(url);
  if (target === null) return false;
  const messages = MAIN_MESSAGES[language];
  const options = {
    type: 'question' as const,
    message: messages.openLinkTitle,
    detail: target,
    buttons: [messages.openLink, messages.stay],
    defaultId: 1,
    cancelId: 1,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(target);
  return true;
}
