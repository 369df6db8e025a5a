import { expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../support/axe';

test.describe('a first visit', () => {
  test.use({ firstVisit: true });

  test('a newcomer takes the tour by keyboard, it is remembered, and Help replays it', async ({ app, learn, page }) => {
    await page.goto('/');
    await expect(learn.tour).toBeVisible();
    await expect(learn.tourHeading()).toHaveText('Six stages');
    await expect(learn.tour.getByRole('button', { name: 'Next' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'tour, first step');

    await page.keyboard.press('Enter');
    await expect(learn.tourHeading()).toHaveText('A seam is a two-sided contract');
    await expect(learn.tour).toContainText('what the receiving side assumed');
    await page.keyboard.press('ArrowRight');
    await expect(learn.tourHeading()).toHaveText('The Orchestration band');
    await page.keyboard.press('ArrowLeft');
    await expect(learn.tourHeading()).toHaveText('A seam is a two-sided contract');
    // Focus stays in the step: Tab never reaches the graph behind it.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await learn.tour.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(learn.tour).toBeHidden();

    await page.reload();
    await expect(app.seam('generate-ingest')).toBeVisible();
    await expect(learn.tour).toBeHidden();

    await learn.openHelp('Take the tour');
    await expect(learn.tourHeading()).toHaveText('Six stages');
    for (const title of ['A seam is a two-sided contract', 'The Orchestration band', 'Worked examples', 'Where did it break?', 'Import your own pipeline', 'Lessons, glossary, this tour']) {
      await learn.tour.getByRole('button', { name: 'Next' }).click();
      await expect(learn.tourHeading()).toHaveText(title);
    }
    await learn.tour.getByRole('button', { name: 'Done' }).click();
    await expect(learn.tour).toBeHidden();
  });
});

test('a newcomer opens a stage lesson, walks on to its seam, and follows a glossary link', async ({ app, learn, page }) => {
  await app.open();
  await learn.openStageLesson('Ingest');
  await expect(learn.lesson).toContainText('What it does');
  await expect(learn.lesson).toContainText('Kafka');
  await expectNoSeriousA11yViolations(page, 'stage lesson');

  await learn.lesson.getByRole('navigation', { name: 'Lessons' }).getByRole('button', { name: 'Next: Ingest → Store' }).click();
  await expect(learn.lesson).toHaveAttribute('data-lesson', 'ingest-store');
  await expect(learn.lesson.getByRole('list', { name: 'Dimensions' }).getByRole('listitem')).toHaveText(['delivery guarantees', 'deduplication', 'ordering']);
  await expect(app.evidence).toContainText('crash before commit');
  const breaks = learn.lesson.getByRole('list', { name: 'Common ways it breaks' }).getByRole('listitem');
  expect(await breaks.count()).toBeGreaterThanOrEqual(3);
  await expect(breaks.first()).toContainText('Shows as: Duplicate rows');
  await expect(learn.lesson.getByRole('list', { name: 'Clauses to write down' })).toContainText('Ack relative to commit');

  await learn.termLink('ack').click();
  await expect(learn.glossary).toBeVisible();
  await expect(learn.glossaryEntry('ack')).toBeFocused();
  await expect(learn.glossaryEntry('ack')).toHaveText('Ack');
  await expectNoSeriousA11yViolations(page, 'glossary on a term');
  await learn.glossary.getByRole('searchbox').fill('watermark');
  await expect(learn.glossary.getByRole('status')).toHaveText(/^\d+ of \d+ terms$/);
  await expect(learn.glossaryEntry('watermark')).toBeVisible();
  await expect(learn.glossaryEntry('grain')).toHaveCount(0);
  await learn.glossary.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(learn.glossary).toBeHidden();
  await expect(learn.termLink('ack')).toBeFocused();
});

test('a seam’s contract keeps its place, and its Lesson button opens the lesson beside it', async ({ app, learn, page }) => {
  await app.open();
  await learn.openSeamLessonFromContract('store-process');
  await expect(learn.lesson.getByRole('list', { name: 'Dimensions' }).getByRole('listitem')).toHaveText(['layout', 'partition key', 'schema expectations']);
  await expect(app.evidence).toContainText('$340');
  await expectNoSeriousA11yViolations(page, 'seam lesson');
  await learn.lesson.getByRole('button', { name: 'Open its contract' }).click();
  await expect(app.seamPanel).toHaveAttribute('data-seam', 'store-process');
  await expect(learn.lesson).toHaveCount(0);

  await page.getByRole('button', { name: 'Orchestration: open its lesson' }).click();
  await expect(learn.lesson).toHaveAttribute('data-lesson', 'orchestration');
  await expect(app.evidence).toContainText('load_raw started');
});

test('an empty workspace says what to do next, and stops once there is something in it', async ({ app, learn, page }) => {
  await app.open();
  await expect(learn.startHere).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty workspace');
  await learn.startHere.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await learn.startHere.getByRole('button', { name: 'Pick one' }).click();
  await expect(page.getByRole('button', { name: /^Unstated source assumptions/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.seam('generate-ingest')).toHaveAttribute('data-verdict', 'broken');
  await expect(learn.startHere).toHaveCount(0);
});
