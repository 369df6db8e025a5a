import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { expect, test } from '../fixtures';
import { PipelineCanvas } from '../pages/PipelineCanvas';

const MERMAID = `flowchart LR
  app[Mobile app] --> kafka[(Kafka)]
  kafka --> s3[S3 raw bucket]
  s3 --> spark{{Spark job}}
  spark --> dbt[dbt marts]
  dbt --> looker[Looker dashboard]`;

async function openImport(page: import('@playwright/test').Page) {
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('pasting a Mermaid flowchart shows each component in its stage column', async ({ app, page }) => {
  await app.open();
  const dialog = await openImport(page);
  await dialog.getByLabel(/Pipeline description/).fill(MERMAID);
  await expect(dialog).toContainText('Looks like: Mermaid');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(dialog).toBeHidden();
  const expected: Record<string, string> = { app: 'generate', kafka: 'ingest', s3: 'store', spark: 'process', dbt: 'model', looker: 'serve' };
  const xs: number[] = [];
  for (const [id, stage] of Object.entries(expected)) {
    const node = page.getByTestId(`component-${id}`);
    await expect(node).toHaveAttribute('data-placement', stage);
    xs.push((await node.boundingBox())!.x);
  }
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  const dialogList = await app.openWorkspaces();
  await expect(app.workspaceRows(dialogList)).toHaveCount(2);
});

test('pasting a Mermaid sequence diagram reads its participants as components, says how, and names the workspace for its format', async ({ app, page }) => {
  await app.open();
  const dialog = await openImport(page);
  await dialog.getByLabel(/Pipeline description/).fill('sequenceDiagram\n  participant S as Sensor<br/>(ESP32)\n  participant K as Kafka\n  S->>K: publish reading\n  K->>Spark Job: micro-batch');
  await expect(dialog).toContainText('Looks like: Mermaid');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(dialog).toBeHidden();
  for (const [id, stage] of Object.entries({ sensor: 'generate', kafka: 'ingest', 'spark-job': 'process' })) await expect(page.getByTestId(`component-${id}`)).toHaveAttribute('data-placement', stage);
  await expect(page.getByTestId('workspace-name')).toHaveValue('Mermaid pipeline');
  await expect(page.getByLabel('Incident notes')).toHaveValue(/each message as data moving from its sender to its receiver/);
});

test('broken input shows an error with its line, and the current workspace stays as it was', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Keep me');
  const dialog = await openImport(page);
  await dialog.getByLabel(/Pipeline description/).fill('components:\n  - name: Kafka\n    stage: ingest\n  - name: [S3\n');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  // Whatever could be read is offered with its problems, each with line and column.
  const problems = page.getByTestId('import-error').or(page.getByTestId('import-warnings'));
  await expect(problems).toContainText(/Line 4, column \d+/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('workspace-name')).toHaveValue('Keep me');
  const list = await app.openWorkspaces();
  await expect(app.workspaceRows(list)).toHaveCount(1);
});

test('text in no known format gets the list of formats, each with an example', async ({ app, page }) => {
  await app.open();
  const dialog = await openImport(page);
  await dialog.getByLabel(/Pipeline description/).fill('lorem ipsum dolor sit amet');
  await expect(dialog).toContainText('Format not recognised');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('does not look like any format');
  const formats = page.getByRole('region', { name: 'Formats we read' });
  await expect(formats).toContainText('Mermaid');
  await expect(formats).toContainText('docker-compose');
  await expect(formats).toContainText('Mobile app -> Kafka');
});

test('a note in no known format is read as prose, and the preview says so', async ({ app, page }) => {
  await app.open();
  const dialog = await openImport(page);
  await dialog.getByLabel(/Pipeline description/).fill('Chaque nuit, la chaîne récupère les fichiers depuis `MinIO`.\nLes étapes tournent sous `Argo`.');
  await expect(dialog).toContainText('No format recognised: read as prose');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(page.getByTestId('import-warnings')).toContainText('read as prose');
  await expectNoSeriousA11yViolations(page);
});

test('dropping a compose file opens it as a pipeline', async ({ app, page }) => {
  await app.open();
  const text = readFileSync(new URL('../fixtures/compose-pipeline.yml', import.meta.url), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'docker-compose.yml', { type: 'text/yaml' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('component-kafka')).toHaveAttribute('data-placement', 'ingest');
  await expect(page.getByTestId('component-metabase')).toHaveAttribute('data-placement', 'serve');
  await expect(page.getByTestId('workspaces-button')).toContainText('docker-compose');
});

test('moving a component to another stage updates its seams', async ({ app, page }) => {
  await app.open();
  const dialog = await openImport(page);
  await dialog.getByLabel(/Pipeline description/).fill('Kafka -> S3 -> Spark -> Looker');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  await page.getByTestId('component-spark').click();
  const panel = page.getByTestId('component-panel');
  await expect(panel.getByRole('button', { name: 'Store → Process' })).toBeVisible();
  await panel.getByLabel('Stage').selectOption('model');
  await expect(page.getByTestId('component-spark')).toHaveAttribute('data-placement', 'model');
  // S3 → Spark now skips Process: its first handoff is still Store → Process; Spark → Looker is Model → Serve.
  await expect(panel.getByRole('button', { name: 'Model → Serve' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('component-spark')).toHaveAttribute('data-placement', 'model');
});

test('Ctrl/Cmd+V on the graph imports what is on the clipboard', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('pipeline-canvas').click({ position: { x: 20, y: 300 } });
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '- Mobile app\n- Kinesis\n- S3\n- Flink\n- Grafana dashboards');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByTestId('component-kinesis')).toHaveAttribute('data-placement', 'ingest');
  await expect(page.getByTestId('component-flink')).toHaveAttribute('data-placement', 'process');
  await expectNoSeriousA11yViolations(page, 'imported pipeline');
});

test('a 5 MB paste is read off the main thread and opens', async ({ app, page }) => {
  await app.open();
  await page.evaluate(() => {
    const chain = Array.from({ length: 300 }, (_, i) => `App ${i} -> Kafka topic ${i} -> S3 raw ${i} -> Spark job ${i} -> dbt mart ${i} -> Looker ${i}`);
    const padding = `# ${'notes on this pipeline '.repeat(40)}\n`;
    let text = chain.join('\n') + '\n';
    while (text.length < 5_000_000) text += padding;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.focus();
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByTestId('overview-panel')).toContainText('1800 components', { timeout: 60_000 });
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  // It opens as stage summaries; the search box opens the stage of the last one and shows it.
  const canvas = new PipelineCanvas(page);
  await expect(canvas.summary('process')).toContainText('300 components');
  await canvas.find('Spark job 299');
  await expect(canvas.component('spark-job-299')).toBeVisible();
  await expect(canvas.component('app-0')).toHaveCount(0);
  await canvas.showEveryComponent();
  await canvas.fitWhole();
  // Too tall to read whole, it is fitted across: every stage from the top, names readable. A busy
  // machine takes a while to draw them.
  await expect(canvas.labels).toHaveAttribute('data-labels', 'shown');
  await expect(canvas.component('app-0')).toBeInViewport({ timeout: 30_000 });
  await expect(canvas.component('looker-0')).toBeInViewport({ timeout: 30_000 });
  // The rest is a search away.
  await canvas.find('Looker 299');
  await expect(canvas.component('looker-299')).toBeInViewport();
});
