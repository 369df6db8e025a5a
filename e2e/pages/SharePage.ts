import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** The "Share / Export" menu and what it opens, as a triage lead uses them. */
export class SharePage {
  constructor(readonly page: Page) {}

  get menuButton(): Locator {
    return this.page.getByTestId('share-menu');
  }
  get menu(): Locator {
    return this.page.getByTestId('share-menu-menu');
  }
  get linkDialog(): Locator {
    return this.page.getByTestId('share-link-dialog');
  }
  get odcsDialog(): Locator {
    return this.page.getByTestId('odcs-dialog');
  }
  notice(kind: string): Locator {
    return this.page.locator(`[data-testid="${TID.notice}"][data-kind="${kind}"]`);
  }

  async choose(item: string) {
    await this.menuButton.click();
    await expect(this.menu).toBeVisible();
    await this.page.getByTestId(`menu-${item}`).click();
  }

  /** Picks an item as a keyboard user would: open with ↓, walk with ↓, take it with Enter. */
  async chooseByKeyboard(item: string) {
    await this.menuButton.focus();
    await this.page.keyboard.press('ArrowDown');
    const target = this.page.getByTestId(`menu-${item}`);
    for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) await this.page.keyboard.press('ArrowDown');
    await expect(target).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  async shareLink(): Promise<string> {
    await this.choose('share-link');
    const url = this.linkDialog.getByTestId('share-link-url');
    await expect(url).toHaveValue(/#ws=1\./);
    return url.inputValue();
  }

  async download(item: string): Promise<Download> {
    const waiting = this.page.waitForEvent('download');
    await this.choose(item);
    return waiting;
  }

  async downloadText(item: string): Promise<{ name: string; text: string }> {
    const d = await this.download(item);
    const path = await d.path();
    const { readFile } = await import('node:fs/promises');
    return { name: d.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Opens a file through the menu's file picker. */
  async openFile(item: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.choose(item);
    await (await chooser).setFiles(file);
  }
}
