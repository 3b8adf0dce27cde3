import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markPng } from '../src/branding/test-support/drawn-png';
import { DEFAULT_ACCENT, printedAccent } from '../src/export/accent-colour';
import { choosePath } from './pages/path-dialog';
import { ADDED, createAndEditCharter, createSavedCharter } from './support/charter-journey-steps';
import { pdfImages, pdfInfo, pythonYaml } from './support/readers';
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

test('the logo and accent chosen in the export dialog reach the preview, the exports and the file', async ({
  page,
  webHost,
}, testInfo) => {
  const { editor, path } = await createSavedCharter(page, webHost);
  const logo = markPng(240, 80);
  writeFileSync(join(webHost.workDir, 'logo.png'), logo);
  writeFileSync(join(webHost.workDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const chooseLogo = async (button: string, file: string) => {
    await branding.getByRole('button', { name: button }).click();
    await choosePath(page, 'Choisir le logo (PNG ou JPEG)', join(webHost.workDir, file), 'Ouvrir');
  };

  const exporter = await editor.openExport();
  const dialog = exporter.dialog();
  await exporter.chooseFormats('PDF', 'HTML');
  const branding = dialog.getByRole('group', { name: 'Identité visuelle' });

  // A picture that could carry script is refused, and the message says what to do.
  await chooseLogo('Ajouter un logo…', 'logo.svg');
  await expect(branding.getByRole('alert')).toContainText('Ce logo n’a pas pu être utilisé');
  await expect(branding.getByRole('alert')).toContainText(
    'Le logo doit être une image PNG ou JPEG',
  );
  await expect(branding.getByRole('alert')).toContainText('SVG is not accepted');
  await chooseLogo('Ajouter un logo…', 'logo.png');
  await expect(branding.getByRole('img', { name: 'Logo de l’entreprise' })).toBeVisible();
  await expect(branding).toContainText('240\u00a0×\u00a080 pixels.');
  await expect(branding.getByRole('alert')).toHaveCount(0);

  // The brand guide's gold is too pale for text on white: the exports print it darker.
  const printed = printedAccent('#ffd700');
  await branding.getByRole('textbox', { name: 'Couleur d’accent' }).fill('#FFD700');
  await expect(branding).toContainText(`les exports l’assombrissent en ${printed}`);
  const preview = dialog.getByTitle('Aperçu de la charte');
  await expect(preview).toHaveAttribute('srcdoc', new RegExp(printed));
  await expect(preview).toHaveAttribute('srcdoc', /src="data:image\/png;base64,/);
  await page.screenshot({ path: testInfo.outputPath('export-branding.png') });

  await exporter.export(['PDF', 'HTML'], join(webHost.workDir, 'charte-marque'));
  const html = readFileSync(join(webHost.workDir, 'charte-marque.html'), 'utf8');
  expect(html).toContain(printed);
  expect(html).toContain(logo.toString('base64'));
  expect(pdfImages(join(webHost.workDir, 'charte-marque.pdf'))).toContainEqual({
    width: 240,
    height: 80,
  });

  // The branding is the project's: saved with it, for every later export.
  await exporter.close();
  await editor.save();
  expect(JSON.parse(readFileSync(path, 'utf8')).branding).toEqual({
    logo: { mediaType: 'image/png', data: logo.toString('base64'), width: 240, height: 80 },
    accent: '#ffd700',
  });

  // Back to the default colour and no logo: nothing of the branding is left in the file.
  await editor.openExport();
  await branding.getByRole('button', { name: 'Retirer' }).click();
  await branding.getByRole('button', { name: 'Couleur par défaut' }).click();
  await expect(branding.getByRole('textbox', { name: 'Couleur d’accent' })).toHaveValue(
    DEFAULT_ACCENT,
  );
  await exporter.close();
  await editor.save();
  expect(JSON.parse(readFileSync(path, 'utf8'))).not.toHaveProperty('branding');
});
