import { expect, type Page } from '@playwright/test';

/** The comments panel and the feedback dashboard opened from it. */
export class FeedbackPage {
  constructor(readonly page: Page) {}

  commentsPanel() {
    return this.page.getByRole('region', { name: 'Commentaires' });
  }

  dashboard() {
    return this.page.getByRole('dialog', { name: 'Retours sur la charte' });
  }

  async open() {
    await this.commentsPanel().getByRole('button', { name: 'Retours' }).click();
    await expect(this.dashboard()).toBeVisible();
  }

  /** The figure shown under a label of the totals. */
  total(label: string) {
    return this.dashboard()
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** A bar, by the numbers it says: "2. À qui… — ouverts : 2, résolus : 0". */
  bar(chart: 'Commentaires par section' | 'Commentaires par rôle', name: string | RegExp) {
    return this.dashboard().getByRole('figure', { name: chart }).getByRole('button', { name });
  }

  /** Exports the summary in the browser host, through the in-app path dialog. */
  async exportSummary(format: 'Markdown (.md)' | 'YAML (.yaml)', path: string) {
    const dashboard = this.dashboard();
    await dashboard.getByRole('combobox', { name: 'Format du résumé' }).selectOption({
      label: format,
    });
    await dashboard.getByRole('button', { name: 'Exporter le résumé…' }).click();
    const chooser = this.page.getByRole('dialog', { name: 'Exporter le résumé sous' });
    await chooser.getByRole('textbox', { name: 'Chemin du fichier' }).fill(path);
    await chooser.getByRole('button', { name: 'Choisir' }).click();
    await expect(dashboard.getByText(/a été créé/)).toBeVisible();
  }
}
