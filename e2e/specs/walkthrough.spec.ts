import { HONEST_ANSWERS } from '../../src/domain/presets/honestAnswers';
import { expect, test } from '../fixtures';
import { tabTo } from '../pages/keyboard';
import { expectNoSeriousA11yViolations } from '../support/axe';

const SCENARIOS = [
  { id: 'ack-before-commit', title: 'Ack before commit: a duplicate row', seam: 'ingest-store' },
  { id: 'partition-mismatch', title: 'Partition key mismatch: $340 a run', seam: 'store-process' },
  { id: 'unwritten-freshness-sla', title: 'Freshness SLA never written', seam: 'model-serve' },
  { id: 'undeclared-dependency', title: 'Started before upstream finished', seam: 'orchestration' },
];

for (const s of SCENARIOS) {
  test(`keyboard only: playing "${s.title}" ends on ${s.seam}, reveals the answer and keeps it after reload`, async ({ app, walk, page }) => {
    await app.open();
    await tabTo(page, page.getByTestId('examples-button'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: `Walk through this incident: ${s.title}` }).first());
    await page.keyboard.press('Enter');

    await expect(walk.panel).toHaveAttribute('data-view', 'symptoms');
    await expect(walk.panel.locator('input[data-symptom]:checked')).not.toHaveCount(0);
    // The case file states facts, not the answer.
    await walk.panel.getByText('Case file: what you would find if you looked').click();
    await expect(page.getByTestId('case-file')).not.toContainText('never declared');
    await walk.startQuestions();
    const asked = await walk.answerUntilVerdict(HONEST_ANSWERS[s.id] ?? {});
    expect(asked.length).toBeGreaterThan(0);

    await expect(walk.verdict).toHaveAttribute('data-seam', s.seam);
    for (const part of ['Receiving side assumed', 'Actually got (what you reported)', 'How to confirm', 'Fix it now', 'Write this clause down', 'Runner-up']) {
      await expect(walk.verdict).toContainText(part);
    }
    await expect(walk.ranking).toBeVisible();
    await walk.pressVerdictButton(/^Accept/);

    await expect(walk.reveal).toHaveAttribute('data-right', 'true');
    await expect(walk.reveal).toContainText('What pointed there');
    await expectNoSeriousA11yViolations(page, `${s.id} reveal`);
    const verdict = (await walk.verdict.getAttribute('data-confidence')) === 'settled' ? 'broken' : 'suspect';
    await expect(app.seam(s.seam)).toHaveAttribute('data-verdict', verdict);

    await page.reload();
    await expect(app.seam(s.seam)).toHaveAttribute('data-verdict', verdict);
    await expect(page.getByTestId('overview-panel')).toContainText('accepted');
  });
}

test('a learner who picks the wrong seam is told so, with what pointed elsewhere', async ({ app, walk, page }) => {
  await app.open();
  await page.getByTestId('examples-button').click();
  await page.getByTestId('examples-menu').getByRole('button', { name: 'Walk through this incident: Freshness SLA never written' }).click();
  await walk.startQuestions();
  // Answer against the case file: every answer "no".
  const no = new Proxy({}, { get: () => 'no' }) as Record<string, 'no'>;
  await walk.answerUntilVerdict(no);
  await expect(walk.verdict).not.toHaveAttribute('data-seam', 'model-serve');
  await walk.pressVerdictButton(/^Accept/);
  await expect(walk.reveal).toHaveAttribute('data-right', 'false');
  await expect(walk.reveal).toContainText('the source says Model → Serve broke');
});
