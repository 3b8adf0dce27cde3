import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page';
import { StartPage } from './pages/start-page';
import { ADDED, createAndEditCharter, createSavedCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

const RECOVER = 'Récupérer les modifications non enregistrées\u202f?';
const LOST = ' Phrase qui aurait été perdue.';
const KEPT = ' Phrase sauvée par la sauvegarde automatique.';
const KEPT_FIRST = ' Une première phrase.';
/** Longer than the promised second between the last keystroke and its backup. */
const BACKUP_PROMISE_MS = 1500;

const backups = (dataDir: string) => {
  try {
    return readdirSync(join(dataDir, 'recovery')).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
};

async function typeThenCrash(page: Page, text: string, crash: () => Promise<string>) {
  await new EditorPage(page).typeAtEndOf('Notre intention', text);
  // The time the promise allows, and not a millisecond spent checking for the backup.
  await page.waitForTimeout(BACKUP_PROMISE_MS);
  await page.goto(await crash());
}

test('work typed a second before the web host is killed is offered back, restored or discarded', async ({
  page,
  webHost,
}) => {
  const { editor, path } = await createSavedCharter(page, webHost);
  const saved = readFileSync(path, 'utf8');
  const start = new StartPage(page);
  const offer = page.getByRole('alertdialog', { name: RECOVER });

  // First crash: the user discards what was recovered and finds the file as saved.
  await typeThenCrash(page, LOST, () => webHost.restart('SIGKILL'));
  await expect(start.recoveryPanel()).toContainText('charte.charter');
  await start.openFile(path);
  await expect(offer).toContainText(
    /«\u00a0charte\.charter\u00a0».*sauvegardées automatiquement le \d/,
  );
  await offer.getByRole('button', { name: 'Abandonner' }).click();
  await expect(editor.clause('Notre intention')).not.toContainText(LOST.trim());
  await expect(editor.status()).toHaveText('Enregistrée');
  await expect.poll(() => backups(webHost.dataDir)).toEqual([]);

  // Second crash, after two backups: each sent only what changed, the first since the file as
  // the host opened it.
  const changesSent: string[] = [];
  const wholeSent: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (!request.url().endsWith('/api/recovery.save')) return;
    (body.includes('"changes":') ? changesSent : wholeSent).push(body);
  });
  await editor.typeAtEndOf('Notre intention', KEPT_FIRST);
  await page.waitForTimeout(BACKUP_PROMISE_MS);
  await typeThenCrash(page, KEPT, () => webHost.restart('SIGKILL'));
  expect(changesSent.some((body) => body.includes(KEPT.trim()))).toBe(true);
  expect(wholeSent).toEqual([]);
  // A backup of one edit is a fraction of the charter it is part of.
  expect(Math.max(...changesSent.map((body) => body.length))).toBeLessThan(saved.length / 2);
  await start.openFile(path);
  await offer.getByRole('button', { name: 'Restaurer' }).click();
  await expect(editor.clause('Notre intention')).toContainText(KEPT_FIRST.trim() + KEPT);
  await expect(editor.status()).toHaveText('Modifications non enregistrées');
  // The killed host's lock is stale: no warning that the file is open elsewhere.
  await expect(page.getByText('Cette charte est déjà ouverte ailleurs')).toHaveCount(0);
  // The backup was never beside the user's file, and the file was never touched by it.
  expect(readFileSync(path, 'utf8')).toBe(saved);
  expect(readdirSync(webHost.workDir).filter((name) => !name.startsWith('.'))).toEqual([
    'charte.charter',
  ]);

  // Another program changes the file after the crash: saving the restored work still asks.
  writeFileSync(path, saved.replace('"title": "', '"title": "Autre version — '));
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const changed = page.getByRole('alertdialog', {
    name: 'La charte a été modifiée par un autre programme',
  });
  await changed.getByRole('button', { name: 'Remplacer par ma version' }).click();
  await expect(editor.status()).toHaveText('Enregistrée');
  expect(readFileSync(path, 'utf8')).toContain(KEPT.trim());
  await expect.poll(() => backups(webHost.dataDir)).toEqual([]);
});

test('a charter never saved comes back from the start screen after a crash', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  await createAndEditCharter(page);
  await typeThenCrash(page, KEPT, () => webHost.restart('SIGKILL'));
  const panel = new StartPage(page).recoveryPanel();
  await expect(panel).toContainText('Jamais enregistrée');
  // The backup is the only copy of that work: a stray click on « Abandonner » only asks.
  await panel.getByRole('button', { name: 'Abandonner' }).click();
  await page
    .getByRole('alertdialog', { name: 'Abandonner ces modifications\u202f?' })
    .getByRole('button', { name: 'Annuler', exact: true })
    .click();
  expect(backups(webHost.dataDir)).toHaveLength(1);
  await panel.getByRole('button', { name: 'Restaurer' }).click();
  const editor = new EditorPage(page);
  await expect(editor.clause('Notre intention')).toContainText(KEPT.trim());
  await expect(editor.status()).toHaveText('Pas encore enregistrée');
});

test('a tab that outlived its web host says its work is no longer backed up', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  await page.waitForTimeout(BACKUP_PROMISE_MS);
  // The host dies under the open tab; a new one starts, which this tab cannot reach.
  const newHost = await webHost.restart('SIGKILL');
  await editor.typeAtEndOf('Notre intention', LOST);
  const warning = page.getByRole('alert').filter({ hasText: 'Sauvegarde automatique impossible' });
  await expect(warning).toContainText('ne sont que dans cette fenêtre');
  await expect(warning).toContainText('Le service local ne répond pas');

  // What was backed up before the kill is offered by the new host.
  await page.goto(newHost);
  await new StartPage(page).recoveryPanel().getByRole('button', { name: 'Restaurer' }).click();
  await expect(editor.clause('Notre intention')).toContainText(ADDED.trim());
  await expect(editor.clause('Notre intention')).not.toContainText(LOST.trim());
});
