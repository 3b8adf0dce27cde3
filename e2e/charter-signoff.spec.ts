import type { Page, TestInfo } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { longDate } from '../src/dates/long-date';
import { SignOffPanel } from './pages/sign-off-panel';
import { StartPage } from './pages/start-page';
import { createAndEditCharter } from './support/charter-journey-steps';
import { choosePath } from './pages/path-dialog';
import { pythonCsv, pythonYaml } from './support/readers';
import { runCharter } from './support/run-charter';
import { expect, test } from './support/web-host-fixture';

/** The panel as the user sees it at this step, kept with the test's results. */
async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** A day `days` from today, where the browser is, as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const frenchDay = (iso: string) => longDate(new Date(`${iso}T00:00:00Z`), 'fr-FR');

interface ExportedYaml {
  version: { number: number; status: string; fingerprint: string; nextReviewDate?: string };
  approvals: {
    role: string;
    name: string;
    decision: string;
    publicKey?: string;
    signature?: string;
  }[];
}

test('HR, legal and IT sign off version 1 with their keys; an edit starts version 2', async ({
  page,
  webHost,
}, testInfo) => {
  const start = new StartPage(page);
  const path = join(webHost.workDir, 'charte.charter');
  await page.goto(webHost.url);
  await start.setIdentity('Claire Martin', 'RH');
  const editor = await createAndEditCharter(page);
  await editor.saveAs(path);

  const panel = new SignOffPanel(page);
  await panel.open();
  await expect(panel.currentStep()).toHaveText('Brouillon');
  for (const role of ['RH', 'Juridique', 'IT'] as const) {
    await expect(panel.roleCheckbox(role)).toBeChecked();
  }
  await expect(panel.roleCheckbox('Communication')).not.toBeChecked();
  await snap(page, testInfo, '1-draft');

  await panel.requestSignOff();
  await expect(panel.currentStep()).toHaveText('Validation demandée');
  await expect(panel.region()).toContainText('Version 1 en attente de validation');
  await expect(panel.region()).toContainText('par Claire Martin');
  await expect(panel.decision('IT')).toContainText('En attente');
  const fingerprint = await panel.fullFingerprint();
  expect(fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  await expect(panel.region().getByTestId('fingerprint-short')).toHaveText(
    fingerprint.slice(0, 'sha256:'.length + 12),
  );
  await snap(page, testInfo, '2-requested');

  // HR creates a key in the app and signs; the dialog says how the key is kept.
  const dialog = await panel.startDecision('Approuver', 1);
  await expect(dialog).toContainText(fingerprint);
  await expect(dialog).toContainText('Claire Martin · RH');
  await expect(dialog).toContainText('Vous n’avez pas encore de clé de signature');
  await expect(dialog).toContainText('lisible par vous seul');
  await snap(page, testInfo, '3-decision-no-key');
  await dialog.getByRole('button', { name: 'Créer ma clé de signature' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Signer avec ma clé' })).toBeChecked();
  await snap(page, testInfo, '4-decision-with-key');
  await dialog.getByRole('button', { name: 'Approuver', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.decision('RH')).toContainText('Approuvée');
  await expect(panel.decision('RH')).toContainText('Claire Martin');
  await expect(panel.decision('RH')).toContainText('Signée');
  // HR has approved: the panel says so and offers only a change of mind.
  await expect(panel.region()).toContainText('RH a approuvé ce texte (Claire Martin,');
  await expect(panel.region().getByRole('button', { name: 'Approuver', exact: true })).toHaveCount(
    0,
  );
  await expect(panel.region().getByRole('button', { name: 'Refuser', exact: true })).toBeVisible();

  await panel.setIdentity('Luc Bernard', 'Juridique');
  await panel.approve(1, { sign: true });
  await expect(panel.decision('Juridique')).toContainText('Luc Bernard');
  await snap(page, testInfo, '5-two-approvals');
  await panel.setIdentity('Inès Benali', 'IT');
  await panel.approve(1, { sign: true });

  await expect(panel.region().getByRole('status')).toContainText('Version 1 validée');
  await expect(panel.currentStep()).toHaveText('Validée (version 1)');
  await expect(panel.version(1)).toContainText('Validée');
  await expect(panel.version(1)).toContainText(
    'Approuvée par Claire Martin (RH), Luc Bernard (Juridique), Inès Benali (IT)',
  );
  expect(await panel.fullFingerprint(1)).toBe(fingerprint);
  await snap(page, testInfo, '6-signed-off');
  await page.keyboard.press('ControlOrMeta+KeyS');
  await expect(editor.status()).toHaveText('Enregistrée');

  // The YAML export of the signed-off charter carries the version and the three signatures.
  const yamlPath = join(webHost.workDir, 'charte.yaml');
  const exporter = await editor.openExport();
  await exporter.export('YAML', yamlPath);
  await exporter.close();
  const yaml = pythonYaml(yamlPath) as ExportedYaml;
  expect(yaml.version).toEqual({
    number: 1,
    status: 'signed-off',
    fingerprint,
    nextReviewDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
  });
  expect(yaml.approvals).toHaveLength(3);
  expect(yaml.approvals.map(({ role, name, decision }) => [role, name, decision])).toEqual([
    ['hr', 'Claire Martin', 'approved'],
    ['legal', 'Luc Bernard', 'approved'],
    ['it', 'Inès Benali', 'approved'],
  ]);
  for (const approval of yaml.approvals) {
    expect(approval.publicKey).toMatch(/^ed25519:/);
    expect(approval.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  }

  // Opening the signed-off charter again changes nothing: no edit, no new draft.
  const onDisk = readFileSync(path, 'utf8');
  await editor.backToStart();
  await start.recentFile(/work\/charte\.charter/).click();
  await panel.open();
  await expect(panel.currentStep()).toHaveText('Validée (version 1)');
  await expect(editor.status()).toHaveText('Enregistrée');
  await expect(page.getByText('Nouveau brouillon')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+KeyS');
  expect(JSON.parse(readFileSync(path, 'utf8')).meta.status).toBe('signed-off');
  expect(JSON.parse(readFileSync(path, 'utf8')).versions).toEqual(JSON.parse(onDisk).versions);

  await panel.setIdentity('Claire Martin', 'RH');
  await panel.publish(1);
  await expect(panel.currentStep()).toHaveText('Publiée');
  await expect(panel.version(1)).toContainText('Publiée le');
  await snap(page, testInfo, '7-published');

  // An edit of the published text starts version 2, which only HR is asked to approve.
  await editor.typeAtEndOf('Notre intention', ' Une phrase de plus.');
  await expect(page.getByRole('status').filter({ hasText: 'Nouveau brouillon' })).toContainText(
    'Nouvelle version en préparation à partir de la version 1.',
  );
  await expect(panel.currentStep()).toHaveText('Brouillon');
  await panel.roleCheckbox('Juridique').uncheck();
  await panel.roleCheckbox('IT').uncheck();
  await expect(panel.roleCheckbox('RH')).toBeDisabled();
  await snap(page, testInfo, '8-new-draft');
  await panel.requestSignOff();
  await expect(panel.region()).toContainText('Version 2 en attente de validation');
  await expect(page.getByText('Nouveau brouillon')).toHaveCount(0);
  await panel.approve(2, { sign: true });
  await expect(panel.currentStep()).toHaveText('Validée (version 2)');
  const second = await panel.fullFingerprint(2);
  expect(second).not.toBe(fingerprint);
  expect(await panel.fullFingerprint(1)).toBe(fingerprint);
  await expect(panel.version(2)).toContainText('Approuvée par Claire Martin (RH)');
  await snap(page, testInfo, '9-version-2');
  await page.keyboard.press('ControlOrMeta+KeyS');
  await expect(editor.status()).toHaveText('Enregistrée');

  const journal = await panel.openJournal();
  // The save names the clause edited; the export says which text left the app.
  const edits = journal.getByRole('listitem').filter({ hasText: 'Modification du texte' });
  await expect(edits.filter({ hasText: /Clauses modifiées\u00a0: [a-z.-]+\./ })).toHaveCount(1);
  await expect(
    edits.filter({ hasText: 'Nouveau brouillon à partir de la version\u00a01.' }),
  ).toHaveCount(1);
  await expect(journal).toContainText('YAML de la version\u00a01 (validée)\u00a0: charte.yaml.');
  const events = journal.getByRole('listitem');
  // Newest first: the save after version 2, then its sign-off.
  await expect(events.first()).toContainText('Modification du texte');
  await expect(events.nth(1)).toContainText('Version\u00a02 validée par');
  await expect(journal).toContainText('Approbation par Luc Bernard');
  await expect(journal).toContainText('Version publiée par Claire Martin');
  await expect(journal).toContainText('Validation demandée par Claire Martin');
  await snap(page, testInfo, '10-journal');

  // The journal exports as a spreadsheet, worded as the app shows it.
  await journal.getByRole('combobox', { name: 'Format du journal' }).selectOption('csv');
  await journal.getByRole('button', { name: 'Exporter le journal…' }).click();
  const csvPath = join(webHost.workDir, 'journal.csv');
  await choosePath(page, 'Exporter le journal sous', csvPath, 'Choisir');
  await expect(journal.getByText(/journal\.csv.*a été créé/)).toBeVisible();
  await snap(page, testInfo, '11-journal-exported');
  const rows = pythonCsv(csvPath);
  expect(rows[0]).toEqual(['Date UTC (ISO 8601)', 'Événement', 'Par', 'Détail']);
  expect(rows).toContainEqual([
    expect.any(String),
    'Version validée',
    '',
    `Version\u00a02 validée par Ressources humaines (${second}).`,
  ]);
  await journal.getByRole('button', { name: 'Fermer' }).click();

  // Version 1 still exports as signed; version 2's page lists what changed since version 1.
  const again = await editor.openExport();
  await again.export('YAML', join(webHost.workDir, 'again-v1.yaml'), { text: /^Version 1,/ });
  // Published since, and replaced by version 2 (no longer due for review): nothing else differs.
  expect(readFileSync(join(webHost.workDir, 'again-v1.yaml'), 'utf8')).toBe(
    readFileSync(yamlPath, 'utf8')
      .replace('status: signed-off', 'status: published')
      .replace(/^ {2}nextReviewDate: .*\n/m, ''),
  );
  await expect(again.dialog().getByRole('region', { name: 'Dossier de preuve' })).toContainText(
    'version 1',
  );
  const htmlPath = join(webHost.workDir, 'v2.html');
  await again.export('HTML', htmlPath, { text: /^Version 2,/, changesSince: true });
  await snap(page, testInfo, '9b-export-changes');
  await again.close();
  const html = readFileSync(htmlPath, 'utf8');
  expect(html).toContain('Modifications depuis la version 1');
  expect(html).toContain('Une phrase de plus.');
});

test('an edit after the request withdraws it: the decisions made, a refusal too, no longer count, and it says so', async ({
  page,
  webHost,
}, testInfo) => {
  const start = new StartPage(page);
  const path = join(webHost.workDir, 'charte.charter');
  await page.goto(webHost.url);
  await start.setIdentity('Claire Martin', 'RH');
  const editor = await createAndEditCharter(page);
  await editor.saveAs(path);
  const panel = new SignOffPanel(page);
  await panel.open();
  await panel.requestSignOff();
  await panel.approve(1, { sign: false });
  await expect(panel.decision('RH')).toContainText('Non signée');
  await panel.setIdentity('Luc Bernard', 'Juridique');
  await panel.reject(1, 'L’article 4 doit citer la CNIL.');
  await expect(panel.decision('Juridique')).toContainText('Refusée');
  await expect(panel.decision('Juridique')).toContainText('L’article 4 doit citer la CNIL.');
  await expect(panel.currentStep()).toHaveText('Validation demandée');

  await editor.typeAtEndOf('Notre intention', ' Modifié après la demande.');
  await expect(
    page.getByRole('status').filter({ hasText: 'Demande de validation retirée' }),
  ).toContainText(
    'Le texte a changé : la demande de validation est retirée et 2 décisions ne comptent plus. Redemandez la validation quand le texte est prêt.',
  );
  await expect(panel.currentStep()).toHaveText('Brouillon');
  const voided = panel.noLongerCounting();
  await expect(voided.getByRole('article')).toHaveCount(2);
  await expect(voided.getByRole('article', { name: 'RH' })).toContainText(
    'Approuvée · Ne compte plus',
  );
  await expect(voided.getByRole('article', { name: 'Juridique' })).toContainText(
    'Refusée · Ne compte plus',
  );
  await expect(voided.getByRole('article', { name: 'Juridique' })).toContainText('Luc Bernard');
  await snap(page, testInfo, 'withdrawn');

  await page.keyboard.press('ControlOrMeta+KeyS');
  await expect(editor.status()).toHaveText('Enregistrée');
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.meta.status).toBe('draft');
  expect(saved.signOff.request).toBeUndefined();
  expect(
    saved.approvals.map((approval: { invalidatedAt?: string }) => Boolean(approval.invalidatedAt)),
  ).toEqual([true, true]);

  // An employee sees where the sign-off stands, and can do nothing about it.
  await panel.setIdentity('Inès Benali', 'Salarié·e');
  await expect(panel.region()).toContainText('Vous consultez la validation');
  await expect(panel.region().getByRole('button', { name: 'Demander la validation' })).toHaveCount(
    0,
  );
  await expect(panel.nextReviewDate()).toHaveCount(0);
  await snap(page, testInfo, 'employee');
});

test('on opening, the app says when the charter’s review is due, or overdue', async ({
  page,
  webHost,
}) => {
  const start = new StartPage(page);
  const path = join(webHost.workDir, 'charte.charter');
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  const panel = new SignOffPanel(page);
  await panel.open();
  const soon = dayFromToday(10);
  await panel.nextReviewDate().fill(soon);
  await editor.saveAs(path);
  await editor.backToStart();
  await start.recentFile(/work\/charte\.charter/).click();
  await expect(page.getByRole('status').filter({ hasText: 'Révision à prévoir' })).toContainText(
    `La révision de la charte est prévue le ${frenchDay(soon)}.`,
  );

  await panel.open();
  const past = dayFromToday(-3);
  await panel.nextReviewDate().fill(past);
  await page.keyboard.press('ControlOrMeta+KeyS');
  await expect(editor.status()).toHaveText('Enregistrée');
  await editor.backToStart();
  await start.recentFile(/work\/charte\.charter/).click();
  await expect(page.getByRole('status').filter({ hasText: 'Révision en retard' })).toContainText(
    `La révision de la charte est en retard depuis le ${frenchDay(past)}.`,
  );
});

test('on opening, a file whose signed-off version was changed by hand says so, in French', async ({
  page,
  webHost,
}, testInfo) => {
  const cli = { cwd: webHost.workDir };
  runCharter(
    ['new', '--template', 'social-media', '--set', 'company.name=Dupré', '-o', 'c.charter'],
    cli,
  );
  runCharter(['request-signoff', 'c.charter'], cli);
  const approvers = [
    ['hr', 'Claire'],
    ['legal', 'Élodie'],
    ['it', 'Karim'],
  ] as const;
  for (const [role, name] of approvers) {
    expect(runCharter(['approve', 'c.charter', '--role', role, '--name', name], cli).status).toBe(
      0,
    );
  }
  const path = join(webHost.workDir, 'c.charter');
  const project = JSON.parse(readFileSync(path, 'utf8'));
  project.versions[0].content.title = 'Charte retouchée';
  writeFileSync(path, JSON.stringify(project));

  await page.goto(webHost.url);
  await new StartPage(page).openFile(path);
  const notice = page.getByRole('status').filter({
    hasText: 'Ce fichier ne correspond plus à ce qui a été validé',
  });
  await expect(notice).toContainText(
    'Version 1\u00a0: le texte a été modifié en dehors de Charter Studio.',
  );
  await expect(notice).toContainText('restaurez le fichier depuis sa copie .bak');
  await snap(page, testInfo, 'integrity-notice');
});
