import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EditorPage } from './pages/editor-page';
import { choosePath } from './pages/path-dialog';
import { StartPage } from './pages/start-page';
import { createSavedCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

const CHANGED = 'La charte a été modifiée par un autre programme';
const MINE = ' Ma phrase, tapée dans l’éditeur.';

/** Another program rewrites the file: the same charter with a new title. */
function editOnDisk(path: string, title: string): string {
  const theirs = JSON.parse(readFileSync(path, 'utf8'));
  theirs.meta.title = title;
  const text = `${JSON.stringify(theirs, null, 2)}\n`;
  writeFileSync(path, text);
  return text;
}

test('a file changed on disk by another program is never overwritten without asking', async ({
  page,
  webHost,
}) => {
  const { editor, path } = await createSavedCharter(page, webHost);
  await editor.typeAtEndOf('Notre intention', MINE);

  const theirs = editOnDisk(path, 'Version du service juridique');
  const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
  const choice = page.getByRole('alertdialog', { name: CHANGED });

  // Cancel: nothing written, still unsaved.
  await save.click();
  await expect(choice).toContainText('«\u00a0charte.charter\u00a0» a changé sur le disque');
  await choice.getByRole('button', { name: 'Annuler' }).click();
  expect(readFileSync(path, 'utf8')).toBe(theirs);
  await expect(editor.status()).toHaveText('Modifications non enregistrées');

  // Save as: my version goes to another file, theirs stays.
  await save.click();
  await choice.getByRole('button', { name: 'Enregistrer ma version sous…' }).click();
  const mine = join(webHost.workDir, 'ma-version.charter');
  await choosePath(page, 'Enregistrer la charte sous', mine, 'Choisir');
  await expect(editor.status()).toHaveText('Enregistrée');
  expect(readFileSync(path, 'utf8')).toBe(theirs);
  expect(readFileSync(mine, 'utf8')).toContain(MINE.trim());
});

test('after a change on disk the user may replace it, or reload it once confirmed', async ({
  page,
  webHost,
}) => {
  const { editor, path } = await createSavedCharter(page, webHost);
  const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
  const choice = page.getByRole('alertdialog', { name: CHANGED });

  // Replace: my version wins, and the next save needs no question.
  await editor.typeAtEndOf('Notre intention', MINE);
  editOnDisk(path, 'Version du service juridique');
  await save.click();
  await choice.getByRole('button', { name: 'Remplacer par ma version' }).click();
  await expect(editor.status()).toHaveText('Enregistrée');
  expect(readFileSync(path, 'utf8')).toContain(MINE.trim());
  await editor.typeAtEndOf('Notre intention', ' Encore.');
  await editor.save();

  // Reload: confirmed, the file's version replaces mine.
  await editor.typeAtEndOf('Notre intention', ' Jamais enregistré.');
  const theirs = editOnDisk(path, 'Version du service juridique');
  await save.click();
  await choice.getByRole('button', { name: 'Recharger depuis le disque…' }).click();
  const confirm = page.getByRole('alertdialog', {
    name: 'Recharger et perdre vos modifications\u202f?',
  });
  await confirm.getByRole('button', { name: 'Recharger et perdre mes modifications' }).click();
  await expect(editor.clause('Notre intention')).not.toContainText('Jamais enregistré');
  await expect(editor.status()).toHaveText('Enregistrée');
  await expect(page.getByText('Version du service juridique').first()).toBeVisible();
  expect(readFileSync(path, 'utf8')).toBe(theirs);
});

test('opening a file open on another machine says who has it', async ({ page, webHost }) => {
  const { editor, path } = await createSavedCharter(page, webHost);
  await editor.backToStart();
  const other = {
    app: 'Charter Studio',
    host: `${hostname()}-poste-rh-02`,
    user: 'lea',
    pid: 4242,
    openedAt: '2026-11-21T09:30:00.000Z',
  };
  writeFileSync(join(webHost.workDir, '.charte.charter.lock'), JSON.stringify(other));
  await new StartPage(page).openFile(path);
  const notice = page.getByRole('status').filter({ hasText: 'déjà ouverte ailleurs' });
  await expect(notice).toContainText(`lea l’a ouverte sur ${other.host} (Charter Studio)`);
  await expect(new EditorPage(page).clause('Notre intention')).toBeVisible();
});
