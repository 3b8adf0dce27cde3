import { app, session, type Session, type WebContents } from 'electron';
import { isAppUrl } from './trusted-url';

/** electron-vite's dev server, trusted only in development: a packaged app loads app:// alone. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
}

export function isOwnUiUrl(url: string): boolean {
  return isAppUrl(url, devServerUrl());
}

/** No camera, microphone, notifications, geolocation…: the app needs none of them. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/**
 * Electron's security checklist, applied to every web contents the app ever creates:
 * no navigation away from the app, no new windows, no webviews, no permissions. A link the
 * user follows goes to `openLink`, which opens it outside the app, after confirmation, or not.
 */
export function applySecurityPolicy(openLink: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (isOwnUiUrl(url)) return;
      event.preventDefault();
      openLink(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnUiUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      openLink(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => denyAllPermissions(session.defaultSession));
}
