import { expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../support/axe';

const STAGES = ['generate', 'ingest', 'store', 'process', 'model', 'serve'];
const SEAMS = ['generate-ingest', 'ingest-store', 'store-process', 'process-model', 'model-serve', 'orchestration'];

test('a new user sees six stages left to right, orchestration, and six seams of unknown health', async ({ app }) => {
  await app.open();
  const xs: number[] = [];
  for (const stage of STAGES) {
    const box = await app.stage(stage).boundingBox();
    expect(box, stage).not.toBeNull();
    xs.push(box!.x);
  }
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  await expect(app.stage('orchestration')).toBeVisible();
  for (const seam of SEAMS) {
    await expect(app.seam(seam)).toHaveAttribute('data-verdict', 'unknown');
    await expect(app.seam(seam)).toContainText('Unknown');
  }
  await expectNoSeriousA11yViolations(app.page, 'first screen');
});

test('every seam opens its contract by click, with the seed\'s dimensions', async ({ app }) => {
  await app.open();
  const dims: Record<string, string[]> = {
    'generate-ingest': ['format', 'assumptions', 'unstated contracts'],
    'ingest-store': ['delivery guarantees', 'deduplication', 'ordering'],
    'store-process': ['layout', 'partition key', 'schema expectations'],
    'process-model': ['grain', 'nulls', 'duplicate rows at arrival'],
    'model-serve': ['freshness SLA', 'semantics', 'trust boundary'],
    orchestration: ['timing', 'dependency', 'retry across every seam'],
  };
  for (const seam of SEAMS) {
    await app.openSeam(seam);
    const list = app.seamPanel.getByRole('list', { name: 'Dimensions' });
    await expect(list.getByRole('listitem')).toHaveText(dims[seam]!);
  }
});

test('every seam opens by keyboard: Tab to it, Enter', async ({ app, page }) => {
  await app.open();
  for (const seam of SEAMS) {
    await page.getByTestId('pipeline-canvas').click({ position: { x: 5, y: 5 } });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await app.seam(seam).evaluate((el) => el === document.activeElement);
    }
    expect(reached, `Tab reaches ${seam}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(app.seamPanel).toHaveAttribute('data-seam', seam);
  }
});

test('a clause whose assumed and actual differ turns its seam broken on the graph', async ({ app, page }) => {
  await app.open();
  await app.openSeam('ingest-store');
  await app.addBlankClause();
  const clause = app.clauses.first();
  await clause.getByLabel('Subject').fill('event_id');
  await clause.getByLabel('Assumed').fill('delivered exactly once');
  await expect(app.seam('ingest-store')).toHaveAttribute('data-verdict', 'unknown');
  await clause.getByLabel('Actually got').fill('delivered twice after a retry');
  await expect(app.seam('ingest-store')).toHaveAttribute('data-verdict', 'broken');
  await expect(app.seam('ingest-store')).toContainText('Broken');
  // The user has the last word.
  await clause.getByLabel('Verdict').selectOption('suspect');
  await expect(app.seam('ingest-store')).toHaveAttribute('data-verdict', 'suspect');
  await expectNoSeriousA11yViolations(page, 'seam panel with a clause');
});

test('clauses come from the catalog, and can be reordered and removed', async ({ app, page }) => {
  await app.open();
  await app.openSeam('generate-ingest');
  const picker = page.getByTestId('template-picker');
  await page.getByTestId('add-clause').click();
  await expect(picker).toBeVisible();
  // A blank clause plus at least six templates for this seam.
  expect(await picker.getByRole('button').count()).toBeGreaterThanOrEqual(7);
  await picker.getByRole('button', { name: /^Clock source/ }).click();
  await page.getByTestId('add-clause').click();
  await picker.getByRole('button', { name: /^Currency/ }).click();
  await expect(app.clauses).toHaveCount(2);
  const subjects = () => app.clauses.getByLabel('Subject').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const [first, second] = await subjects();
  await app.clauses.nth(1).getByRole('button', { name: /Move .* up/ }).click();
  expect(await subjects()).toEqual([second, first]);
  await app.clauses.first().getByRole('button', { name: /Remove/ }).click();
  await expect(app.clauses).toHaveCount(1);
  expect(await subjects()).toEqual([first]);
});
