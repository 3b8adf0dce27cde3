import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { EditorPage } from '../pages/editor-page';
import { StartPage } from '../pages/start-page';
import { WizardPage } from '../pages/wizard-page';

export const COMPANY = 'Société Dupré & Fils <SA>';
export const ADDED = ' Nous relisons cette charte chaque année avec vous.';

/** Start → wizard → generated charter → one edit: the part of the journey every host shares. */
export async function createAndEditCharter(page: Page): Promise<EditorPage> {
  await new StartPage(page).startNewCharter(/réseaux sociaux/);

  const wizard = new WizardPage(page);
  await wizard.expectStep(1);
  await wizard.next();
  await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
  await wizard.fill(/Nom de l’entreprise/, COMPANY);
  await wizard.fill(/Effectif/, '120');
  await wizard.next();
  await wizard.expectStep(2);
  await wizard.choose(/Usage personnel/, /pendant les pauses/);
  await wizard.next();
  await wizard.expectStep(3);
  await wizard.addContact(/Contact pour les demandes des médias/, 'le service communication');
  await wizard.nextUntilReview();
  await wizard.generate();

  const editor = new EditorPage(page);
  await expect(editor.clause('Notre intention')).toContainText(COMPANY);
  await editor.typeAtEndOf('Notre intention', ADDED);
  await expect(editor.status()).toHaveText('Pas encore enregistrée');
  return editor;
}

/** The journey to a first save: the charter created, edited and saved as `work/charte.charter`. */
export async function createSavedCharter(
  page: Page,
  webHost: { url: string; workDir: string },
): Promise<{ editor: EditorPage; path: string }> {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);
  const path = join(webHost.workDir, 'charte.charter');
  await editor.saveAs(path);
  return { editor, path };
}
