import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { signOff } from '../src/diff/test-support/versioned-project';
import { loadProject, saveProject } from '../src/store/project-file';
import { CompareVersionsPage } from './pages/compare-versions-page';
import { EditorPage } from './pages/editor-page';
import { StartPage } from './pages/start-page';
import { runCharter } from './support/run-charter';
import { expect, test } from './support/web-host-fixture';

const CLAUSE = 'Une charte écrite avec vous';

/** A charter from the real template, as `charter new` writes it, in the test's work folder. */
function newCharter(folder: string, name: string): string {
  const run = runCharter(
    ['new', '--template', 'social-media', '--set', 'company.name=Acme', '-o', name],
    { cwd: folder },
  );
  expect(run.stderr).toBe('');
  return join(folder, name);
}

/** Selects the word after a clause's opening words with the keyboard, as a person would. */
async function selectWordAfter(page: Page, clause: Locator, opening: string, word: string) {
  await clause.click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let step = 0; step < opening.length; step += 1) await page.keyboard.press('ArrowRight');
  for (let step = 0; step < word.length; step += 1) await page.keyboard.press('Shift+ArrowRight');
  // A string, evaluated in the page: these tests are typed for Node, without the DOM.
  expect(await page.evaluate<string>('String(document.getSelection())')).toBe(word);
}

test('HR compares version 1 with the draft: the words changed are marked, and lead to the clause', async ({
  page,
  webHost,
}, testInfo) => {
  const path = newCharter(webHost.workDir, 'charte.charter');
  await saveProject(path, signOff(await loadProject(path), '2026-03-01T10:00:00.000Z'));

  await page.goto(webHost.url);
  await new StartPage(page).openCharter(path);
  const editor = new EditorPage(page);
  const clause = editor.clause(CLAUSE);
  await selectWordAfter(page, clause, 'Ce texte a été ', 'soumis');
  await page.keyboard.type('présenté');
  await expect(clause).toContainText('Ce texte a été présenté à tous les salariés');

  const compare = new CompareVersionsPage(page);
  const dialog = await compare.open();
  await expect(compare.picker('De')).toHaveValue('1');
  await expect(compare.picker('De').locator('option:checked')).toHaveText(
    'Version 1, validée le 1er mars 2026',
  );
  await expect(compare.picker('À').locator('option:checked')).toHaveText('Brouillon en cours');
  await expect(dialog.getByRole('status')).toHaveText(
    /^Clauses\u00a0: 1 modifiée, \d+ inchangées$/,
  );

  const card = compare.clause(`1.3 ${CLAUSE}`);
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(card).toContainText('Modifiée');
  await expect(card).toContainText('texte');
  await expect(card.locator('del')).toHaveText(['soumis']);
  await expect(card.locator('ins')).toHaveText(['présenté']);
  // Not colour alone: struck through and underlined, and said in words to screen readers.
  await expect(card.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(card.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expect(card.getByText('supprimé\u00a0:')).toHaveClass('visually-hidden');
  await expect(card.getByText('ajouté\u00a0:')).toHaveClass('visually-hidden');
  await page.screenshot({ path: testInfo.outputPath('compare-versions.png') });

  // Version 1 against itself: nothing to show.
  await compare.picker('À').selectOption({ label: 'Version 1, validée le 1er mars 2026' });
  await expect(dialog.getByRole('status')).toHaveText('Aucune différence entre ces deux textes.');
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  await compare.picker('À').selectOption({ label: 'Brouillon en cours' });

  await card.getByRole('button', { name: `1.3 ${CLAUSE}` }).click();
  await expect(dialog).toBeHidden();
  await expect(clause).toBeFocused();
  await expect(clause).toBeInViewport();
});

test('before version 1, the comparison says why it is not available', async ({ page, webHost }) => {
  const path = newCharter(webHost.workDir, 'brouillon.charter');
  await page.goto(webHost.url);
  await new StartPage(page).openCharter(path);
  const compare = new CompareVersionsPage(page);
  await expect(compare.entry()).toHaveAttribute('aria-disabled', 'true');
  await expect(compare.entry()).toHaveAttribute(
    'title',
    'Aucune version validée pour l’instant\u00a0: la comparaison sera possible après la première validation.',
  );
  await expect(compare.entry()).toBeDisabled();
  // Still reachable by keyboard, so that its reason can be read; it opens nothing.
  await compare.entry().focus();
  await expect(compare.entry()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(compare.dialog()).toBeHidden();
});
