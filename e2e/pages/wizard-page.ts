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

  /** A "list of contacts" question: adds a row and types the person's name. */
  async addContact(question: RegExp, name: string) {
    const group = this.page.getByRole('group', { name: question });
    await group.getByRole('button', { name: 'Ajouter un contact' }).click();
    const rows = group.getByRole('group', { name: /^Contact \d+$/ });
    await rows.last().getByRole('textbox', { name: 'Nom' }).fill(name);
  }

  async next() {
    await this.page.getByRole('button', { name: 'Suivant' }).click();
  }

  /** Goes through the remaining pages, keeping their answers, to the review of all answers. */
  async nextUntilReview() {
    const review = this.page.getByRole('heading', { level: 1, name: 'Vérifiez vos réponses' });
    while (!(await review.isVisible())) {
      const heading = await this.heading().textContent();
      await this.next();
      await expect(this.heading()).not.toHaveText(heading ?? '');
    }
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
