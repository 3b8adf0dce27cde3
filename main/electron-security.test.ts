import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CONTENT_SECURITY_POLICY } from '../src/host/content-security-policy';
import { INVOKE_CHANNEL } from './ipc-channel';
import * as electron from './test-support/fake-electron';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), asserted on what
 * main/index.ts really builds when it starts: its window options, its session handlers, its IPC
 * and its protocol. Electron's binary cannot run here, so the `electron` module is a recording
 * fake (test-support/fake-electron.ts); everything else is the app's own code.
 */
vi.mock('electron', () => import('./test-support/fake-electron'));

let dataFolder: string;
let mainWindow: electron.BrowserWindow;

beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'charter-electron-'));
  vi.stubEnv('CHARTER_DATA_DIR', dataFolder);
  await import('./index');
  // The window is made once the (fake) app is ready.
  await vi.waitFor(() => expect(electron.BrowserWindow.created.length).toBeGreaterThan(0));
  mainWindow = electron.BrowserWindow.created[0] as electron.BrowserWindow;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataFolder, { recursive: true, force: true });
});

/** A web contents the app creates from now on, with the policy applied to it. */
function newContents(): electron.FakeWebContents {
  const contents = new electron.FakeWebContents();
  electron.app.emit('web-contents-created', {}, contents);
  return contents;
}

function navigate(contents: electron.FakeWebContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

const preferences = () => mainWindow.options.webPreferences ?? {};

describe('Electron security checklist, on the main window main/index.ts creates', () => {
  it('1. only loads its own content, from app://charter/ (18. a custom protocol, not file://)', () => {
    expect(mainWindow.loadedUrls).toEqual(['app://charter/index.html']);
    expect(electron.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.protocol.handlers.has('app')).toBe(true);
  });

  it('2–4, 6, 8–10. no Node.js integration, context isolation, sandbox, web security, no insecure content, no experimental or Blink features', () => {
    expect(preferences()).toMatchObject({
      nodeIntegration: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences()).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences()).not.toHaveProperty('nodeIntegrationInSubFrames');
    expect(preferences()).not.toHaveProperty('nodeIntegrationInWorker');
  });

  it('5. every permission request and check is denied, in the default session', () => {
    const session = electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      session.permissionRequestHandler?.({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
    }
    expect(session.permissionCheckHandler?.({}, 'media', 'app://charter', {})).toBe(false);
  });

  it('7. the renderer gets a Content-Security-Policy with no inline script and no eval', async () => {
    const serve = electron.protocol.handlers.get('app');
    electron.net.fetch.mockResolvedValueOnce(new Response('<!doctype html>'));
    const response = await serve?.(new Request('app://charter/index.html'));
    expect(response?.headers.get('content-security-policy')).toBe(RENDERER_CONTENT_SECURITY_POLICY);
    const scriptSources = /(?:^|; )script-src ([^;]*)/.exec(RENDERER_CONTENT_SECURITY_POLICY)?.[1];
    expect(scriptSources).toBe("'self'");
    expect(RENDERER_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe/);
    expect(RENDERER_CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(RENDERER_CONTENT_SECURITY_POLICY).toMatch(/base-uri 'none'/);
  });

  it('11–12. no <webview> can be attached, whatever its options', () => {
    const contents = newContents();
    expect(navigate(contents, 'will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('13. navigation and redirects away from the app are blocked', async () => {
    const contents = newContents();
    electron.dialog.showMessageBox.mockClear();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://other/index.html',
    ]) {
      expect(navigate(contents, 'will-navigate', url), url).toBe(true);
      expect(navigate(contents, 'will-redirect', url), url).toBe(true);
    }
    expect(navigate(contents, 'will-navigate', 'app://charter/index.html')).toBe(false);
    // The web page was not opened: the user was asked (and, by default here, said no).
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(electron.dialog.showMessageBox.mock.calls[0]?.at(-1)).toMatchObject({
      detail: 'https://evil.example/',
    });
  });

  it('14–15. window.open is denied; a web or mail link opens outside only after confirmation', async () => {
    const contents = newContents();
    electron.dialog.showMessageBox.mockClear();
    electron.shell.openExternal.mockClear();
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'data:,x',
    ]) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    // The user says no: nothing opens.
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/a' })).toEqual({
      action: 'deny',
    });
    // The user says yes to a followed link: it opens in the browser, not in the app.
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(navigate(contents, 'will-navigate', 'mailto:dpo@example.org')).toBe(true);
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledTimes(1));
    expect(electron.shell.openExternal).toHaveBeenCalledWith('mailto:dpo@example.org');
    const asked = electron.dialog.showMessageBox.mock.calls.map((call) => call.at(-1));
    expect(asked).toMatchObject([
      { detail: 'https://example.org/a', cancelId: 1, defaultId: 1 },
      { detail: 'mailto:dpo@example.org' },
    ]);
  });

  it('16. uses a current Electron (the pinned major is one of the supported three)', async () => {
    const { devDependencies } = (await import('../package.json')).default;
    // Electron supports its latest three majors; 41 was current when this was written.
    expect(Number(/\d+/.exec(devDependencies.electron)?.[0])).toBeGreaterThanOrEqual(41);
  });

  it('17. IPC answers the top frame of the app only', async () => {
    const invoke = electron.ipcMain.handlers.get(INVOKE_CHANNEL);
    const mainFrame = { url: 'app://charter/index.html' };
    const sender = { mainFrame };
    const call = (senderFrame: unknown) =>
      invoke?.({ sender, senderFrame }, 'settings.get', {}) as Promise<unknown>;
    for (const senderFrame of [
      null,
      { url: 'app://charter/index.html' }, // an iframe of the app's own page
      { url: 'https://evil.example/' },
    ]) {
      expect(await call(senderFrame)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    mainFrame.url = 'https://evil.example/';
    expect(await call(mainFrame)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    mainFrame.url = 'app://charter/index.html';
    expect(await call(mainFrame)).not.toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('20. the preload exposes one function and no Electron API', async () => {
    await import('./preload');
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['charter']);
    const exposed = electron.contextBridge.exposed.get('charter') as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['invoke']);
    const invoke = exposed.invoke as (operation: unknown, payload: unknown) => Promise<unknown>;
    await expect(invoke(42, {})).rejects.toThrow(/must be a string/);
    await invoke('settings.get', {});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'settings.get', {});
  });
});

