import { expect, type Page } from '@playwright/test';
import { HONEST_ANSWERS } from '../../src/domain/presets/honestAnswers';
import type { AppPage } from './AppPage';
import type { WalkthroughPage } from './WalkthroughPage';

export const SEAMS = ['generate-ingest', 'ingest-store', 'store-process', 'process-model', 'model-serve', 'orchestration'] as const;

/** A triage as a team runs it: the example incident, walked through with honest answers and accepted. */
export async function runTriage(app: AppPage, walk: WalkthroughPage, page: Page) {
  await app.open();
  await page.getByTestId('examples-button').click();
  await page.getByTestId('examples-menu').getByRole('button', { name: 'Walk through this incident: Ack before commit: a duplicate row' }).click();
  await walk.startQuestions();
  await walk.answerUntilVerdict(HONEST_ANSWERS['ack-before-commit'] ?? {});
  await walk.pressVerdictButton(/^Accept/);
  await expect(app.seam('ingest-store')).not.toHaveAttribute('data-verdict', 'unknown');
}

/** Every seam's verdict as the graph shows it, e.g. "ingest-store:broken". */
export function seamVerdicts(app: AppPage): Promise<string[]> {
  return Promise.all(SEAMS.map(async (s) => `${s}:${await app.seam(s).getAttribute('data-verdict')}`));
}
