import { app, session, type WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** The origins our own UI is loaded from: the app scheme, or electron-vite's dev server. */
export function isAppUrl(url: string): boolean {
  try {
    const origin = new URL(url).origin;
    const devServer = process.env.ELECTRON_RENDERER_URL;
    return (
      origin === APP_ORIGIN || (devServer !== undefined && origin === new URL(devServer).origin)
    );
  } catch {
    return false;
  }
}

/**
 * Electron's security checklist, applied to every web contents the app ever creates:
 * no navigation away from the app, no new windows, no webviews, no permissions.
 */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
