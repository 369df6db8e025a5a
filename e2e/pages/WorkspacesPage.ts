import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** The workspace list: each row's name, verdict and seam strip; delete and undo by keyboard. */
export class WorkspacesPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId(TID.workspacesDialog);
  }
  get rows(): Locator {
    return this.dialog.getByTestId(TID.workspaceRow);
  }
  get undo(): Locator {
    return this.page.locator(`[data-testid="${TID.notice}"][data-kind="deleted"]`).getByRole('button', { name: 'Undo' });
  }
  row(name: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: typeof name === 'string' }) });
  }
  verdict(row: Locator): Locator {
    return row.getByTestId('workspace-verdict');
  }
  strip(row: Locator): Locator {
    return row.getByRole('img', { name: /^Seams:/ });
  }
  stripSeam(row: Locator, seam: string): Locator {
    return row.getByTestId('seam-strip').locator(`[data-seam="${seam}"]`);
  }

  async open() {
    await this.page.getByTestId(TID.workspacesButton).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Names in the order the list shows them. */
  names(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }

  async rename(from: string, to: string) {
    await this.dialog.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    await this.dialog.getByLabel('New name').fill(to);
    await this.page.keyboard.press('Enter');
    await expect(this.rows.filter({ hasText: to })).toHaveCount(1);
  }

  /** Asks to delete by keyboard, then keeps it: the focus goes back to the row's Delete button. */
  async keepByKeyboard(name: string) {
    const del = this.dialog.getByRole('button', { name: `Delete ${name}`, exact: true });
    await del.focus();
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Tab');
    await expect(this.dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(del).toBeFocused();
  }

  /** Deletes by keyboard: the Delete button, then the confirmation that takes the focus. */
  async deleteByKeyboard(name: string) {
    await this.dialog.getByRole('button', { name: `Delete ${name}`, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    const confirm = this.dialog.getByRole('group', { name: `Confirm deleting ${name}` }).getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.rows.filter({ hasText: name })).toHaveCount(0);
  }
}
