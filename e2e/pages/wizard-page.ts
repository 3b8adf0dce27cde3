import { expect, type Page } from '@playwright/test';

/** The wizard: one page of questions at a time. */
export class WizardPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async fill(label: RegExp, value: string) {
    await this.page.getByLabel(label).fill(value);
  }

  async choose(group: RegExp, option: RegExp) {
    await this.page
      .getByRole('group', { name: group })
      .getByRole('radio', { name: option })
      .check();
  }

  async next() {
    await this.page.getByRole('button', { name: 'Suivant' }).click();
  }

  async generate() {
    await this.page.getByRole('button', { name: 'Générer la charte' }).click();
  }

  async expectStep(step: number) {
    await expect(
      this.page.getByRole('navigation', { name: 'Progression du questionnaire' }),
    ).toContainText(new RegExp(`Étape ${step} sur \\d+`));
  }
}
