import { expect, type Page } from '@playwright/test';

/** The in-app path dialog of the browser host, where a desktop app shows its native one. */
export async function choosePath(page: Page, title: string, path: string, confirm: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('textbox', { name: 'Chemin du fichier' }).fill(path);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}
