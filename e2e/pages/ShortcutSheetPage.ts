import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** The keyboard shortcut sheet, opened with "?" or from the header. */
export class ShortcutSheetPage {
  constructor(readonly page: Page) {}

  get sheet(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
  /** The header's Help menu, which lists the sheet and gets the focus back when it closes. */
  get helpButton(): Locator {
    return this.page.getByTestId(TID.helpButton);
  }
  row(id: string): Locator {
    return this.sheet.locator(`[data-shortcut="${id}"]`);
  }

  async openFromHelp() {
    await this.helpButton.click();
    await this.page.getByTestId(`${TID.helpButton}-menu`).getByRole('menuitem', { name: /^Keyboard shortcuts/ }).click();
    await expect(this.sheet).toBeVisible();
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
