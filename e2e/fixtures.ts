import { test as base } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { TimelinePage } from './pages/TimelinePage';
import { WalkthroughPage } from './pages/WalkthroughPage';
import { QuizPage } from './pages/QuizPage';
import { PresenterPage } from './pages/PresenterPage';
import { LearnPage } from './pages/LearnPage';
import { skipTour } from './support/tour';
import { ShortcutSheetPage } from './pages/ShortcutSheetPage';
import { WorkspacesPage } from './pages/WorkspacesPage';

/**
 * Every spec gets a fresh browser context (empty storage) and fails on any console error. The
 * first-visit tour is marked seen unless a story asks for a first visit with `test.use({ firstVisit: true })`.
 */
export const test = base.extend<{ app: AppPage; walk: WalkthroughPage; quiz: QuizPage; presenter: PresenterPage; timeline: TimelinePage; learn: LearnPage; workspaces: WorkspacesPage; shortcuts: ShortcutSheetPage; firstVisit: boolean }>({
  firstVisit: [false, { option: true }],
  context: async ({ context, firstVisit }, use) => {
    if (!firstVisit) await skipTour(context);
    await use(context);
  },
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
  quiz: async ({ page }, use) => {
    await use(new QuizPage(page));
  },
  presenter: async ({ page }, use) => {
    await use(new PresenterPage(page));
  },
  timeline: async ({ page }, use) => {
    await use(new TimelinePage(page));
  },
  learn: async ({ page }, use) => {
    await use(new LearnPage(page));
  },
  workspaces: async ({ page }, use) => {
    await use(new WorkspacesPage(page));
  },
  shortcuts: async ({ page }, use) => {
    await use(new ShortcutSheetPage(page));
  },
});

export { expect } from '@playwright/test';
