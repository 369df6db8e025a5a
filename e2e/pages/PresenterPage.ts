import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../../src/testIds';
import { tabTo } from './keyboard';

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

  /** Opens the Examples menu and presents one example, by Tab and Enter. */
  async present(title: string) {
    await tabTo(this.page, this.page.getByTestId(TID.examplesButton));
    await this.page.keyboard.press('Enter');
    await tabTo(this.page, this.page.getByTestId(TID.examplesMenu).getByRole('button', { name: `Present this incident step by step: ${title}` }));
    await this.page.keyboard.press('Enter');
    await expect(this.view).toBeVisible();
    await expect(this.step).toBeFocused();
  }

  async press(key: 'ArrowRight' | 'ArrowLeft' | 'Space' | 'Home' | 'End' | 'Escape') {
    await this.page.keyboard.press(key);
  }
}
