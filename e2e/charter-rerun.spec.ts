import { WizardPage } from './pages/wizard-page';
import { ADDED, createAndEditCharter } from './support/charter-journey-steps';
import { expect, test } from './support/web-host-fixture';

const RENAMED = 'Dupré Industries';

test('HR re-runs the wizard: untouched clauses follow the answers, hand edits are asked about', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  const editor = await createAndEditCharter(page);

  await page.getByRole('button', { name: 'Modifier les réponses' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérifiez vos réponses' }),
  ).toBeVisible();
  await page
    .getByRole('button', { name: /^Modifier « .*entreprise.* »$/ })
    .first()
    .click();
  const wizard = new WizardPage(page);
  await wizard.fill(/Nom de l’entreprise/, RENAMED);
  await page.getByRole('button', { name: 'Revenir au récapitulatif' }).click();
  await page.getByRole('button', { name: 'Régénérer la charte' }).click();

  // "Notre intention" was edited by hand and names the company: the author chooses.
  const conflicts = page.getByRole('dialog', {
    name: 'Des clauses modifiées à la main ont un nouveau texte',
  });
  await expect(conflicts).toBeVisible();
  await conflicts
    .getByRole('group', { name: 'Clause « Notre intention »' })
    .getByRole('radio', { name: 'Garder mon texte' })
    .check();
  await conflicts.getByRole('button', { name: 'Appliquer' }).click();

  await expect(editor.clause('Notre intention')).toContainText(ADDED.trim());
  const untouched = page
    .getByRole('textbox', { name: /^Texte de la clause/ })
    .filter({ hasText: RENAMED });
  await expect(untouched.first()).toBeVisible();
  await expect(editor.status()).toHaveText('Pas encore enregistrée');
});

test('the checks panel lists findings and takes the author to the clause', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  await createAndEditCharter(page);
  await page.getByRole('button', { name: 'Vérifications' }).click();
  const panel = page
    .getByRole('complementary')
    .filter({ has: page.getByRole('button', { name: 'Relancer les vérifications' }) });
  await expect(panel).toBeVisible();
  const findings = panel.getByRole('listitem');
  // The journey names a media contact without e-mail or phone, and no reporting channel.
  await expect(
    findings.filter({ hasText: /le service communication n’a ni e-mail ni téléphone/ }),
  ).toBeVisible();
  await findings.getByRole('button', { name: /canal de signalement/ }).click();
  await expect(
    page.getByRole('textbox', { name: /^Texte de la clause/ }).and(page.locator(':focus')),
  ).toHaveCount(1);
});
