import { expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../support/axe';

const EXAMPLE = 'Started before upstream finished';

test.describe('the orchestration timeline', () => {
  test('shows the example race, and moving the schedule to the upstream finish by keyboard ends it', async ({ app, timeline, page }) => {
    await app.open();
    await app.loadPreset(EXAMPLE);
    await expect(app.seamPanel).toHaveAttribute('data-seam', 'orchestration');
    await timeline.open();
    await expect(timeline.dialog).toContainText("These are the example's figures, not your pipeline's.");
    await expect(timeline.headline).toHaveText('7 minutes of rows never loaded');
    await expect(timeline.flags).toHaveCount(1);
    await expect(timeline.flags.first()).toContainText('load_raw starts at 03:00 UTC, but upstream is still writing until 03:07');
    await expectNoSeriousA11yViolations(page, 'timeline with a race');

    await timeline.pressOn('load_raw', 'start', 'ArrowRight', 4);
    await expect(timeline.time('load_raw', 'start')).toHaveAttribute('aria-valuetext', '03:04 UTC');
    await expect(timeline.headline).toHaveText('3 minutes of rows never loaded');
    await timeline.pressOn('load_raw', 'start', 'ArrowRight', 3);
    await expect(timeline.time('load_raw', 'start')).toHaveAttribute('aria-valuetext', '03:07 UTC');
    await expect(timeline.headline).toContainText('No race');
    await expect(timeline.flags).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'timeline without a race');

    await page.keyboard.press('Escape');
    await expect(timeline.dialog).toBeHidden();
    await expect(app.panel.getByRole('button', { name: 'Open the timeline' })).toBeFocused();
  });

  test('dragging the schedule past the upstream finish ends the race, and dragging the finish later brings it back', async ({ app, timeline }) => {
    await app.open();
    await app.loadPreset(EXAMPLE);
    await timeline.open();
    await timeline.drag('load_raw', 'start', '03:20');
    await expect(timeline.time('load_raw', 'start')).toHaveAttribute('aria-valuetext', /^03:(19|20|21) UTC$/);
    await expect(timeline.headline).toContainText('No race');

    await timeline.drag('upstream', 'finish', '03:40');
    await expect(timeline.headline).toHaveText(/^(1[89]|2[0-2]) minutes of rows never loaded$/);
    await expect(timeline.flags.first()).toContainText('upstream is still writing until 03:');
  });

  test('declaring that load_raw waits for upstream ends the race; taking it back brings it back', async ({ app, timeline }) => {
    await app.open();
    await app.loadPreset(EXAMPLE);
    await timeline.open();
    const wait = timeline.dialog.getByRole('checkbox', { name: /load_raw waits for upstream/ });
    await wait.check();
    await expect(timeline.headline).toContainText('No race');
    await wait.uncheck();
    await expect(timeline.headline).toHaveText('7 minutes of rows never loaded');
  });

  test('a pipeline imported with schedules offers its own timeline, with no finish it did not state', async ({ app, timeline, page }) => {
    await app.open();
    await app.importText(
      [
        'components:',
        '  - { name: extract, stage: ingest, schedule: "0 2 * * *" }',
        '  - { name: load_raw, stage: ingest, schedule: "0 3 * * *" }',
        '  - { name: Spark, stage: process }',
        'edges:',
        '  - extract -> load_raw -> Spark',
      ].join('\n'),
    );
    await timeline.open();
    await expect(timeline.dialog).toContainText("Your pipeline's schedules, in UTC.");
    await expect(timeline.time('extract', 'start')).toHaveAttribute('aria-valuetext', '02:00 UTC');
    await expect(timeline.time('load_raw', 'start')).toHaveAttribute('aria-valuetext', '03:00 UTC');
    await expect(timeline.time('extract', 'finish')).toHaveCount(0);
    await expect(timeline.headline).toHaveText('Cannot tell: one handoff with no wait declared and no finish time');
    await expect(timeline.flags.first()).toContainText('load_raw starts at 03:00 UTC and reads extract without waiting for it');
    await expectNoSeriousA11yViolations(page, 'timeline from imported schedules');

    await timeline.tryFinish('extract', '03:10');
    await expect(timeline.time('extract', 'finish')).toHaveAttribute('aria-valuetext', '03:10 UTC');
    await expect(timeline.headline).toHaveText('10 minutes of rows never loaded');
    await timeline.pressOn('load_raw', 'start', 'PageUp');
    await expect(timeline.headline).toContainText('No race');
  });

  test('a consumer that needs data no older than 1 h, on a model refreshed every 4 hours, is flagged as a freshness miss', async ({ app, timeline, page }) => {
    await app.open();
    await app.importText(['components:', '  - { name: marts, stage: model, schedule: "0 */4 * * *" }', '  - { name: Looker, stage: serve }', 'edges:', '  - marts -> Looker'].join('\n'));
    await timeline.open();
    await expect(timeline.headline).toContainText('No race');
    await timeline.addConsumer('fraud model', 'marts', 1, 'h');
    await expect(timeline.flags).toHaveCount(1);
    await expect(timeline.flags.first()).toContainText(
      'marts refreshes every 4 h, but fraud model needs data no older than 1 h: for up to 3 h of every cycle it reads stale data.',
    );
    await expectNoSeriousA11yViolations(page, 'timeline with a freshness miss');
    await timeline.dialog.getByRole('button', { name: 'Remove fraud model' }).click();
    await expect(timeline.flags).toHaveCount(0);
  });
});
