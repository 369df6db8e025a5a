import { expect, test } from '../fixtures';
import { PipelineCanvas } from '../pages/PipelineCanvas';
import { expectNoSeriousA11yViolations } from '../support/axe';

/** A pipeline with long names, a check standing apart, and Airflow scheduling four of its jobs. */
const SCHEDULED = `flowchart LR
  app[Mobile app checkout events] --> kafka[(Kafka orders topic)]
  crm[CRM export nightly] --> kafka
  kafka --> s3[S3 raw landing bucket]
  s3 --> spark{{Spark dedupe and enrich job}}
  s3 --> dq[Great Expectations raw checks]
  spark --> dbt[dbt mart fct_orders_daily_by_region]
  spark --> dbt2[dbt mart dim_customers]
  dbt --> looker[Looker revenue dashboard]
  dbt2 --> looker
  airflow[Airflow] -.-> spark
  airflow -.-> dbt
  airflow -.-> dbt2
  airflow -.-> dq`;

test('an imported pipeline says which way data flows, and the scheduler’s links stay out of the way', async ({ app, page }) => {
  await app.open();
  const canvas = new PipelineCanvas(page);
  await canvas.paste(SCHEDULED);
  await expect(canvas.component('looker')).toBeVisible();
  // Every data edge ends in an arrowhead.
  await expect(canvas.dataEdges).toHaveCount(9);
  for (const edge of await canvas.dataEdges.all()) await expect(edge.locator('path[marker-end]')).toHaveCount(1);
  // Airflow's four links: their own colour, drawn before (so beneath) every data edge, around the boxes.
  await expect(canvas.scheduleLinks).toHaveCount(4);
  await expect(canvas.scheduleLinks.first().locator('path.react-flow__edge-path')).toHaveClass(/stroke-violet/);
  const order = await page.locator('.react-flow__edge g[data-kind]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-kind')));
  expect(order.lastIndexOf('control')).toBeLessThan(order.findIndex((k) => k !== 'control'));
  expect(await canvas.scheduleLinksInsideBoxes()).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'imported pipeline with scheduling links');
});

test('no component name is cut without its full text on hover and for a screen reader', async ({ app, page }) => {
  await app.open();
  const canvas = new PipelineCanvas(page);
  await canvas.paste(SCHEDULED);
  await expect(canvas.component('dbt')).toBeVisible();
  const names = await page.locator('[data-testid^="component-"]').evaluateAll((nodes) =>
    nodes.map((n) => {
      const label = n.querySelector('.node-label')!;
      return { shown: label.textContent, title: n.getAttribute('title'), aria: n.getAttribute('aria-label'), cut: label.scrollHeight > label.clientHeight + 1 };
    }),
  );
  expect(names).toHaveLength(10);
  for (const n of names) {
    expect(n.title).toBe(n.shown);
    expect(n.aria?.startsWith(n.shown ?? '-')).toBe(true);
  }
});

test('zoomed out past reading, names hide; fit brings the whole pipeline back readable', async ({ app, page }) => {
  await app.open();
  const canvas = new PipelineCanvas(page);
  await canvas.paste(SCHEDULED);
  const name = canvas.component('spark').locator('.node-label');
  await expect(name).toBeVisible();
  while ((await canvas.labels.getAttribute('data-labels')) === 'shown') await canvas.zoomOut();
  await expect(name).toBeHidden();
  // The box still names itself.
  await expect(canvas.component('spark')).toHaveAttribute('title', 'Spark dedupe and enrich job');
  await expectNoSeriousA11yViolations(page, 'names hidden');
  await canvas.fitWhole();
  await expect(canvas.labels).toHaveAttribute('data-labels', 'shown');
  await expect(name).toBeVisible();
  await expect(canvas.component('app')).toBeInViewport();
  await expect(canvas.component('looker')).toBeInViewport();
});

test('names typed into a blank workspace show whole: the stage box grows with them', async ({ app, page }) => {
  await app.open();
  await page.getByLabel('Ingest components').fill('Kafka, Debezium, Schema Registry, Kafka Connect, Fivetran connector for Salesforce');
  const stage = app.stage('ingest');
  for (const name of ['Kafka Connect', 'Fivetran connector for Salesforce']) {
    const chip = stage.getByText(name, { exact: true });
    await expect(chip).toBeVisible();
    const [c, s] = [await chip.boundingBox(), await stage.boundingBox()];
    expect(c!.y + c!.height, name).toBeLessThanOrEqual(s!.y + s!.height);
    expect(c!.x + c!.width, name).toBeLessThanOrEqual(s!.x + s!.width);
  }
  await expectNoSeriousA11yViolations(page, 'typed-in components');
});
