import type { BrowserContext } from '@playwright/test';
import { AppPage } from './AppPage';

/** A second tab of the same browser, on the same saved workspaces; it keeps its console errors. */
export class OtherTab extends AppPage {
  readonly errors: string[] = [];

  static async open(context: BrowserContext): Promise<OtherTab> {
    const tab = new OtherTab(await context.newPage());
    tab.page.on('pageerror', (e) => tab.errors.push(e.message));
    tab.page.on('console', (m) => {
      if (m.type() === 'error') tab.errors.push(m.text());
    });
    await tab.open();
    return tab;
  }
}
