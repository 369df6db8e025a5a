import { expect, type Locator, type Page } from '@playwright/test';

/** The keyboard shortcut sheet, opened with "?" or from the header. */
export class ShortcutSheetPage {
  constructor(readonly page: Page) {}

  get sheet(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
  get button(): Locator {
    return this.page.getByRole('button', { name: 'Keyboard shortcuts' });
  }
  row(id: string): Locator {
    return this.sheet.locator(`[data-shortcut="${id}"]`);
  }

  async openWithKey() {
    await this.page.keyboard.press('?');
    await expect(this.sheet).toBeVisible();
  }

  async close() {
    await this.page.keyboard.press('Escape');
    await expect(this.sheet).toBeHidden();
  }
}
