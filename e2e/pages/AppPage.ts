import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** The app as a user sees it: the graph, the side panel, the header menus. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
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
}
