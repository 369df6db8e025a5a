import { expect, test } from '../fixtures';
import { OtherTab } from '../pages/OtherTab';

const notes = (tab: { page: import('@playwright/test').Page }) => tab.page.getByLabel('Incident notes');

test('two tabs typing in the same notes at once keep every character, and each sees the other’s', async ({ app, page, context }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Shared incident');
  const other = await OtherTab.open(context);
  await expect(other.page.getByTestId('workspace-name')).toHaveValue('Shared incident');

  await Promise.all([
    notes(app).pressSequentially('aaaaaaaaaaaaaaaaaaaa', { delay: 15 }),
    notes(other).pressSequentially('bbbbbbbbbbbbbbbbbbbb', { delay: 15 }),
  ]);
  await expect.poll(async () => [await notes(app).inputValue(), await notes(other).inputValue()].map((t) => t.length)).toEqual([40, 40]);
  const mine = await notes(app).inputValue();
  expect(await notes(other).inputValue()).toBe(mine);
  // Every letter typed in either tab is kept. Each run usually stays whole, since a tab's caret stays
  // after its own typing, but two keystrokes at the same place at the same moment are ordered by the
  // merge, not by whose caret it was, so a run may split once there.
  expect([...mine].filter((c) => c === 'a')).toHaveLength(20);
  expect([...mine].filter((c) => c === 'b')).toHaveLength(20);
  expect(mine).toMatch(/^[ab]*$/);

  await page.reload();
  await expect(notes(app)).toHaveValue(mine);
  expect(other.errors).toEqual([]);
});

test('a workspace deleted in one tab stays deleted, and the other tab says so', async ({ app, page, context }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('Keep');
  await page.getByTestId('new-workspace').click();
  await page.getByTestId('workspace-name').fill('Doomed');
  const other = await OtherTab.open(context);
  await expect(other.page.getByTestId('workspace-name')).toHaveValue('Doomed');

  const list = await app.openWorkspaces();
  await list.getByRole('button', { name: 'Delete Doomed' }).click();
  await list.getByRole('group', { name: /Confirm deleting/ }).getByRole('button', { name: 'Delete' }).click();
  await page.keyboard.press('Escape');

  await expect(other.page.locator('[data-kind="flash-info"]')).toContainText('“Doomed” was deleted in another tab.');
  await expect(other.page.getByTestId('workspace-name')).toHaveValue('Keep');
  await notes(other).fill('edited after the delete');

  await page.reload();
  const after = await app.openWorkspaces();
  await expect(app.workspaceRows(after)).toHaveCount(1);
  await expect(after).not.toContainText('Doomed');
  await page.keyboard.press('Escape');
  await expect(notes(app)).toHaveValue('edited after the delete');
  expect(other.errors).toEqual([]);
});
