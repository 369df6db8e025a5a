import { HONEST_ANSWERS } from '../../src/domain/presets/honestAnswers';
import { expect, test } from '../fixtures';
import { tabTo } from '../pages/keyboard';
import { expectNoSeriousA11yViolations } from '../support/axe';

const KEY = { yes: 'y', no: 'n', unsure: 'u' } as const;

const SCENARIOS = [
  { id: 'ack-before-commit', title: 'Ack before commit: a duplicate row', seam: 'ingest-store' },
  { id: 'partition-mismatch', title: 'Partition key mismatch: $340 a run', seam: 'store-process' },
  { id: 'unwritten-freshness-sla', title: 'Freshness SLA never written', seam: 'model-serve' },
  { id: 'undeclared-dependency', title: 'Started before upstream finished', seam: 'orchestration' },
];

for (const s of SCENARIOS) {
  test(`keyboard only: walking through "${s.title}" names ${s.seam}, writes it on the graph and keeps it after reload`, async ({ app, page }) => {
    await app.open();
    const answers = HONEST_ANSWERS[s.id] ?? {};

    await tabTo(page, page.getByTestId('examples-button'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: `Walk through this incident: ${s.title}` }).first());
    await page.keyboard.press('Enter');

    const panel = page.getByTestId('walkthrough-panel');
    await expect(panel).toHaveAttribute('data-view', 'symptoms');
    await expect(panel.locator('input[type=checkbox]:checked')).not.toHaveCount(0);
    await tabTo(page, page.getByRole('button', { name: 'Start questions →' }));
    await page.keyboard.press('Enter');

    // Answer each question honestly from the case file, by key, until the verdict is offered.
    const seeVerdict = page.getByRole('button', { name: 'See the verdict →' });
    for (let asked = 0; asked < 40 && !(await seeVerdict.isVisible()); asked++) {
      const card = panel.locator('[data-question]');
      await expect(card.or(seeVerdict).first()).toBeVisible();
      if (await seeVerdict.isVisible()) break;
      const id = await card.getAttribute('data-question');
      await expect(card.getByRole('button', { name: 'Yes' })).toBeFocused();
      await page.keyboard.press(KEY[answers[id ?? ''] ?? 'unsure']);
      await expect(panel.locator(`[data-question="${id}"]`)).toHaveCount(0);
    }
    await expect(seeVerdict).toBeFocused();
    await page.keyboard.press('Enter');

    const verdict = page.getByTestId('walkthrough-verdict');
    await expect(verdict).toHaveAttribute('data-seam', s.seam);
    await expect(verdict).toContainText('Receiving side assumed');
    await expect(verdict).toContainText('How to confirm');
    await expect(verdict).toContainText('Fix it now');
    await expect(verdict).toContainText('Write this clause down');
    await expect(verdict).toContainText('Runner-up');
    await tabTo(page, verdict.getByRole('button', { name: /Accept/ }));
    await page.keyboard.press('Enter');

    await expect(app.seam(s.seam)).toHaveAttribute('data-verdict', 'broken');
    await expect(app.seamPanel).toHaveAttribute('data-seam', s.seam);
    await expect(app.clauses.filter({ hasText: 'Walkthrough' }).first()).toBeVisible();

    await page.reload();
    await expect(app.seam(s.seam)).toHaveAttribute('data-verdict', 'broken');
    await expect(page.getByTestId('overview-panel')).toContainText('accepted');
  });
}

test('answers can be changed at any time, "not sure" keeps every seam in play, and the trail replays', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('start-walkthrough').click();
  const panel = page.getByTestId('walkthrough-panel');
  await panel.getByText('Totals too high or doubled').click();
  await page.getByRole('button', { name: 'Start questions →' }).click();

  const ranking = page.getByRole('list', { name: 'Seams by likelihood' });
  await expect(ranking.getByRole('listitem')).toHaveCount(6);
  const order = () => ranking.locator(':scope > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-seam')));
  const before = await order();
  await page.getByRole('button', { name: 'Not sure' }).click();
  await expect(panel.getByRole('list').filter({ hasText: 'Not sure' })).toBeVisible();
  expect(await order()).toEqual(before);

  // Change the first answer: the ranking follows.
  const firstAnswer = panel.getByRole('combobox').first();
  await firstAnswer.selectOption('yes');
  await expect.poll(order).not.toEqual(before);
  await firstAnswer.selectOption('unsure');
  await expect.poll(order).toEqual(before);

  // The top seam is in focus on the graph; the others are dimmed.
  const top = before[0]!;
  await expect(app.seam(top)).not.toHaveClass(/opacity-35/);
  const other = before.find((x) => x !== top && x !== 'orchestration')!;
  await expect(app.seam(other)).toHaveClass(/opacity-35/);
  await expectNoSeriousA11yViolations(page, 'walkthrough questions');

  await page.getByRole('button', { name: 'Replay the trail' }).click();
  await expect(panel.getByLabel('Replay')).toContainText('step 0 of 1');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(panel.getByLabel('Replay')).toContainText('step 1 of 1');
  await page.getByRole('button', { name: 'End replay' }).click();
  await expect(panel.getByLabel('Replay')).toHaveCount(0);
});
