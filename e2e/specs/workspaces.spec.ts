import { expect, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../support/axe';

test('reload keeps the workspace, its clauses, notes and components', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Checkout outage');
  await page.getByLabel('Incident notes').fill('Revenue doubled on the exec dashboard at 09:10.');
  await page.getByLabel('Ingest components').fill('Kafka, Debezium');
  await app.openSeam('process-model');
  await app.addBlankClause();
  await app.clauses.first().getByLabel('Assumed').fill('one row per order');
  await app.clauses.first().getByLabel('Actually got').fill('two rows for order A');
  await expect(app.seam('process-model')).toHaveAttribute('data-verdict', 'broken');

  await page.reload();
  await expect(app.seam('process-model')).toHaveAttribute('data-verdict', 'broken');
  await expect(app.stage('ingest')).toContainText('Kafka');
  await expect(app.stage('ingest')).toContainText('Debezium');
  await expect(page.getByTestId('workspace-name')).toHaveValue('Checkout outage');
  await expect(page.getByLabel('Incident notes')).toHaveValue('Revenue doubled on the exec dashboard at 09:10.');
  await app.openSeam('process-model');
  await expect(app.clauses.first().getByLabel('Actually got')).toHaveValue('two rows for order A');
});

test('workspaces can be created, renamed, duplicated and deleted from the list', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('First');
  let dialog = await app.openWorkspaces();
  await dialog.getByRole('button', { name: 'New blank' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Untitled pipeline');

  dialog = await app.openWorkspaces();
  const rows = app.workspaceRows(dialog);
  await expect(rows).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Rename Untitled pipeline' }).click();
  await dialog.getByLabel('New name').fill('Second');
  await page.keyboard.press('Enter');
  await expect(rows.filter({ hasText: 'Second' })).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Duplicate First' }).click();
  await expect(dialog).toContainText('First (copy)');
  await expect(rows).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, 'workspace list');

  await dialog.getByRole('button', { name: 'Delete Second' }).click();
  await dialog.getByRole('group', { name: /Confirm deleting/ }).getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Second' })).toHaveCount(0);
  await expect(dialog.locator('[data-kind="deleted"]')).toContainText('Deleted “Second”');
  await page.keyboard.press('Escape');

  await page.locator('[data-kind="deleted"]').getByRole('button', { name: 'Undo' }).click();
  dialog = await app.openWorkspaces();
  await expect(rows).toHaveCount(3);
  await expect(dialog).toContainText('Second');

  await page.reload();
  dialog = await app.openWorkspaces();
  await expect(app.workspaceRows(dialog)).toHaveCount(3);
});

test('a corrupt workspace left in localStorage by an earlier version is kept aside and the rest still loads', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Good one');
  await page.evaluate(() => localStorage.setItem('pipeline-seams:workspace:broken', '{"type":"pipeline-seams/workspace","version":2'));
  await page.reload();
  const notice = page.locator('[data-kind="set-aside"]');
  await expect(notice).toContainText('One saved workspace needs your attention');
  await expect(notice).toContainText('not valid JSON');
  await expect(page.getByTestId('workspace-name')).toHaveValue('Good one');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pipeline-seams:set-aside:')));
  expect(kept).toHaveLength(1);
});

test('the theme follows the system and can be switched', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  const toggle = page.getByTestId('theme-toggle');
  await toggle.click(); // light
  await toggle.click(); // dark
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expectNoSeriousA11yViolations(page, 'dark overview');
});
