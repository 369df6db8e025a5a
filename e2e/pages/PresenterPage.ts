import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';

/** Presenter mode as a lead runs it on a call: from the Examples menu, then by keyboard only. */
export class PresenterPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId(TID.presenter);
  }
  get step(): Locator {
    return this.page.getByTestId(TID.presenterStep);
  }
  get progress(): Locator {
    return this.page.getByTestId('presenter-progress');
  }

  async present(title: string) {
    await this.page.getByTestId(TID.examplesButton).click();
    await this.page.getByTestId(TID.examplesMenu).getByRole('button', { name: `Present this incident step by step: ${title}` }).click();
    await expect(this.view).toBeVisible();
    await expect(this.step).toBeFocused();
  }

  async press(key: 'ArrowRight' | 'ArrowLeft' | 'Space' | 'Home' | 'End' | 'Escape') {
    await this.page.keyboard.press(key);
  }
}
