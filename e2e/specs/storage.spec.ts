import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { blankWorkspace } from '../../src/domain/workspace';
import { fillStorage, limitStorage } from '../support/storageQuota';

const ORIGIN = (baseURL: string | undefined) => new URL(baseURL ?? 'http://localhost:4173').origin;

test('storage full: the work stays on screen, the notice offers the file and the space, and the edit is saved once space is freed', async ({ app, page, context, baseURL }) => {
  const freeSpace = await limitStorage(context, page, ORIGIN(baseURL), 150_000);
  await app.open();
  await page.getByTestId('workspace-name').fill('Checkout outage');
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-status', 'saved');

  const paste = `Timeline pasted from the incident channel. ${'09:10 orders doubled. '.repeat(12_000)}`;
  await page.getByLabel('Incident notes').fill(paste);
  const notice = page.locator('[data-kind="storage"]');
  await expect(notice).toContainText('Browser storage is full');
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-status', 'full');
  await expect(page.getByLabel('Incident notes')).toHaveValue(paste);

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download workspace file' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { workspace: { notes: string } };
  expect(file.workspace.notes).toBe(paste);

  await notice.getByRole('button', { name: 'Free space…' }).click();
  const list = page.getByTestId('workspaces-dialog');
  await expect(list).toContainText('Storage is full');
  await expect(list.getByTestId('workspace-size')).toContainText(/KB|MB/);
  await page.keyboard.press('Escape');

  await freeSpace();
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('Incident notes')).toHaveValue(paste);
});

test('with storage full to the last byte, every saved workspace still opens', async ({ app, page, context, baseURL }) => {
  await limitStorage(context, page, ORIGIN(baseURL), 400_000);
  await app.open();
  await page.getByTestId('workspace-name').fill('Saved before the disk filled');
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-status', 'saved');
  expect(await fillStorage(page)).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Saved before the disk filled');
  await page.getByLabel('Incident notes').fill(`typed while full ${'x'.repeat(20_000)}`);
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-status', 'full');
  await expect(page.locator('[data-kind="storage"]')).toContainText('Browser storage is full');
});

test('workspaces an earlier version kept in localStorage move over: a bad field is repaired, a newer one is left alone', async ({ app, page }) => {
  await app.open();
  const legacy = { ...blankWorkspace('legacy-1', 'Checkout outage', '2026-11-30T09:00:00.000Z'), notes: 'Orders doubled at 09:10.', createdAt: 'the day before yesterday' };
  await page.evaluate((ws) => {
    localStorage.setItem('pipeline-seams:workspace:legacy-1', JSON.stringify({ type: 'pipeline-seams/workspace', version: 2, workspace: ws }));
    localStorage.setItem('pipeline-seams:workspace:future', JSON.stringify({ type: 'pipeline-seams/workspace', version: 9, workspace: { id: 'future' } }));
    localStorage.setItem('pipeline-seams:active', 'legacy-1');
  }, legacy);
  await page.reload();

  const notice = page.locator('[data-kind="set-aside"]');
  await expect(notice.locator('[data-kept="repairable"]')).toContainText('“Checkout outage” opened with one field repaired: workspace.createdAt (was "the day before yesterday") set to its default');
  await expect(notice.locator('[data-kept="newer"]')).toContainText('saved by a newer version of the app (format 9)');
  await expect(page.getByTestId('workspace-name')).toHaveValue('Checkout outage');
  await expect(page.getByLabel('Incident notes')).toHaveValue('Orders doubled at 09:10.');
  const waiting = page.waitForEvent('download');
  await notice.locator('[data-kept="newer"]').getByRole('button', { name: 'Download the original' }).click();
  expect(JSON.parse(await readFile(await (await waiting).path(), 'utf8'))).toMatchObject({ version: 9 });

  // Moved: it opens from the new storage, and the newer version's entry is still where it left it.
  await page.reload();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Checkout outage');
  await expect(page.getByLabel('Incident notes')).toHaveValue('Orders doubled at 09:10.');
  expect(await page.evaluate(() => localStorage.getItem('pipeline-seams:workspace:future'))).toContain('"version":9');
});
