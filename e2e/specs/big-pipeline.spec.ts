import { expect, test } from '../fixtures';
import { chainsText, PipelineCanvas } from '../pages/PipelineCanvas';
import { expectNoSeriousA11yViolations } from '../support/axe';

test('a 600-component pipeline opens as six readable stage summaries, one bundled edge per seam', async ({ app, page }) => {
  await app.open();
  const canvas = new PipelineCanvas(page);
  await canvas.paste(chainsText(100));
  for (const stage of ['generate', 'ingest', 'store', 'process', 'model', 'serve']) {
    await expect(canvas.summary(stage)).toBeVisible();
    await expect(canvas.summary(stage)).toContainText('100 components');
  }
  await expect(canvas.summary('ingest')).toContainText('Kafka topic 0');
  // Five handoffs, each standing for its hundred edges, each with an arrowhead.
  await expect(canvas.bundles(100)).toHaveCount(5);
  await expect(canvas.bundles(100).first().locator('path[marker-end]')).toHaveCount(1);
  await expect(canvas.component('app-0')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'stage summaries');
});

test('a learner opens one stage, folds it again, and finds a component in a folded stage by name', async ({ app, page }) => {
  await app.open();
  const canvas = new PipelineCanvas(page);
  await canvas.paste(chainsText(100));
  await canvas.summary('ingest').click();
  await expect(canvas.component('kafka-topic-0')).toBeVisible();
  await expect(canvas.header('Ingest', 'Collapse')).toHaveAttribute('aria-expanded', 'true');
  await expect(canvas.summary('ingest')).toHaveCount(0);
  await canvas.header('Ingest', 'Collapse').click();
  await expect(canvas.summary('ingest')).toBeVisible();
  await canvas.find('dbt mart 99');
  await expect(canvas.component('dbt-mart-99')).toBeInViewport();
  await expect(canvas.summary('model')).toHaveCount(0);
  await canvas.find('no such thing');
  await expect(page.getByRole('status').filter({ hasText: 'No component by that name.' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'one stage open');
});
