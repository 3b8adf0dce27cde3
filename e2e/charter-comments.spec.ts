import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './pages/start-page';
import { createAndEditCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

test('a reviewer comments on a passage, replies and resolves; the thread is saved with the charter', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  await editor.saveAs(join(webHost.workDir, 'brouillon.charter'));

  const clause = editor.clause('Notre intention');
  await clause.locator('p').first().click({ clickCount: 3 });
  const quote = (await clause.locator('p').first().innerText()).trim();
  await page.keyboard.press('ControlOrMeta+Alt+KeyM');

  const dialog = page.getByRole('dialog', { name: 'Commenter le passage' });
  await dialog.getByRole('textbox', { name: 'Votre nom' }).fill('Claire Martin');
  await dialog.getByRole('combobox', { name: 'Votre rôle' }).selectOption({ label: 'Juridique' });
  await expect(dialog.getByRole('checkbox', { name: 'Commenter anonymement' })).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Votre commentaire' }).fill('Préciser « pauses ».');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.status()).toHaveText('Modifications non enregistrées');

  const panel = page.getByRole('region', { name: 'Commentaires' });
  const thread = panel.getByRole('article', { name: 'Commentaire de Claire Martin' });
  await expect(thread).toContainText('Préciser « pauses ».');
  await expect(thread).toContainText('Juridique');
  await expect(thread.getByRole('button', { name: /Aller au passage commenté/ })).toContainText(
    quote.slice(0, 40),
  );
  // The passage is quoted the French way, its words held by no-break spaces.
  // Evaluated as a string: this file is compiled without the DOM's types.
  const quotes = await page.evaluate<string>(
    `getComputedStyle(document.querySelector('.comment-thread q')).quotes`,
  );
  expect(quotes).toMatch(/^"«\u00a0" "\u00a0»"/);
  await expect(page.getByRole('button', { name: 'Commentaires (1)' })).toBeVisible();

  await thread.getByRole('button', { name: 'Répondre' }).click();
  await thread.getByRole('textbox', { name: 'Votre réponse' }).fill('C’est fait.');
  await thread.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(thread.getByRole('list', { name: 'Réponses' })).toContainText('C’est fait.');

  await thread.getByRole('button', { name: 'Résoudre' }).click();
  await expect(panel.getByText('Aucun commentaire ne correspond à ces filtres.')).toBeVisible();
  await panel.getByRole('combobox', { name: 'État' }).selectOption({ label: 'Résolus' });
  await expect(thread.getByRole('button', { name: 'Rouvrir' })).toBeVisible();

  await thread.getByRole('button', { name: /Aller au passage commenté/ }).click();
  await expect(clause).toBeFocused();

  const path = join(webHost.workDir, 'charte-commentee.charter');
  await editor.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.comments).toHaveLength(1);
  expect(saved.comments[0]).toMatchObject({
    author: { name: 'Claire Martin', role: 'legal' },
    status: 'resolved',
    text: 'Préciser « pauses ».',
    replies: [{ text: 'C’est fait.' }],
  });
  expect(saved.comments[0].anchor.exact).toBe(quote.replace(/\s+/g, ' '));

  await editor.backToStart();
  await page.reload();
  await new StartPage(page).recentFile(/charte-commentee/).click();
  await page.getByRole('button', { name: 'Commentaires (1)' }).click();
  await panel.getByRole('combobox', { name: 'État' }).selectOption({ label: 'Tous' });
  const reopened = panel.getByRole('article', { name: 'Commentaire de Claire Martin' });
  await expect(reopened).toContainText('Résolu');
  await expect(reopened.getByRole('list', { name: 'Réponses' })).toContainText('C’est fait.');
  await expect(reopened.getByRole('button', { name: 'Rouvrir' })).toBeVisible();
});
