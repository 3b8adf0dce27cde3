import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../src/api/create-handlers';
import { dispatch } from '../src/api/dispatch';
import { createRecoveryStore } from '../src/recovery/recovery-store';
import { createUserDataStore } from '../src/settings/user-data-store';
import { createFileKeyVault } from '../src/signoff/file-key-vault';
import { createProjectLocks } from '../src/store/project-lock';
import { createNativeDialogs } from './native-dialogs';
import * as electron from './test-support/fake-electron';

/**
 * The desktop's file dialogs and « Afficher dans le dossier », down to the Electron calls they
 * make: Electron's binary cannot run here, so `electron` is the recording fake.
 */
vi.mock('electron', () => import('./test-support/fake-electron'));

const window = new electron.BrowserWindow({});
const dialogs = createNativeDialogs(() => window as never);

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-dialogs-'));
  vi.clearAllMocks();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('createNativeDialogs', () => {
  it('offers every extension asked for in one filter, over the app window', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/a/logo.jpg'],
    });
    expect(await dialogs.openFile(['png', 'jpg', 'jpeg'])).toBe('/a/logo.jpg');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: [{ name: 'PNG, JPG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }],
    });
  });

  it('names the project files after the app, and answers null when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await dialogs.openFile(['charter'])).toBeNull();
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: [{ name: 'Charter Studio', extensions: ['charter'] }],
    });
  });

  it('suggests the file name in the save dialog, filtered to the format', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/b/charte.pdf',
    });
    expect(await dialogs.saveFile('charte.pdf', 'pdf')).toBe('/b/charte.pdf');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'charte.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });
});

describe('« Afficher dans le dossier » on the desktop', () => {
  const call = (operation: string, payload: unknown) =>
    dispatch(
      createHandlers({
        host: { kind: 'desktop', appVersion: 'test' },
        templatesDir: fileURLToPath(new URL('../templates', import.meta.url)),
        userData: createUserDataStore(join(folder, 'data')),
        keyVault: createFileKeyVault(join(folder, 'data')),
        recovery: createRecoveryStore(join(folder, 'data')),
        locks: createProjectLocks(),
        pdfPrinter: { print: () => Promise.reject(new Error('no PDF here')) },
        dialogs,
      }),
      operation,
      payload,
    );

  it('shows an exported file selected in the file manager', async () => {
    const path = join(folder, 'charte.pdf');
    await writeFile(path, '%PDF-1.7\n');
    expect(await call('files.showInFolder', { path })).toEqual({ ok: true, value: {} });
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(path);
  });

  it('never sends the file manager to a path that holds no file', async () => {
    const result = await call('files.showInFolder', { path: join(folder, 'made-up.pdf') });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
