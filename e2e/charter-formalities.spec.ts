import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page';
import { StartPage } from './pages/start-page';
import { WizardPage } from './pages/wizard-page';
import { COMPANY } from './support/charter-journey-steps';
import { pythonYaml } from './support/readers';
import { expect, test } from './support/web-host-fixture';

const LEGAL_PAGE = 'Cadre juridique et adoption';

/** The four formality dates, in legal order; the last one is a month's end. */
const DATES = [
  { label: /Date de l’avis du CSE/, iso: '2026-01-05', shown: 'Fait le 5 janvier 2026' },
  {
    label: /Date de transmission à l’inspection du travail/,
    iso: '2026-01-12',
    shown: 'Fait le 12 janvier 2026',
  },
  {
    label: /Date de dépôt au greffe du conseil de prud’hommes/,
    iso: '2026-01-20',
    shown: 'Fait le 20 janvier 2026',
  },
  {
    label: /Date de publicité auprès des salariés/,
    iso: '2026-01-31',
    shown: 'Fait le 31 janvier 2026',
  },
] as const;

function formalitiesPanel(page: Page) {
  return page.getByRole('region', { name: 'Formalités d’adoption' });
}

function formalitySteps(page: Page) {
  return formalitiesPanel(page)
    .getByRole('list', { name: 'Étapes, dans l’ordre légal' })
    .getByRole('listitem');
}

/** The company page and the pages with a required answer, up to the page titled `until`. */
async function answerUpTo(page: Page, wizard: WizardPage, headcount: string, until: string) {
  await new StartPage(page).startNewCharter(/réseaux sociaux/);
  await wizard.expectStep(1);
  await wizard.fill(/Nom de l’entreprise/, COMPANY);
  await wizard.fill(/Effectif/, headcount);
  // No formalities panel on a page that does not ask about them.
  await expect(formalitiesPanel(page)).toHaveCount(0);
  await wizard.next();
  await wizard.expectStep(2);
  await wizard.choose(/La charte prévoit-elle des sanctions disciplinaires/, /^Oui$/);
  await wizard.next();
  await wizard.expectStep(3);
  await wizard.addContact(/Contact pour les demandes des médias/, 'le service communication');
  while ((await wizard.heading().textContent()) !== until) {
    const heading = await wizard.heading().textContent();
    await wizard.next();
    await expect(wizard.heading()).not.toHaveText(heading ?? '');
  }
}

test('the wizard tracks the adoption formalities and the YAML export carries them', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  const wizard = new WizardPage(page);
  await answerUpTo(page, wizard, '120', LEGAL_PAGE);

  await wizard.choose(/Forme juridique de la charte/, /Annexe au règlement intérieur/);
  const panel = formalitiesPanel(page);
  await expect(panel.getByRole('heading', { name: 'Formalités d’adoption' })).toBeVisible();
  await expect(panel).toContainText('annexée au règlement intérieur');
  await expect(formalitySteps(page)).toHaveText([
    /^Avis du CSE\s*À faire$/,
    /^Envoi à l’inspection du travail\s*À faire$/,
    /^Dépôt au greffe du conseil de prud’hommes\s*À faire$/,
    /^Information des salariés \(publicité\)\s*À faire$/,
  ]);
  await expect(panel.getByRole('status')).toContainText('Date d’entrée en vigueur à calculer');

  // Live: each date typed ticks its step.
  for (const [index, date] of DATES.entries()) {
    await wizard.fill(date.label, date.iso);
    await expect(formalitySteps(page).nth(index)).toContainText(date.shown);
  }
  await expect(panel).toContainText('4 sur 4 accomplies');
  await expect(panel.getByRole('status')).toContainText(
    'Entrée en vigueur au plus tôt le 28 février 2026',
  );

  await wizard.nextUntilReview();
  await expect(formalitiesPanel(page)).toContainText(
    'Entrée en vigueur au plus tôt le 28 février 2026',
  );
  await wizard.generate();

  const editor = new EditorPage(page);
  await expect(editor.clause('Notre intention')).toContainText(COMPANY);
  await page.getByRole('button', { name: 'Vérifications', exact: true }).click();
  await expect(formalitiesPanel(page)).toContainText(
    'Entrée en vigueur au plus tôt le 28 février 2026',
  );

  const exporter = await editor.openExport();
  const yamlPath = join(webHost.workDir, 'charte.yaml');
  await exporter.export('YAML', yamlPath);
  await exporter.close();

  const yaml = pythonYaml(yamlPath) as { formalities: unknown };
  expect(yaml.formalities).toEqual({
    // A French charter gives the reason in French.
    reason: {
      code: 'route-reglement-interieur',
      message: expect.stringMatching(/^Annexée au règlement intérieur/),
    },
    steps: [
      { id: 'cse-opinion', date: '2026-01-05', done: true },
      { id: 'labour-inspectorate', date: '2026-01-12', done: true },
      { id: 'conseil-prud-hommes', date: '2026-01-20', done: true },
      { id: 'publicity', date: '2026-01-31', done: true },
    ],
    earliestEffectiveDate: '2026-02-28',
    // No date chosen: the charter takes effect on the earliest one.
    effectiveDate: '2026-02-28',
    missing: [],
    warnings: [],
  });
});

test('an optional clause left out on the review comes back through the editor', async ({
  page,
  webHost,
}) => {
  await page.goto(webHost.url);
  const wizard = new WizardPage(page);
  await answerUpTo(page, wizard, '120', LEGAL_PAGE);
  await wizard.nextUntilReview();

  const include = page.getByRole('checkbox', { name: /^Inclure «\s*En déplacement\s*»$/ });
  await expect(include).toBeChecked();
  await include.uncheck();
  await expect(include).not.toBeChecked();
  await wizard.generate();

  const editor = new EditorPage(page);
  await expect(editor.clause('Notre intention')).toContainText(COMPANY);
  await expect(editor.clause('En déplacement')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clauses facultatives…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clauses facultatives' });
  const again = dialog.getByRole('checkbox', { name: /^Inclure «\s*En déplacement\s*»$/ });
  await expect(again).not.toBeChecked();
  await again.check();
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.clause('En déplacement')).toBeVisible();
});
