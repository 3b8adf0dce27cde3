import { expect, type Page } from '@playwright/test';
import { choosePath } from './path-dialog';

/** The charter editor: outline, clauses, save and export. */
export class EditorPage {
  constructor(readonly page: Page) {}

  clause(title: string) {
    return this.page.getByRole('textbox', { name: `Texte de la clause « ${title} »` });
  }

  /** The « Pourquoi cette règle ? » disclosure under a restrictive clause. */
  rationale(title: string) {
    return this.page
      .getByRole('article', { name: title })
      .getByRole('group')
      .filter({ hasText: 'Pourquoi cette règle' });
  }

  status() {
    return this.page
      .getByRole('status')
      .filter({ hasText: /Enregistr|enregistr/ })
      .first();
  }

  async typeAtEndOf(title: string, text: string) {
    const clause = this.clause(title);
    await clause.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(this.status()).toHaveText('Enregistrée');
  }

  /** Save as in the browser host: the in-app path dialog. */
  async saveAs(path: string) {
    await this.page.getByRole('button', { name: 'Enregistrer sous…' }).click();
    await choosePath(this.page, 'Enregistrer la charte sous', path, 'Choisir');
    await expect(this.status()).toHaveText('Enregistrée');
  }

  async chooseInReviewMenu(item: 'Envoyer pour relecture…' | 'Importer des retours…') {
    await this.page.getByRole('button', { name: 'Relecture' }).click();
    await this.page
      .getByRole('menu', { name: 'Relecture' })
      .getByRole('menuitem', { name: item })
      .click();
  }

  async sendForReview(path: string) {
    await this.chooseInReviewMenu('Envoyer pour relecture…');
    await choosePath(this.page, 'Enregistrer la copie de relecture sous', path, 'Choisir');
  }

  async importFeedback(path: string) {
    await this.chooseInReviewMenu('Importer des retours…');
    await choosePath(this.page, 'Importer les retours d’une copie de relecture', path, 'Importer');
  }

  commentsPanel() {
    return this.page.getByRole('region', { name: 'Commentaires' });
  }

  /** Selects a clause's first paragraph and opens the comment dialog with the shortcut. */
  async commentOnFirstParagraph(title: string) {
    const paragraph = this.clause(title).locator('p').first();
    await paragraph.click({ clickCount: 3 });
    await this.page.keyboard.press('ControlOrMeta+Alt+KeyM');
    return this.page.getByRole('dialog', { name: 'Commenter le passage' });
  }

  async backToStart() {
    await this.page.getByRole('button', { name: 'Retour à l’accueil' }).click();
  }

  async openExport() {
    await this.page.getByRole('button', { name: 'Exporter…' }).click();
    return new ExportDialog(this.page);
  }
}

const EXPORT_FORMAT_NAMES = ['PDF', 'DOCX', 'HTML', 'Markdown', 'YAML'] as const;
type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

export class ExportDialog {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'Exporter la charte' });
  }

  /** The document the preview shows, once it shows what is chosen. */
  async settledPreview() {
    await expect(this.dialog().locator('[aria-busy="false"]:has(> iframe)')).toBeVisible();
    return this.dialog().frameLocator('iframe');
  }

  /** Chooses the one of « Texte à exporter » whose label (spaces made plain) matches. */
  async chooseText(text: RegExp) {
    const choice = this.dialog().getByRole('combobox', { name: 'Texte à exporter' });
    const label = (await choice.getByRole('option').allTextContents()).find((option) =>
      text.test(option.replace(/\s+/g, ' ')),
    );
    if (!label) throw new Error(`No text to export matches ${text}`);
    await choice.selectOption({ label });
  }

  /** Checks exactly the given formats, unchecking the others. */
  async chooseFormats(...formats: ExportFormatName[]) {
    const group = this.dialog().getByRole('group', { name: 'Formats' });
    // Check first: the last format checked cannot be unchecked.
    for (const format of formats)
      await group.getByRole('checkbox', { name: format, exact: true }).check();
    for (const format of EXPORT_FORMAT_NAMES.filter((name) => !formats.includes(name)))
      await group.getByRole('checkbox', { name: format, exact: true }).uncheck();
  }

  /**
   * Exports one format, or several named after `path`. The text is the label of one of
   * « Texte à exporter », the live text when not given.
   */
  async export(
    formats: ExportFormatName | readonly ExportFormatName[],
    path: string,
    {
      includeComments = false,
      text,
      changesSince,
    }: { includeComments?: boolean; text?: RegExp; changesSince?: boolean } = {},
  ) {
    const dialog = this.dialog();
    if (text) await this.chooseText(text);
    await this.chooseFormats(...(typeof formats === 'string' ? [formats] : formats));
    if (includeComments)
      await dialog.getByRole('checkbox', { name: 'Inclure les commentaires' }).check();
    if (changesSince)
      await dialog
        .getByRole('checkbox', { name: 'Ajouter les changements depuis une version' })
        .check();
    await dialog.getByRole('textbox', { name: 'Fichier de destination' }).fill(path);
    // Exact: a signed-off charter's dialog also has « Exporter le dossier de preuve… ».
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    await expect(dialog.getByText(/ (a|ont) été créés? \(/)).toBeVisible({ timeout: 60_000 });
  }

  /** The evidence pack of the chosen signed-off version, through the in-app path dialog. */
  async exportEvidencePack(version: number, path: string) {
    const section = this.dialog().getByRole('region', { name: 'Dossier de preuve' });
    await section.getByRole('button', { name: 'Exporter le dossier de preuve…' }).click();
    await choosePath(
      this.page,
      `Exporter le dossier de preuve de la version\u00a0${version} sous`,
      path,
      'Choisir',
    );
    await expect(section.getByText(/a été créé/)).toBeVisible({ timeout: 60_000 });
    return section;
  }

  async close() {
    await this.dialog().getByRole('button', { name: 'Fermer' }).first().click();
  }
}
