import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/AppPage';
import { skipTour } from '../support/tour';

// These stories watch the app fail to load its code; the first-visit tour is not part of them.
test.beforeEach(({ context }) => skipTour(context));

test('a side panel whose code cannot load says so in place, and the graph and saved work stay usable', async ({ page }) => {
  let fetches = 0;
  await page.route('**/assets/SeamPanel-*.js', (route) => {
    fetches++;
    return route.abort('connectionfailed');
  });
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('workspace-name').fill('Keep me');
  await app.seam('ingest-store').click();
  const problem = page.getByTestId('panel-error');
  await expect(problem).toContainText('The side panel could not be shown.');
  await expect(problem).toContainText('Part of the app could not be loaded');
  // The chunk was asked for a second time before giving up.
  expect(fetches).toBe(2);

  await problem.getByRole('button', { name: 'Close it' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Keep me');
  await expect(app.seam('generate-ingest')).toBeVisible();

  // Once the code can be fetched again, a reload brings the panel back with the work intact.
  await page.unroute('**/assets/SeamPanel-*.js');
  await page.reload();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Keep me');
  await app.openSeam('ingest-store');
  await expect(problem).toHaveCount(0);
});

test('when the storage code cannot load, the app says so, changes nothing, and a reload opens the saved work', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('workspace-name').fill('Keep me');
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-status', 'saved');

  let fetches = 0;
  await page.route('**/assets/libraryBinding-*.js', (route) => {
    fetches++;
    return route.abort('connectionfailed');
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Part of the app could not be loaded, so your saved workspaces are not open yet');
  expect(fetches).toBe(2);

  await page.unroute('**/assets/libraryBinding-*.js');
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveValue('Keep me');
});

for (const [what, script, said] of [
  ['hangs', 'self.onmessage = () => {};', /stopped answering after 60 s/],
  ['crashes', "self.onmessage = () => { throw new Error('out of memory'); };", /stopped unexpectedly: .*out of memory/],
  ['answers nonsense', "self.onmessage = () => postMessage({ type: 'done' });", /sent an answer the app cannot read/],
] as const) {
  test(`an importer that ${what} says so and what to try, and nothing open changes`, async ({ page }) => {
    await page.clock.install();
    await page.route('**/assets/importWorker-*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
    const app = new AppPage(page);
    await app.open();
    await page.getByTestId('workspace-name').fill('Keep me');
    await page.getByTestId('import-button').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByLabel(/Pipeline description/).fill('Orders API -> Kafka -> S3 landing');
    await dialog.getByRole('button', { name: 'Open as new workspace' }).click();
    if (what === 'hangs') {
      await expect(dialog.getByLabel('Import progress')).toBeVisible();
      await page.clock.fastForward('01:01');
    }
    await expect(dialog.getByTestId('import-error')).toContainText(said);
    await expect(dialog.getByTestId('import-error')).toContainText('Try again, pick the format by hand');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('workspace-name')).toHaveValue('Keep me');
  });
}
