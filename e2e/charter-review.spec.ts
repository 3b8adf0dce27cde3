import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage } from './pages/editor-page';
import { StartPage } from './pages/start-page';
import { createAndEditCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

test('an employee comments on a review copy; HR imports it, answers and resolves, once', async ({
  page,
  webHost,
}) => {
  const start = new StartPage(page);
  const draftPath = join(webHost.workDir, 'charte.charter');
  const copyPath = join(webHost.workDir, 'charte - relecture.charter');

  // HR writes the charter and sends a copy out.
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  await editor.saveAs(draftPath);
  await editor.sendForReview(copyPath);
  await expect(
    page.getByRole('status').filter({ hasText: 'Copie de relecture créée' }),
  ).toBeVisible();
  // Sent to a reviewer, the draft is now in review: a change to save like any other.
  await expect(editor.status()).toHaveText('Modifications non enregistrées');
  await editor.save();
  await editor.backToStart();

  // The employee opens the copy: read-only, but open to comments.
  await start.setIdentity('Inès Benali', 'Salarié·e');
  await start.openFile(copyPath);
  const review = new EditorPage(page);
  await expect(page.getByRole('region', { name: 'Mode relecture' })).toContainText(
    'Vous relisez une copie',
  );
  await expect(page.getByRole('button', { name: 'Modifier les réponses' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Relecture' })).toHaveCount(0);
  const intention = review.clause('Notre intention');
  await expect(intention).toHaveAttribute('aria-readonly', 'true');
  const before = (await intention.textContent()) ?? '';
  await review.typeAtEndOf('Notre intention', ' Texte ajouté par erreur.');
  await page.keyboard.press('Backspace');
  await expect(intention).toHaveText(before);
  await expect(review.status()).toHaveText('Enregistrée');

  const dialog = await review.commentOnFirstParagraph('Notre intention');
  await dialog.getByRole('checkbox', { name: 'Commenter anonymement' }).check();
  await dialog.getByRole('textbox', { name: 'Votre commentaire' }).fill('Un exemple aiderait.');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  const anonymous = review.commentsPanel().getByRole('article', { name: 'Commentaire de Anonyme' });
  await expect(anonymous).toContainText('Un exemple aiderait.');
  await expect(anonymous.getByRole('button', { name: 'Résoudre' })).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+KeyS');
  await expect(review.status()).toHaveText('Enregistrée');
  const copy = JSON.parse(readFileSync(copyPath, 'utf8'));
  expect(copy.comments).toMatchObject([{ anonymous: true, author: { role: 'employee' } }]);
  expect(JSON.stringify(copy)).not.toContain('Inès');
  await review.backToStart();

  // HR brings the feedback home, answers and resolves.
  await start.setIdentity('Claire Martin', 'RH');
  await start.recentFile(/work\/charte\.charter/).click();
  await expect(page.getByRole('button', { name: 'Modifier les réponses' })).toBeVisible();
  await editor.importFeedback(copyPath);
  await expect(page.getByRole('status').filter({ hasText: 'Retours importés' })).toContainText(
    '1 nouveau commentaire',
  );
  // The passage is highlighted in the text; clicking it brings its thread forward.
  const intentionText = editor.clause('Notre intention');
  const highlight = intentionText.locator('[data-comment-id]');
  const firstParagraph = (await intentionText.locator('p').first().textContent()) ?? '';
  await expect.poll(async () => (await highlight.allTextContents()).join('')).toBe(firstParagraph);
  await highlight.first().click();
  const thread = editor.commentsPanel().getByRole('article', { name: 'Commentaire de Anonyme' });
  await expect(thread).toHaveClass(/comment-thread--active/);
  // Reading on, the thread keeps level with its passage.
  await page.locator('.editor__scroller').evaluate((text) => text.scrollBy(0, 60));
  const top = async (element: Locator) => (await element.boundingBox())?.y ?? Number.NaN;
  await expect
    .poll(async () => Math.abs((await top(thread)) - (await top(highlight.first()))))
    .toBeLessThan(2);
  await thread.getByRole('button', { name: 'Répondre' }).click();
  await thread.getByRole('textbox', { name: 'Votre réponse' }).fill('Ajouté à l’article 1.');
  await thread.getByRole('button', { name: 'Enregistrer' }).click();
  await thread.getByRole('button', { name: 'Résoudre' }).click();

  await editor.importFeedback(copyPath);
  await expect(page.getByRole('status').filter({ hasText: 'Retours importés' })).toContainText(
    'Rien de nouveau',
  );
  await page.keyboard.press('ControlOrMeta+KeyS');
  await expect(editor.status()).toHaveText('Enregistrée');
  const saved = JSON.parse(readFileSync(draftPath, 'utf8'));
  expect(saved.comments).toMatchObject([
    {
      anonymous: true,
      status: 'resolved',
      text: 'Un exemple aiderait.',
      replies: [{ author: { name: 'Claire Martin', role: 'hr' }, text: 'Ajouté à l’article 1.' }],
    },
  ]);
  expect(saved.history.map((event: { kind: string }) => event.kind)).toContain('imported');
});
