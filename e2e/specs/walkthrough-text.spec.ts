import { expect, test } from '../fixtures';
import { tabTo } from '../pages/keyboard';
import { expectNoSeriousA11yViolations } from '../support/axe';

const INCIDENT =
  "Since yesterday's connector upgrade some orders are in the warehouse twice. The sync reported success with no errors. Re-running the sync didn't fix it.";

test('keyboard only: from pasted incident text to a suspect clause, kept after reload and replayed', async ({ app, walk, page }) => {
  // A whole triage by Tab and Enter, with four accessibility scans: longer than one click-through.
  test.setTimeout(90_000);
  await app.open();
  await walk.openByKeyboard();
  await expectNoSeriousA11yViolations(page, 'what you saw');
  await walk.pasteIncidentText(INCIDENT);
  const suggestions = page.getByTestId('suggestions');
  await expect(suggestions.locator('[data-suggested-symptom="duplicates-after-retry"]')).toBeChecked();
  await expect(suggestions).toContainText('read: “Since yesterday');
  await expect(suggestions.locator('[data-suggested-answer="task-or-load-failed"]')).toHaveValue('no');
  await expectNoSeriousA11yViolations(page, 'suggestions');
  await walk.useSuggestions();
  await expect(walk.panel.locator('input[data-symptom="duplicates-after-retry"]')).toBeChecked();
  await walk.startQuestions();
  await expect(walk.question).toContainText(/Question \d+ · about \d+ left/);
  await expectNoSeriousA11yViolations(page, 'question');

  await walk.answerUntilVerdict({});
  await expect(walk.verdict).toHaveAttribute('data-confidence', /leaning|undecided/);
  await expect(page.getByTestId('verdict-actual')).toContainText('No task, job or load reported an error');
  await expect(page.getByTestId('verdict-actual')).toContainText(`Notes: ${INCIDENT}`);
  const runnerUp = await page.getByTestId('verdict-runner-up').textContent();
  const second = walk.ranking.locator(':scope > li[data-rank="2"]');
  expect(runnerUp).toContain(`(${Math.round(Number(await second.getAttribute('data-probability')) * 100)}%)`);
  await expectNoSeriousA11yViolations(page, 'verdict');
  const seam = (await walk.verdict.getAttribute('data-seam'))!;
  await walk.pressVerdictButton('Accept as suspect');

  await expect(app.seam(seam)).toHaveAttribute('data-verdict', 'suspect');
  await expect(app.seamPanel).toHaveAttribute('data-seam', seam);
  await expect(page.locator(':focus')).toBeVisible();
  await page.reload();
  await expect(app.seam(seam)).toHaveAttribute('data-verdict', 'suspect');

  for (const name of ['Reopen', '2. Questions', 'Replay the trail']) {
    await tabTo(page, page.getByRole('button', { name, exact: true }));
    await page.keyboard.press('Enter');
  }
  await expect(walk.panel.getByLabel('Replay')).toContainText('step 0 of');
  await tabTo(page, page.getByRole('button', { name: 'Next →' }));
  await page.keyboard.press('Enter');
  await expect(walk.panel.getByLabel('Replay')).toContainText('step 1 of');
});

test('a check the user ran can mark the seam broken below the settled threshold', async ({ app, walk, page }) => {
  await app.open();
  await walk.openByKeyboard();
  await walk.pasteIncidentText(INCIDENT);
  await walk.useSuggestions();
  await walk.startQuestions();
  await walk.answerUntilVerdict({});
  const seam = (await walk.verdict.getAttribute('data-seam'))!;
  await walk.pressVerdictButton('I confirmed it: mark broken');
  await expect(app.seam(seam)).toHaveAttribute('data-verdict', 'broken');
  await expect(page.getByText('Walkthrough. Seen:').first()).toBeVisible();
});

test('starting with no symptom works, and with nothing said the verdict says it cannot tell', async ({ app, walk, page }) => {
  await app.open();
  await walk.openByKeyboard();
  await walk.startQuestions();
  await expect(walk.question).toBeVisible();
  await expect(walk.ranking.getByRole('listitem')).toHaveCount(6);
  await page.keyboard.press('u');
  await walk.panel.getByRole('button', { name: 'Show verdict now' }).click();
  await expect(walk.verdict).toHaveAttribute('data-confidence', 'no-evidence');
  await expect(walk.verdict).toContainText('Cannot tell yet');
  await expect(walk.verdict.getByRole('button', { name: /Accept/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'no-evidence verdict');
});

test('answers can be changed at any time and "not sure" moves nothing', async ({ app, walk, page }) => {
  await app.open();
  await page.getByTestId('start-walkthrough').click();
  await page.getByRole('searchbox', { name: 'Search symptoms' }).fill('doubled');
  await walk.panel.getByText('Totals too high or doubled').click();
  await walk.startQuestions();
  const order = () => walk.ranking.locator(':scope > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-seam')));
  const before = await order();
  // The first question has options: which part misbehaved. Not sure answers all of them.
  await expect(walk.question).toHaveAttribute('data-question', 'what-misbehaved');
  await page.getByRole('button', { name: 'Not sure' }).click();
  expect(await order()).toEqual(before);
  const firstAnswer = walk.panel.getByRole('combobox', { name: 'Answer to: Which part of the pipeline is seen misbehaving?' });
  await firstAnswer.selectOption({ label: 'What moves data in from a source: a sync, connector, collector, CDC or load job' });
  await expect.poll(order).not.toEqual(before);
  await firstAnswer.selectOption({ label: 'Not sure' });
  await expect.poll(order).toEqual(before);
  // A yes / no question changes in place the same way.
  await expect(walk.firstChoice).toBeFocused();
  await page.keyboard.press('u');
  const second = walk.panel.getByRole('combobox').nth(1);
  await second.selectOption('yes');
  await expect.poll(order).not.toEqual(before);
  await second.selectOption('unsure');
  await expect.poll(order).toEqual(before);
  await expectNoSeriousA11yViolations(page, 'trail');
});
