import { test as base } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ShortcutSheetPage } from './pages/ShortcutSheetPage';
import { WalkthroughPage } from './pages/WalkthroughPage';
import { WorkspacesPage } from './pages/WorkspacesPage';

/** Every spec gets a fresh browser context (empty storage) and fails on any console error. */
export const test = base.extend<{ app: AppPage; walk: WalkthroughPage; workspaces: WorkspacesPage; shortcuts: ShortcutSheetPage }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(new AppPage(page));
    if (errors.length) throw new Error(`Console errors:\n${errors.join('\n')}`);
  },
  walk: async ({ page }, use) => {
    await use(new WalkthroughPage(page));
  },
  workspaces: async ({ page }, use) => {
    await use(new WorkspacesPage(page));
  },
  shortcuts: async ({ page }, use) => {
    await use(new ShortcutSheetPage(page));
  },
});

export { expect } from '@playwright/test';
