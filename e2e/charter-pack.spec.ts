import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signedOffProject } from '../src/pack/test-support/signed-off-project';
import { saveProject } from '../src/store/project-file';
import { EditorPage } from './pages/editor-page';
import { StartPage } from './pages/start-page';
import { expect, test } from './support/web-host-fixture';

const checkPack = fileURLToPath(new URL('../src/pack/test-support/check-pack.py', import.meta.url));

test('HR exports the evidence pack of the latest signed-off version from the export dialog', async ({
  page,
  webHost,
}, testInfo) => {
  const project = signedOffProject();
  const path = join(webHost.workDir, 'charte.charter');
  await saveProject(path, project);

  await page.goto(webHost.url);
  await new StartPage(page).openCharter(path);
  const exportDialog = await new EditorPage(page).openExport();
  const section = exportDialog.dialog().getByRole('region', { name: 'Dossier de preuve' });
  // The dialog opens on the draft, which has no pack; it still exports from the same dialog.
  await expect(section).toBeHidden();
  await exportDialog.export('YAML', join(webHost.workDir, 'brouillon.yaml'));

  await exportDialog.chooseText(/^Version 2,/);
  await expect(section).toContainText('La version\u00a02, validée le 5 mars 2026\u00a0:');
  // The preview follows: the cover of version 2, no longer the draft's.
  const cover = (await exportDialog.settledPreview()).locator('.cover');
  await expect(cover).toContainText('Publiée');
  await expect(cover).not.toContainText('Brouillon');
  await page.screenshot({ path: testInfo.outputPath('export-dialog-pack.png') });

  const zip = join(webHost.workDir, 'dossier-de-preuve-v2.zip');
  await exportDialog.exportEvidencePack(2, zip);
  await page.screenshot({ path: testInfo.outputPath('pack-exported.png') });

  const report = JSON.parse(execFileSync('python3', [checkPack, zip], { encoding: 'utf8' })) as {
    mismatches: string[];
    unlisted: string[];
    manifest: { version: number; fingerprint: string };
  };
  expect(report).toMatchObject({
    mismatches: [],
    unlisted: [],
    manifest: { version: 2, fingerprint: project.versions[1]?.fingerprint },
  });

  // A second export to the same file asks before replacing it.
  await section.getByRole('button', { name: 'Exporter le dossier de preuve…' }).click();
  const chooser = page.getByRole('dialog', {
    name: 'Exporter le dossier de preuve de la version\u00a02 sous',
  });
  await chooser.getByRole('textbox', { name: 'Chemin du fichier' }).fill(zip);
  await chooser.getByRole('button', { name: 'Choisir' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('dossier-de-preuve-v2.zip');
});

test('a charter never signed off offers no evidence pack', async ({ page, webHost }) => {
  const project = signedOffProject();
  const path = join(webHost.workDir, 'brouillon.charter');
  await saveProject(path, {
    ...project,
    meta: { ...project.meta, status: 'draft' },
    versions: [],
    approvals: [],
  });
  await page.goto(webHost.url);
  await new StartPage(page).openCharter(path);
  const exportDialog = await new EditorPage(page).openExport();
  await expect(
    exportDialog.dialog().getByRole('heading', { name: 'Exporter la charte' }),
  ).toBeVisible();
  await expect(
    exportDialog.dialog().getByRole('region', { name: 'Dossier de preuve' }),
  ).toHaveCount(0);
});
