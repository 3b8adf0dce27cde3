import { expect, type Page } from '@playwright/test';
import { choosePath } from './path-dialog';

/** The start screen: new charter from a template, open, recent files. */
export class StartPage {
  constructor(readonly page: Page) {}

  async startNewCharter(templateTitle: RegExp, language: 'Français' | 'English' = 'Français') {
    const panel = this.page.getByRole('region', { name: 'Nouvelle charte' });
    await panel.getByRole('radio', { name: templateTitle }).check();
    await panel
      .getByRole('group', { name: 'Langue de la charte' })
      .getByRole('radio', { name: language })
      .check();
    await panel.getByRole('button', { name: 'Commencer le questionnaire' }).click();
  }

  /** Open in the browser host: the in-app path dialog. */
  async openCharter(path: string) {
    await this.page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ouvrir une charte' });
    await dialog.getByRole('textbox', { name: 'Chemin du fichier' }).fill(path);
    await dialog.getByRole('button', { name: 'Ouvrir' }).click();
  }

  /** Unsaved work a crash left, offered back; absent when there is none. */
  recoveryPanel() {
    return this.page.getByRole('region', {
      name: 'Récupérer les modifications non enregistrées\u202f?',
    });
  }

  recentFile(name: RegExp) {
    return this.page.getByRole('list', { name: 'Fichiers récents' }).getByRole('button', { name });
  }

  async openFile(path: string) {
    await this.page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
    await choosePath(this.page, 'Ouvrir une charte', path, 'Ouvrir');
  }

  /** Who the user is for comments and review mode, kept in the settings. */
  async setIdentity(name: string, role: string) {
    await this.page.getByRole('button', { name: /Qui êtes-vous|·/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Changer d’identité' });
    await dialog.getByRole('textbox', { name: 'Votre nom' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Votre rôle' }).selectOption({ label: role });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(this.page.getByRole('button', { name: `${name} · ${role}` })).toBeVisible();
  }
}
