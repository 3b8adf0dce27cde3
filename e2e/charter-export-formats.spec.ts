import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markPng } from '../src/branding/test-support/drawn-png';
import { DEFAULT_ACCENT } from '../src/export/accent-colour';
import { choosePath } from './pages/path-dialog';
import { ADDED, createAndEditCharter, createSavedCharter } from './support/charter-journey-steps';
import { pdfImages, pdfInfo, pythonYaml } from './support/readers';
import { expect, test } from './support/web-host-fixture';

test('several formats export file by file, after one question for the files they replace', async ({
  page,
  webHost,
}, testInfo) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  // Older exports stand where the PDF and the YAML go, and a folder where the DOCX should.
  const at = (name: string) => join(webHost.workDir, name);
  writeFileSync(at('charte.pdf'), 'ancien PDF');
  writeFileSync(at('charte.yaml'), 'ancien: oui\n');
  mkdirSync(at('charte.docx'));

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
  await dialog.getByRole('textbox', { name: 'Fichier de destination' }).fill(at('charte'));
  await expect(dialog).toContainText(
    'Un fichier par format\u00a0: charte.pdf, charte.docx et charte.yaml.',
  );
  const exportButton = dialog.getByRole('button', { name: 'Exporter', exact: true });
  const replace = page.getByRole('alertdialog', { name: 'Remplacer les fichiers\u202f?' });

  // One question names every file replaced; declining it writes nothing at all.
  await exportButton.click();
  await expect(replace).toContainText(
    '«\u00a0charte.pdf\u00a0» et «\u00a0charte.yaml\u00a0» existent déjà dans',
  );
  await replace.getByRole('button', { name: 'Annuler' }).click();
  await expect(replace).toBeHidden();
  expect(requests).toBe(0);
  expect(readFileSync(at('charte.pdf'), 'utf8')).toBe('ancien PDF');

  await exportButton.click();
  await replace.getByRole('button', { name: 'Tout remplacer' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Création du fichier DOCX (2 sur 3)…', { timeout: 60_000 });
  await expect(
    status.getByRole('progressbar', { name: 'Avancement de l’export' }),
  ).toHaveJSProperty('value', 1);
  await page.screenshot({ path: testInfo.outputPath('export-progress.png') });
  release();

  // The folder fails the DOCX alone; the PDF and the YAML are written.
  await expect(status).toContainText(
    '«\u00a0charte.pdf\u00a0» et «\u00a0charte.yaml\u00a0» ont été créés',
    { timeout: 60_000 },
  );
  const failure = dialog.getByRole('alert');
  await expect(failure).toContainText('L’export DOCX a échoué');
  await expect(failure).toContainText('Un dossier porte déjà ce nom');
  // It tops a form scrolled down to the path: it is brought into view.
  await expect(failure).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('export-outcome.png') });
  expect(pdfInfo(at('charte.pdf'))).toMatch(/Pages:\s+\d+/);
  expect(readFileSync(at('charte.yaml'), 'utf8')).toContain(ADDED.trim());
  expect(pythonYaml(at('charte.yaml'))).toMatchObject({ title: expect.any(String) });

  // The next export starts from the same formats, and says what is missing to start at all.
  await exporter.close();
  await editor.openExport();
  const formats = dialog.getByRole('group', { name: 'Formats' });
  await expect(formats.getByRole('checkbox', { checked: true })).toHaveCount(3);
  for (const format of ['PDF', 'DOCX', 'YAML'])
    await formats.getByRole('checkbox', { name: format, exact: true }).uncheck();
  await expect(formats).toContainText('Choisissez au moins un format.');
  await expect(exportButton).toBeDisabled();
  await formats.getByRole('checkbox', { name: 'HTML', exact: true }).check();
  await dialog.getByRole('textbox', { name: 'Fichier de destination' }).fill(`${webHost.workDir}/`);
  await expect(dialog).toContainText('Le chemin se termine par un dossier\u00a0: ajoutez un nom');
  await expect(exportButton).toBeDisabled();
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

  // The brand guide's gold is too pale for text on white (1.4:1): the exports print it darker,
  // at 4.6:1.
  const printed = '#8b7400';
  const accentText = branding.getByRole('textbox', { name: 'Couleur d’accent' });
  // Picked: the colour the picker closes on is the one kept.
  await branding.getByLabel('Choisir la couleur').fill('#336699');
  await expect(accentText).toHaveValue('#336699');
  // Typed: half a colour is said to be wrong once the field is left, and changes nothing.
  await accentText.fill('#FFD7');
  await accentText.blur();
  await expect(branding).toContainText('Six chiffres hexadécimaux après #');
  await expect(branding.getByLabel('Choisir la couleur')).toHaveValue('#336699');
  await accentText.fill('#FFD700');
  await accentText.blur();
  await expect(branding).not.toContainText('Six chiffres hexadécimaux');
  await expect(branding).toContainText('les exports l’assombrissent en #8b7400');
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