describe('the app:// protocol', () => {
  it('serves files under the renderer folder only, to the app host only', async () => {
    const serve = electron.protocol.handlers.get('app');
    const rendererFolder = pathToFileURL(fileURLToPath(new URL('../renderer/', import.meta.url)));
    electron.net.fetch.mockClear();
    expect((await serve?.(new Request('app://other/index.html')))?.status).toBe(400);
    expect((await serve?.(new Request('app://charter/a%00.html')))?.status).toBe(400);
    for (const url of [
      'app://charter/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://charter/..%2fmain%2findex.ts',
      'app://charter/assets/..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      await serve?.(new Request(url));
    }
    const fetched = electron.net.fetch.mock.calls.map(([href]) => href);
    expect(fetched).toHaveLength(3);
    for (const href of fetched) expect(href.startsWith(rendererFolder.href), href).toBe(true);
  });
});

describe('the PDF print window', () => {
  it('runs no script, in a sandbox, in a session that loads nothing but the page printed', async () => {
    const { createElectronPdfPrinter } = await import('./electron-pdf-printer');
    createElectronPdfPrinter();
    const printSession = electron.session.fromPartition('charter-print');
    let cancelled: boolean | undefined;
    printSession.beforeRequest?.({ url: 'https://evil.example/x.png' }, ({ cancel }) => {
      cancelled = cancel;
    });
    expect(cancelled).toBe(true);
    let granted: boolean | undefined;
    printSession.permissionRequestHandler?.({}, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('prints in a hidden window without script, preload or Node, tagged only when kept', async () => {
    const { createElectronPdfPrinter } = await import('./electron-pdf-printer');
    const printer = createElectronPdfPrinter();
    const before = electron.BrowserWindow.created.length;
    await printer.print('<p>mesuré</p>', 'measure');
    await printer.print('<p>gardé</p>');
    const windows = electron.BrowserWindow.created.slice(before);
    expect(windows).toHaveLength(2);
    for (const window of windows) {
      expect(window.options).toMatchObject({ show: false });
      expect(window.options.webPreferences).toMatchObject({
        session: electron.session.fromPartition('charter-print'),
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      });
      expect(window.options.webPreferences).not.toHaveProperty('preload');
      expect(window.loadedUrls).toHaveLength(1);
      expect(window.loadedUrls[0]).toMatch(/^file:\/\/.*\/charter\.html$/);
    }
    const [measured, kept] = windows.map((window) => window.webContents.printed[0]);
    expect(measured).toMatchObject({ generateTaggedPDF: false, generateDocumentOutline: false });
    expect(kept).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true });
    // Once printed, even the page's own file is no longer let in.
    let cancelled: boolean | undefined;
    electron.session
      .fromPartition('charter-print')
      .beforeRequest?.({ url: windows[1]?.loadedUrls[0] ?? '' }, ({ cancel }) => {
        cancelled = cancel;
      });
    expect(cancelled).toBe(true);
  });
});
