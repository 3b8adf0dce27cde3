import { app, BrowserWindow, Menu, safeStorage } from 'electron';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../src/api/create-handlers';
import { APP_VERSION } from '../src/host/app-version';
import { defaultUserDataFolder } from '../src/settings/default-user-data-folder';
import { createUserDataStore } from '../src/settings/user-data-store';
import { createRecoveryStore } from '../src/recovery/recovery-store';
import { createProjectLocks } from '../src/store/project-lock';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { createElectronPdfPrinter } from './electron-pdf-printer';
import { registerIpc } from './ipc';
import { buildApplicationMenu } from './application-menu';
import { confirmUnsavedClose } from './confirm-unsaved-close';
import { createNativeDialogs } from './native-dialogs';
import { openExternalLink } from './open-external-link';
import { createSafeStorageKeyVault } from './safe-storage-key-vault';
import { applySecurityPolicy, devServerUrl } from './security';

// out/main/index.js sits two folders below the app root, in development and inside the package.
const appRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));

registerAppScheme();
// One settings folder for the desktop app, the CLI and the web host, whatever the product name.
app.setPath('userData', defaultUserDataFolder());

let mainWindow: BrowserWindow | undefined;

const locks = createProjectLocks();
// The files the app had open are let go when it quits; after a crash the next opener finds the
// lock stale.
app.on('will-quit', () => locks.releaseAll());

const userData = createUserDataStore(app.getPath('userData'));
applySecurityPolicy((url) => {
  void userData
    .readSettings()
    .then(({ uiLanguage }) => openExternalLink(url, mainWindow, uiLanguage));
});

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Charter Studio',
    show: false,
    webPreferences: {
      preload: fileURLToPath(new URL('../preload/preload.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click would otherwise try to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  confirmUnsavedClose(window, userData);
  window.on('closed', () => {
    mainWindow = undefined;
  });
  void window.loadURL(devServerUrl() ?? `${APP_ORIGIN}/index.html`);
  return window;
}

app.whenReady().then(() => {
  serveRenderer(rendererDir);
  registerIpc(
    createHandlers({
      host: { kind: 'desktop', appVersion: APP_VERSION },
      templatesDir: `${appRoot}templates`,
      userData,
      // Created once the app is ready: only then does safeStorage know the keychain.
      keyVault: createSafeStorageKeyVault(app.getPath('userData'), safeStorage),
      recovery: createRecoveryStore(app.getPath('userData')),
      locks,
      pdfPrinter: createElectronPdfPrinter(),
      dialogs: createNativeDialogs(() => mainWindow),
    }),
  );
  Menu.setApplicationMenu(buildApplicationMenu());
  mainWindow = createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
