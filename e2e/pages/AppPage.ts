import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** The app as a user sees it: the graph, the side panel, the header menus. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(url = '/') {
    await this.page.goto(url);
    await expect(this.canvas).toBeVisible();
    await expect(this.seam('generate-ingest')).toBeVisible();
  }

  get canvas(): Locator {
    return this.page.getByTestId(TID.canvas);
  }
  get panel(): Locator {
    return this.page.getByTestId(TID.panel);
  }
  get seamPanel(): Locator {
    return this.page.getByTestId(TID.seamPanel);
  }
  get evidence(): Locator {
    return this.page.getByTestId(TID.evidence);
  }
  get clauses(): Locator {
    return this.seamPanel.getByTestId(TID.clause);
  }
  stage(stage: string): Locator {
    return this.page.getByTestId(TID.stage(stage));
  }
  seam(seam: string): Locator {
    return this.page.getByTestId(TID.seam(seam));
  }

  async openSeam(seam: string) {
    await this.seam(seam).click();
    await expect(this.seamPanel).toHaveAttribute('data-seam', seam);
  }

  /** Adds a blank clause to the seam open in the panel. */
  async addBlankClause() {
    await this.page.getByTestId('add-clause').click();
    await this.page.getByTestId('template-picker').getByRole('button', { name: /Blank clause/ }).click();
  }

  async loadPreset(title: string) {
    await this.page.getByTestId(TID.examplesButton).click();
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.page.getByTestId(TID.examplesMenu).getByRole('button', { name: new RegExp(`^${escaped}`) }).click();
  }

  async openWorkspaces(): Promise<Locator> {
    await this.page.getByTestId(TID.workspacesButton).click();
    const dialog = this.page.getByTestId(TID.workspacesDialog);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  workspaceRows(dialog: Locator): Locator {
    return dialog.getByTestId(TID.workspaceRow);
  }

  /** What the service worker has to say: "Ready to work offline", "A new version is ready". */
  offlineNotice(kind: 'offline-ready' | 'update-ready'): Locator {
    return this.page.getByRole('status').locator(`[data-testid="${TID.notice}"][data-kind="${kind}"]`);
  }

  /** Waits until the service worker is installed and serves this page. */
  async waitUntilServedOffline() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker claims open pages when it activates; a page that missed it is served after a reload.
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) await this.page.reload();
    await expect.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  }

  /** Opens the import dialog with `text` typed in, leaving the choice of where it goes to the story. */
  async openImportWith(text: string): Promise<Locator> {
    await this.page.getByTestId('import-button').click();
    const dialog = this.page.getByTestId('import-dialog');
    await dialog.getByLabel(/Pipeline description/).fill(text);
    return dialog;
  }

  async importText(text: string) {
    await this.page.getByTestId('import-button').click();
    const dialog = this.page.getByTestId('import-dialog');
    await dialog.getByLabel(/Pipeline description/).fill(text);
    await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
    await expect(dialog).toBeHidden();
  }
}
