import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './pages/start-page';
import { ADDED, COMPANY, createAndEditCharter } from './support/charter-journey-steps';
import { libreOfficeText, pdfText, pythonYaml } from './support/readers';
import { expect, test } from './support/web-host-fixture';

test('HR creates a charter in the browser: wizard, edit, save, reopen, export', async ({
  page,
  webHost,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    // Playwright's own helper script is refused by the script-less preview frame: that refusal
    // is the sandbox working, not an error of the app.
    const sandboxRefusal = /^Blocked script execution in 'about:srcdoc'/.test(message.text());
    if (message.type() === 'error' && !sandboxRefusal) errors.push(message.text());
  });
  await page.goto(webHost.url);

  const editor = await createAndEditCharter(page);

  // The charter promises a reason for each rule that limits a freedom: one click away.
  const why = editor.rationale('Les demandes des médias');
  await expect(why).not.toHaveAttribute('open');
  await why.getByText('Pourquoi cette règle').click();
  await expect(why.getByText(/Une réponse improvisée peut être reprise/)).toBeVisible();

  const path = join(webHost.workDir, 'charte-dupre.charter');
  await editor.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.answers['company.name']).toBe(COMPANY);
  expect(JSON.stringify(saved.sections)).toContain(ADDED.trim());

  await editor.backToStart();
  await page.reload();
  await new StartPage(page).recentFile(/charte-dupre/).click();
  await expect(editor.clause('Notre intention')).toContainText(ADDED.trim());

  const exporter = await editor.openExport();
  // Read the preview's source rather than its frame: the frame is sandboxed without scripts,
  // so Playwright cannot (and must not be able to) inject its own.
  const preview = exporter.dialog().getByTitle('Aperçu de la charte');
  await expect(preview).toHaveAttribute('srcdoc', /Société Dupré &amp; Fils &lt;SA&gt;/);
  // Three formats at once, each named after the path typed.
  await exporter.export(['PDF', 'DOCX', 'YAML'], join(webHost.workDir, 'charte'));
  await expect(exporter.dialog().getByRole('status')).toContainText(
    '«\u00a0charte.pdf\u00a0», «\u00a0charte.docx\u00a0» et «\u00a0charte.yaml\u00a0» ont été créés',
  );
  await exporter.close();
  // The saved file records the three files in its audit trail, and stays saved.
  await expect(editor.status()).toHaveText('Enregistrée');
  const trail = (
    JSON.parse(readFileSync(path, 'utf8')) as { history: { fact: Record<string, string> }[] }
  ).history.flatMap(({ fact }) => (fact.type === 'exported' ? [fact.fileName] : []));
  expect(trail).toEqual(['charte.pdf', 'charte.docx', 'charte.yaml']);

  const yaml = pythonYaml(join(webHost.workDir, 'charte.yaml')) as { company: { name: string } };
  expect(yaml.company.name).toBe(COMPANY);
  expect(readFileSync(join(webHost.workDir, 'charte.yaml'), 'utf8')).toContain(ADDED.trim());
  expect(libreOfficeText(join(webHost.workDir, 'charte.docx'))).toContain(ADDED.trim());
  const printed = pdfText(join(webHost.workDir, 'charte.pdf')).replace(/\s+/g, ' ');
  expect(printed).toContain(ADDED.trim());
  expect(errors).toEqual([]);
});

test('a PDF export runs out of sight while the author keeps typing', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  const pdfPath = join(webHost.workDir, 'pendant.pdf');

  // The export is held at the host's door until the dialog is out of the way, whatever the
  // machine's speed; then it runs for real.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/export.write', async (route) => {
    await held;
    await route.continue();
  });

  const exporter = await editor.openExport();
  const dialog = exporter.dialog();
  await exporter.chooseFormats('PDF');
  await dialog.getByRole('textbox', { name: 'Fichier de destination' }).fill(pdfPath);
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await dialog.getByRole('button', { name: 'Continuer à travailler' }).click();
  await expect(dialog).toBeHidden();
  await editor.typeAtEndOf('Notre intention', ' Écrit pendant l’export.');
  // Leaving for the start screen shows the export first: it belongs to this charter.
  await editor.backToStart();
  await expect(dialog.getByText('Création du fichier PDF…')).toBeVisible();
  await dialog.getByRole('button', { name: 'Continuer à travailler' }).click();
  await expect(dialog).toBeHidden();
  release();

  const notice = page.getByRole('status').filter({ hasText: 'Export terminé' });
  await expect(notice).toContainText('«\u00a0pendant.pdf\u00a0» a été créé', { timeout: 60_000 });
  await expect(editor.clause('Notre intention')).toContainText('Écrit pendant l’export.');
  // The PDF holds the text as it was when the export was asked for.
  const text = pdfText(pdfPath).replace(/\s+/g, ' ');
  expect(text).toContain(ADDED.trim());
  expect(text).not.toContain('Écrit pendant l’export.');
});
