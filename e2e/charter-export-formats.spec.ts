import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDED, createAndEditCharter } from './support/charter-journey-steps';
import { pdfInfo, pythonYaml } from './support/readers';
import { expect, test } from './support/web-host-fixture';

test('several formats export file by file: one failing or kept does not stop the others', async ({
  page,
  webHost,
}, testInfo) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  // A folder stands where the DOCX should go, and an older YAML the user means to keep.
  mkdirSync(join(webHost.workDir, 'charte.docx'));
  const olderYaml = join(webHost.workDir, 'charte.yaml');
  writeFileSync(olderYaml, 'ancien: oui\n');

  // The second file is held at the host's door until its progress has been seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await page.route('**/api/export.write', async (route) => {
    requests += 1;
    if (requests === 2) await held;
    await route.continue();
  });

  const exporter = await editor.openExport();
  const dialog = exporter.dialog();
  await exporter.chooseFormats('PDF', 'DOCX', 'YAML');
  await dialog
    .getByRole('textbox', { name: 'Fichier de destination' })
    .fill(join(webHost.workDir, 'charte'));
  await expect(dialog).toContainText(
    'Un fichier par format\u00a0: charte.pdf, charte.docx et charte.yaml.',
  );
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();

  const status = dialog.getByRole('status');
  await expect(status).toContainText('Création du fichier DOCX (2 sur 3)…', { timeout: 60_000 });
  await expect(
    status.getByRole('progressbar', { name: 'Avancement de l’export' }),
  ).toHaveJSProperty('value', 1);
  await page.screenshot({ path: testInfo.outputPath('export-progress.png') });
  release();

  const replace = page.getByRole('alertdialog');
  await expect(replace).toContainText('charte.yaml', { timeout: 60_000 });
  await replace.getByRole('button', { name: 'Annuler' }).click();

  await expect(status).toContainText('«\u00a0charte.pdf\u00a0» a été créé');
  await expect(status).toContainText('Gardé tel quel, sans le remplacer\u00a0: charte.yaml.');
  // The failure tops a form scrolled down to the path: it is brought into view.
  await expect(dialog.getByRole('alert')).toContainText('L’export DOCX a échoué');
  await expect(dialog.getByRole('alert')).toContainText('Un dossier porte déjà ce nom');
  await expect(dialog.getByRole('alert')).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('export-outcome.png') });

  expect(pdfInfo(join(webHost.workDir, 'charte.pdf'))).toMatch(/Pages:\s+\d+/);
  expect(readFileSync(olderYaml, 'utf8')).toBe('ancien: oui\n');

  // The next export starts from the same formats, and writes the YAML once allowed to.
  await exporter.close();
  await editor.openExport();
  await expect(dialog.getByRole('checkbox', { name: 'YAML', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'DOCX', exact: true })).toBeChecked();
  await exporter.chooseFormats('YAML');
  await dialog.getByRole('textbox', { name: 'Fichier de destination' }).fill(olderYaml);
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await replace.getByRole('button', { name: 'Remplacer' }).click();
  await expect(status).toContainText('«\u00a0charte.yaml\u00a0» a été créé', { timeout: 60_000 });
  expect(readFileSync(olderYaml, 'utf8')).toContain(ADDED.trim());
  expect(pythonYaml(olderYaml)).toMatchObject({ title: expect.any(String) });
});
