import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EditorPage } from './pages/editor-page';
import { StartPage } from './pages/start-page';
import { createAndEditCharter } from './support/charter-journey-steps';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasElectronBinary = existsSync(join(root, 'node_modules/electron/path.txt'));

const KEPT = ' Phrase sauvée par la sauvegarde automatique.';
/** Longer than the promised second between the last keystroke and its backup. */
const BACKUP_PROMISE_MS = 1500;

/** Native dialogs cannot be driven; answer them from the main process as a user would. */
function answerFileDialogsWith(app: ElectronApplication, path: string): Promise<void> {
  return app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: chosen });
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [chosen] });
  }, path);
}

async function killWithSigkill(app: ElectronApplication): Promise<void> {
  const main = app.process();
  if (main.exitCode !== null || main.signalCode !== null) return;
  const exited = once(main, 'exit');
  main.kill('SIGKILL');
  await exited;
}

test('work typed a second before the desktop app is killed is offered back when it restarts', async () => {
  test.skip(
    !hasElectronBinary,
    'no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD); the web host ' +
      'runs the same renderer through e2e/charter-recovery.spec.ts',
  );
  const folder = mkdtempSync(join(tmpdir(), 'charter-electron-'));
  const path = join(folder, 'charte.charter');
  const launch = () =>
    electron.launch({
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, CHARTER_DATA_DIR: join(folder, 'data') },
    });
  let app = await launch();
  try {
    let page = await app.firstWindow();
    const editor = await createAndEditCharter(page);
    await answerFileDialogsWith(app, path);
    await page.getByRole('button', { name: 'Enregistrer sous…' }).click();
    await expect(editor.status()).toHaveText('Enregistrée');
    const saved = readFileSync(path, 'utf8');

    await editor.typeAtEndOf('Notre intention', KEPT);
    // The time the promise allows, and not a millisecond spent checking for the backup.
    await page.waitForTimeout(BACKUP_PROMISE_MS);
    await killWithSigkill(app);

    app = await launch();
    page = await app.firstWindow();
    await answerFileDialogsWith(app, path);
    await expect(new StartPage(page).recoveryPanel()).toContainText('charte.charter');
    await page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
    await page
      .getByRole('alertdialog', { name: 'Récupérer les modifications non enregistrées\u202f?' })
      .getByRole('button', { name: 'Restaurer' })
      .click();
    const restored = new EditorPage(page);
    await expect(restored.clause('Notre intention')).toContainText(KEPT.trim());
    await expect(restored.status()).toHaveText('Modifications non enregistrées');
    expect(readFileSync(path, 'utf8')).toBe(saved);
    await restored.save();
    expect(readFileSync(path, 'utf8')).toContain(KEPT.trim());
  } finally {
    // Closing could stop on the unsaved-changes question if a step failed: end it as a crash.
    await killWithSigkill(app);
    rmSync(folder, { recursive: true, force: true });
  }
});
