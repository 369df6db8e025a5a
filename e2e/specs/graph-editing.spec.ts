import { expect, test } from '../fixtures';
import { GraphEditor } from '../pages/GraphEditor';
import { expectNoSeriousA11yViolations } from '../support/axe';

/** Spark is really Flink, S3 raw and S3 are one bucket, the dashboard reads the marts (not the other way), the app never talks to Looker. */
const WRONG = ['Mobile app -> Kafka -> S3 raw -> Spark', 'Kafka -> S3', 'Spark -> dbt marts', 'Looker -> dbt marts', 'Mobile app -> Looker'].join('\n');

test('a wrong import is fixed by keyboard alone, every fix announced, and undone step by step', async ({ app, page }) => {
  // Many steps, each with its Tabs, and four accessibility scans.
  test.slow();
  await app.open();
  await app.importText(WRONG);
  const edit = new GraphEditor(page);
  await expect(edit.overview).toContainText('7 components, 7 edges');
  // Sure guesses are guesses: nothing is confirmed until a person says so.
  await expect(edit.overview.getByTestId('confirm-summary')).toContainText('0 of 7 stages confirmed by you');
  await expectNoSeriousA11yViolations(page, 'imported, before any fix');

  await edit.open('spark', 'Spark');
  await expect(edit.panel.getByTestId('stage-status')).toHaveAttribute('data-confirmed', 'false');
  await edit.rename('Flink');
  await expect(edit.component('spark')).toContainText('Flink');
  await expect(edit.notice).toHaveText('Renamed “Spark” to “Flink”.');
  await expectNoSeriousA11yViolations(page, 'component panel with its edit controls');

  await edit.open('looker', 'Looker');
  await edit.press(edit.reverseButton('Looker → dbt marts'));
  await expect(edit.edges.filter({ hasText: 'dbt marts → Looker' })).toHaveCount(1);
  // The reversed edge keeps its row, and the focus stays on its button.
  await expect(edit.reverseButton('dbt marts → Looker')).toBeFocused();
  await edit.press(edit.deleteButton('Mobile app → Looker'));
  await expect(edit.edges).toHaveCount(1);
  await expect(edit.notice).toHaveText('Deleted the edge Mobile app → Looker. Ctrl+Z brings it back.');
  await expect(page.locator(':focus')).toHaveAccessibleName(/dbt marts → Looker|Outgoing edge/);

  await edit.open('s3-raw', 'S3 raw');
  await edit.press(edit.panel.getByRole('button', { name: 'Merge into…' }));
  await expectNoSeriousA11yViolations(page, 'merge list open');
  await page.keyboard.type('S3');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['S3, Store']);
  await page.keyboard.press('Enter');
  await expect(edit.title).toHaveText('S3');
  await expect(edit.title).toBeFocused();
  await expect(edit.component('s3-raw')).toHaveCount(0);
  await expect(edit.edges).toHaveText([/Kafka → S3/, /S3 → Flink/]);

  await edit.addEdge('Outgoing', 'dbt');
  await expect(edit.edges).toHaveText([/Kafka → S3/, /S3 → Flink/, /S3 → dbt marts/]);
  await expect(edit.notice).toHaveText('Added the edge S3 → dbt marts.');
  await expect(edit.panel.getByRole('button', { name: '+ Outgoing edge' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'after five fixes');

  // Five fixes, five steps back: the import as it came.
  await edit.undo();
  await expect(edit.edges).toHaveCount(2);
  await edit.undo();
  await expect(edit.component('s3-raw')).toBeVisible();
  await edit.undo(3);
  await expect(edit.component('spark')).toContainText('Spark');
  await page.getByRole('button', { name: 'Close component' }).click();
  await expect(edit.overview).toContainText('7 components, 7 edges');
  await page.reload();
  await expect(edit.component('spark')).toContainText('Spark');
});

test('an import into the open workspace merges by name, adds the rest, and one undo takes it back', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Checkout incident');
  await page.getByLabel('Ingest components').fill('Kafka');
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByLabel(/Pipeline description/).fill('Kafka -> S3 -> Looker');
  await expect(dialog).toContainText('Into “Checkout incident”: components with the same name merge');
  await expectNoSeriousA11yViolations(page, 'import dialog with both choices');
  await dialog.getByRole('button', { name: 'Import into this workspace' }).click();
  await expect(dialog).toBeHidden();

  const edit = new GraphEditor(page);
  await expect(page.getByTestId('workspace-name')).toHaveValue('Checkout incident');
  await expect(edit.overview).toContainText('3 components, 2 edges');
  await expect(page.getByTestId('notice').filter({ hasText: 'Added to “Checkout incident”' })).toContainText('2 new components, 1 matched by name, 2 new edges');
  // Kafka was typed by the user: confirmed; the two read from the paste are guesses.
  await expect(edit.overview.getByTestId('confirm-summary')).toContainText('1 of 3 stages confirmed by you');
  await expectNoSeriousA11yViolations(page, 'after importing into the workspace');

  await app.openImportWith('S3 -> Spark -> Looker');
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import into this workspace' }).click();
  await expect(edit.overview).toContainText('4 components, 4 edges');
  const list = await app.openWorkspaces();
  await expect(app.workspaceRows(list)).toHaveCount(1);
  await page.keyboard.press('Escape');

  await edit.undo();
  await expect(edit.overview).toContainText('3 components, 2 edges');
  await edit.undo();
  await expect(page.getByLabel('Ingest components')).toHaveValue('Kafka');
});

test('on the graph, an edge is drawn by dragging from one component to another, and a selected edge goes with Delete', async ({ app, page }) => {
  await app.open();
  await app.importText('Kafka -> S3 -> Spark\nKafka -> Looker');
  const edit = new GraphEditor(page);
  const from = edit.component('s3');
  const to = edit.component('looker');
  await from.hover();
  const dot = from.locator('.react-flow__handle-right');
  await expect(dot).toBeVisible();
  const a = (await dot.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(edit.overview).toContainText('4 components, 4 edges');
  await expect(edit.notice).toHaveText('Added the edge S3 → Looker.');

  // Select the new edge by keyboard from its component, then Delete.
  await edit.open('looker', 'Looker');
  const edge = page.getByRole('group', { name: /^S3 → Looker/ });
  await edge.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(edit.notice).toHaveText('Deleted the edge S3 → Looker. Ctrl+Z brings it back.');
  await expect(edit.edges).toHaveText([/Kafka → Looker/]);
  await expect(edit.component('s3')).toBeFocused();
});
