import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage } from './pages/editor-page';
import { reviewInLibreOffice } from './support/libreoffice-reviewer';
import { runCharter } from './support/run-charter';
import { expect, test } from './support/web-host-fixture';

test('the editor exports its comments to Word and imports a reviewer’s back', async ({
  page,
  webHost,
}) => {
  const charter = join(webHost.workDir, 'charte.charter');
  for (const args of [
    ['new', '--template', 'social-media', '--set', 'company.name=Dupré SA', '-o', charter],
    [
      ...['comment', charter, '--clause', 'scope.country', '--quote', 'en télétravail'],
      ...['--text', 'Et chez un client ?', '--author', 'Claire Martin', '--role', 'legal'],
    ],
  ])
    expect(runCharter(args, { cwd: webHost.workDir }).status).toBe(0);

  await page.goto(webHost.url);
  await page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
  const open = page.getByRole('dialog', { name: 'Ouvrir une charte' });
  await open.getByRole('textbox', { name: 'Chemin du fichier' }).fill(charter);
  await open.getByRole('button', { name: 'Ouvrir' }).click();
  const editor = new EditorPage(page);
  await expect(page.getByRole('button', { name: 'Commentaires (1)' })).toBeVisible();

  const docx = join(webHost.workDir, 'relecture.docx');
  const exportDialog = await editor.openExport();
  await exportDialog.export('DOCX', docx, { includeComments: true });
  await exportDialog.close();
  const markdown = execFileSync(
    'pandoc',
    ['-f', 'docx', '-t', 'gfm', '--track-changes=all', '--wrap', 'none', docx],
    {
      encoding: 'utf8',
    },
  );
  expect(markdown).toMatch(
    /author="Claire Martin"[^>]*>Et chez un client \?<\/span>en télétravail/,
  );

  mkdirSync(join(webHost.workDir, 'relu'));
  const reviewed = reviewInLibreOffice(
    docx,
    {
      passage: 'vos libertés',
      author: 'Maître Durand',
      date: '2026-05-04T09:30:00',
      text: 'Citer l’article en entier.',
    },
    join(webHost.workDir, 'relu'),
  );

  await page.getByRole('button', { name: 'Relecture' }).click();
  await page.getByRole('menuitem', { name: 'Importer les commentaires Word…' }).click();
  const choose = page.getByRole('dialog', {
    name: 'Importer les commentaires d’un document Word',
  });
  await choose.getByRole('textbox', { name: 'Chemin du fichier' }).fill(reviewed);
  await choose.getByRole('button', { name: 'Ouvrir' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Importer les commentaires Word' });
  await expect(importDialog).toContainText('Ce document contient 2 commentaires.');
  await importDialog
    .getByRole('combobox', { name: 'Rôle des relecteurs' })
    .selectOption({ label: 'Juridique' });
  await importDialog.getByRole('button', { name: 'Importer' }).click();
  await expect(importDialog).toContainText('Commentaires importés');
  await expect(importDialog).toContainText('1 nouveau commentaire');
  await expect(importDialog).toContainText('1 déjà dans la charte');
  await importDialog.getByRole('button', { name: 'Fermer' }).last().click();
  await expect(page.getByRole('button', { name: 'Commentaires (2)' })).toBeVisible();
  await expect(editor.status()).toHaveText('Modifications non enregistrées');

  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(editor.status()).toHaveText('Enregistrée');
  const saved = JSON.parse(readFileSync(charter, 'utf8'));
  expect(saved.comments).toHaveLength(2);
  expect(saved.comments[1]).toMatchObject({
    author: { name: 'Maître Durand', role: 'legal' },
    text: 'Citer l’article en entier.',
    anchor: { clauseId: 'intro.freedom', exact: 'vos libertés' },
  });
});
