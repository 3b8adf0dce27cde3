import { expect, type Page } from '@playwright/test';

type RoleLabel = 'RH' | 'Juridique' | 'IT' | 'Communication';

/** The sign-off panel of the editor: lifecycle, request, decisions, versions, journal. */
export class SignOffPanel {
  constructor(readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Validation', exact: true });
  }

  async open() {
    const entry = this.page.getByRole('button', { name: 'Validation', exact: true });
    if ((await entry.getAttribute('aria-expanded')) !== 'true') await entry.click();
    await expect(this.region()).toBeVisible();
  }

  /** The step the charter is at, as the stepper names it. */
  currentStep() {
    return this.region()
      .getByRole('list', { name: 'Étapes de la validation' })
      .locator('[aria-current="step"] .stepper__label');
  }

  roleCheckbox(role: RoleLabel) {
    return this.region()
      .getByRole('group', { name: 'Rôles qui doivent approuver' })
      .getByRole('checkbox', { name: role });
  }

  async requestSignOff() {
    await this.region().getByRole('button', { name: 'Demander la validation' }).click();
  }

  /** One role's decision on the pending request. */
  decision(role: RoleLabel) {
    return this.region()
      .getByRole('list', { name: 'Décisions' })
      .getByRole('article', { name: role, exact: true });
  }

  noLongerCounting() {
    return this.region().getByRole('region', { name: 'Décisions qui ne comptent plus' });
  }

  /** The full fingerprint of the pending request (or of the version `number`). */
  async fullFingerprint(number?: number) {
    const scope = number === undefined ? this.region() : this.version(number);
    return (await scope.getByTestId('fingerprint-full').first().textContent()) ?? '';
  }

  version(number: number) {
    return this.region()
      .getByRole('region', { name: 'Versions' })
      .getByRole('listitem', { name: `Version ${number}`, exact: true });
  }

  /** Changes who the user is from the panel's identity button. */
  async setIdentity(name: string, role: RoleLabel | 'Salarié·e') {
    await this.region()
      .getByRole('button', { name: /Qui êtes-vous|·/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Changer d’identité' });
    await dialog.getByRole('textbox', { name: 'Votre nom' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Votre rôle' }).selectOption({ label: role });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the approval dialog of the current user for version `number`. */
  async startDecision(decision: 'Approuver' | 'Refuser', number: number) {
    await this.region().getByRole('button', { name: decision, exact: true }).click();
    const verb = decision === 'Approuver' ? 'Approuver' : 'Refuser';
    return this.page.getByRole('dialog', { name: `${verb} la version ${number}` });
  }

  /** Approves as the current user, signing with the key of this computer (created if need be). */
  async approve(number: number, { sign }: { sign: boolean }) {
    const dialog = await this.startDecision('Approuver', number);
    const create = dialog.getByRole('button', { name: 'Créer ma clé de signature' });
    const signBox = dialog.getByRole('checkbox', { name: 'Signer avec ma clé' });
    await expect(create.or(signBox)).toBeVisible();
    if (sign && (await create.isVisible())) await create.click();
    if (sign) await expect(signBox).toBeChecked();
    else if (await signBox.isVisible()) await signBox.uncheck();
    await dialog.getByRole('button', { name: 'Approuver', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Rejects as the current user; a reason is required, and said to be when left out. */
  async reject(number: number, reason: string) {
    const dialog = await this.startDecision('Refuser', number);
    await dialog.getByRole('button', { name: 'Refuser', exact: true }).click();
    await expect(dialog.getByText('Indiquez pourquoi vous refusez')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Motif du refus' }).fill(reason);
    await dialog.getByRole('button', { name: 'Refuser', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async publish(number: number) {
    await this.region()
      .getByRole('button', { name: `Publier la version ${number}` })
      .click();
    const confirm = this.page.getByRole('alertdialog', {
      name: `Publier la version ${number}\u202f?`,
    });
    await confirm.getByRole('button', { name: 'Publier', exact: true }).click();
    await expect(confirm).toBeHidden();
  }

  nextReviewDate() {
    return this.region().getByRole('textbox', { name: 'Prochaine révision' });
  }

  async openJournal() {
    await this.region().getByRole('button', { name: 'Journal' }).click();
    return this.page.getByRole('dialog', { name: 'Journal de la charte' });
  }
}
