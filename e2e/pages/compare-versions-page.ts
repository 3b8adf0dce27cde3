import type { Locator, Page } from '@playwright/test';

/** The « Comparer les versions » view and its way in from the editor's title bar. */
export class CompareVersionsPage {
  constructor(readonly page: Page) {}

  entry(): Locator {
    return this.page.getByRole('button', { name: 'Comparer les versions' });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Comparer les versions' });
  }

  async open(): Promise<Locator> {
    await this.entry().click();
    return this.dialog();
  }

  picker(label: 'De' | 'À'): Locator {
    return this.dialog().getByRole('combobox', { name: label });
  }

  /** The card of a clause that differs, found by its number and title. */
  clause(name: string): Locator {
    return this.dialog()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name }) });
  }
}
