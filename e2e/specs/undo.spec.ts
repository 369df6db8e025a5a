import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';
import { runTriage } from '../pages/triage';

const undo = (page: Page) => page.keyboard.press('Control+z');
const redo = (page: Page) => page.keyboard.press('Control+Shift+z');

test('notes, a rename and a deleted clause come back with Ctrl+Z, one step each, and go again with Ctrl+Shift+Z', async ({ app, page }) => {
  await app.open();
  const undoButton = page.getByRole('button', { name: 'Undo last edit' });
  await expect(undoButton).toBeDisabled();

  await page.getByTestId('workspace-name').fill('Checkout outage');
  await page.getByLabel('Incident notes').fill('Orders doubled at 09:10.');
  await app.openSeam('process-model');
  await app.addBlankClause();
  await app.clauses.first().getByLabel('Assumed').fill('one row per order');
  await app.clauses.first().getByRole('button', { name: /^Remove/ }).click();
  await expect(app.clauses).toHaveCount(0);

  await undo(page);
  await expect(app.clauses).toHaveCount(1);
  await expect(app.clauses.first().getByLabel('Assumed')).toHaveValue('one row per order');
  await redo(page);
  await expect(app.clauses).toHaveCount(0);
  await undoButton.click();
  await expect(app.clauses).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo last edit' }).click();
  await expect(app.clauses).toHaveCount(0);

  // Back past the clause: its text, then the clause itself, then the notes, then the name.
  await undo(page);
  await undo(page);
  await expect(app.clauses.first().getByLabel('Assumed')).toHaveValue('');
  await undo(page);
  await expect(app.clauses).toHaveCount(0);
  await page.getByRole('button', { name: 'Close seam and show the overview' }).click();
  await undo(page);
  await expect(page.getByLabel('Incident notes')).toHaveValue('');
  await undo(page);
  await expect(page.getByTestId('workspace-name')).toHaveValue('Untitled pipeline');
  await expect(undoButton).toBeDisabled();

  await redo(page);
  await expect(page.getByTestId('workspace-name')).toHaveValue('Checkout outage');
  await page.reload();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Checkout outage');
});

test('a stage move in an imported pipeline is undone and redone, and so is the import itself', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('import-button').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByLabel(/Pipeline description/).fill('Kafka -> S3 -> Spark -> Looker');
  await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
  await page.getByTestId('component-spark').click();
  await page.getByTestId('component-panel').getByLabel('Stage').selectOption('model');
  await expect(page.getByTestId('component-spark')).toHaveAttribute('data-placement', 'model');
  await page.getByTestId('component-spark').click();
  await undo(page);
  await expect(page.getByTestId('component-spark')).toHaveAttribute('data-placement', 'process');
  await redo(page);
  await expect(page.getByTestId('component-spark')).toHaveAttribute('data-placement', 'model');

  // Back past the first edit: the import itself is undone, and the workspace before it returns.
  await undo(page);
  await undo(page);
  await expect(page.getByTestId('component-spark')).toHaveCount(0);
  await expect(page.getByTestId('workspace-name')).toHaveValue('Untitled pipeline');
  await redo(page);
  await expect(page.getByTestId('component-spark')).toHaveAttribute('data-placement', 'process');
});

test('an accepted verdict is undone, and the seam is open again', async ({ app, walk, page }) => {
  await runTriage(app, walk, page);
  await page.getByRole('button', { name: 'Undo last edit' }).click();
  await expect(app.seam('ingest-store')).toHaveAttribute('data-verdict', 'unknown');
  await page.getByRole('button', { name: 'Redo last edit' }).click();
  await expect(app.seam('ingest-store')).not.toHaveAttribute('data-verdict', 'unknown');
});
