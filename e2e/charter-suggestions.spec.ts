import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createAndEditCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

/** Selects a clause's opening words with the keyboard, as a keyboard user would. */
async function selectOpening(page: Page, clause: Locator, words: string) {
  await clause.click();
  await page.keyboard.press('ControlOrMeta+Home');
  // A string, evaluated in the page: these tests are typed for Node, without the DOM.
  const selected = () => page.evaluate<string>('String(document.getSelection())');
  while ((await selected()).length < words.length) await page.keyboard.press('Shift+ArrowRight');
  expect(await selected()).toBe(words);
}

test('a reviewer suggests new wording; the author accepts one and declines another with a reason', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  const intention = editor.clause('Notre intention');
  const stakes = editor.clause('Ce qui est en jeu');
  const stakesBefore = (await stakes.textContent()) ?? '';

  await selectOpening(page, intention, 'Les réseaux sociaux');
  await page.keyboard.press('ControlOrMeta+Alt+KeyM');
  let dialog = page.getByRole('dialog', { name: 'Commenter le passage' });
  await dialog.getByRole('checkbox', { name: /Proposer une nouvelle formulation/ }).check();
  const wording = dialog.getByRole('textbox', { name: 'Nouvelle formulation' });
  await expect(wording).toHaveValue('Les réseaux sociaux');
  await wording.fill('Les plateformes sociales');
  await dialog.getByRole('textbox', { name: 'Votre nom' }).fill('Luc Bernard');
  await dialog.getByRole('combobox', { name: 'Votre rôle' }).selectOption({ label: 'Juridique' });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  const panel = editor.commentsPanel();
  const thread = panel.getByRole('article', { name: 'Commentaire de Luc Bernard' });
  await expect(thread.getByRole('figure')).toContainText('Les réseaux sociaux');
  await expect(thread.locator('ins')).toHaveText('Les plateformes sociales');
  await thread.getByRole('button', { name: 'Accepter' }).click();
  await expect(intention).toContainText('Les plateformes sociales font partie du quotidien');

  await selectOpening(page, stakes, 'Une');
  await page.keyboard.press('ControlOrMeta+Alt+KeyM');
  dialog = page.getByRole('dialog', { name: 'Commenter le passage' });
  await dialog.getByRole('checkbox', { name: /Proposer une nouvelle formulation/ }).check();
  await dialog.getByRole('textbox', { name: 'Nouvelle formulation' }).fill('Chaque');
  await dialog.getByRole('textbox', { name: 'Pourquoi (facultatif)' }).fill('Plus concret.');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  const second = panel.getByRole('article', { name: 'Commentaire de Luc Bernard' }).filter({
    hasText: 'Plus concret.',
  });
  await second.getByRole('button', { name: 'Refuser…' }).click();
  await second
    .getByRole('textbox', { name: 'Raison du refus' })
    .fill('« Une » reste plus juste ici.');
  await second.getByRole('button', { name: 'Refuser la proposition' }).click();
  await expect(stakes).toHaveText(stakesBefore);

  await panel.getByRole('combobox', { name: 'État' }).selectOption({ label: 'Tous' });
  await expect(panel.getByText('Acceptée')).toBeVisible();
  await expect(panel.getByText('Refusée')).toBeVisible();

  const path = join(webHost.workDir, 'suggestions.charter');
  await editor.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(
    saved.comments.map((comment: { suggestion: { decision: { status: string } } }) => [
      comment.suggestion.decision.status,
    ]),
  ).toEqual([['accepted'], ['rejected']]);
  expect(saved.comments[1].replies[0].text).toBe('« Une » reste plus juste ici.');
  const accepted = saved.history.find(
    (event: { fact?: { type: string } }) => event.fact?.type === 'suggestion-accepted',
  );
  expect(accepted).toMatchObject({ kind: 'edited', actor: 'Luc Bernard' });
});
