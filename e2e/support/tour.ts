import type { BrowserContext } from '@playwright/test';
import { TOUR_SEEN_KEY } from '../../src/store/tourStorage';

/** Marks the first-visit tour as seen in every page of this context, so a story starts on the app itself. */
export async function skipTour(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => window.localStorage.setItem(key, '1'), TOUR_SEEN_KEY);
}
