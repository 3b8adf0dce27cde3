import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADDED, COMPANY, createAndEditCharter } from './support/charter-journey-steps';
import { libreOfficeText, pdfText, pythonYaml } from './support/readers';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasElectronBinary = existsSync(join(root, 'node_modules/electron/path.txt'));

test('HR creates a charter in the desktop app: wizard, edit, save, reopen, export', async () => {
  test.skip(
    !hasElectronBinary,
    'no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD)',
  );
  const folder = mkdtempSync(join(tmpdir(), 'charter-electron-'));
  const app = await electron.launch({
    args: [join(root, 'out/main/index.js')],
    env: { ...process.env, CHARTER_DATA_DIR: join(folder, 'data') },
  });
  try {
    const page = await app.firstWindow();
    const editor = await createAndEditCharter(page);

    // Native dialogs cannot be driven; answer them from the main process as a user would.
    const path = join(folder, 'charte-dupre.charter');
    const exports = [join(folder, 'charte.pdf')];
    await app.evaluate(
      ({ dialog }, paths) => {
        const answers = [paths.path, ...paths.exports];
        dialog.showSaveDialog = async () => ({ canceled: false, filePath: answers.shift() ?? '' });
        dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [paths.path] });
      },
      { path, exports },
    );

    await page.getByRole('button', { name: 'Enregistrer sous…' }).click();
    await expect(editor.status()).toHaveText('Enregistrée');
    expect(readFileSync(path, 'utf8')).toContain(ADDED.trim());

    await editor.backToStart();
    await page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
    await expect(editor.clause('Notre intention')).toContainText(ADDED.trim());

    const exporter = await editor.openExport();
    const dialog = exporter.dialog();
    await exporter.chooseFormats('PDF', 'DOCX', 'YAML');
    // One save dialog names all three files.
    await dialog.getByRole('button', { name: 'Choisir…' }).click();
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    await expect(dialog.getByText(/charte\.yaml\u00a0» ont été créés/)).toBeVisible({
      timeout: 60_000,
    });
    expect(pythonYaml(join(folder, 'charte.yaml'))).toMatchObject({ company: { name: COMPANY } });
    expect(libreOfficeText(join(folder, 'charte.docx'))).toContain(ADDED.trim());
    expect(pdfText(join(folder, 'charte.pdf'))).toContain(COMPANY);
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
