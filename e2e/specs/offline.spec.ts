import { expect, test } from '../fixtures';
import type { Page, Response } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { serveBuild } from '../support/staticHost';

// These stories are about the service worker, which the other stories keep out of the way.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens and works with no connection: examples, the walkthrough and import included', async ({ app, page, context }) => {
  await app.open();
  // The notice comes once the first install has stored the whole app, which on a busy machine takes
  // longer than the default wait; it then stays on screen for eight seconds.
  await expect(app.offlineNotice('offline-ready')).toContainText('Ready to work offline', { timeout: 20_000 });
  await app.waitUntilServedOffline();

  // The wifi drops. From here on, every answer the page gets must come from the service worker.
  await context.setOffline(true);
  const answers: Response[] = [];
  const failed: string[] = [];
  page.on('response', (r) => answers.push(r));
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await expect(app.canvas).toBeVisible();
  await expect(app.seam('generate-ingest')).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // An example opens with its seam panel and evidence: each comes in its own lazily loaded chunk.
  await app.loadPreset('Ack before commit');
  await expect(app.seam('ingest-store')).toHaveAttribute('data-verdict', 'broken');
  await expect(app.evidence).toHaveAttribute('data-kind', 'sequence');
  await page.getByTestId('start-walkthrough').click();
  await expect(page.getByTestId('walkthrough-panel')).toBeVisible();

  // The importer runs in a web worker, whose script comes from the cache too.
  await app.importText('Orders API -> Kafka -> S3 landing');
  await expect(app.canvas).toContainText('S3 landing');

  expect(failed).toEqual([]);
  const urls = answers.map((r) => new URL(r.url()).pathname);
  for (const part of ['/', '/assets/SeamPanel-', '/assets/WalkthroughPanel-', '/assets/ImportDialog-', '/assets/importWorker-']) {
    expect(urls.some((u) => (part === '/' ? u === '/' : u.startsWith(part))), part).toBe(true);
  }
  expect(answers.filter((r) => !r.fromServiceWorker()).map((r) => r.url())).toEqual([]);

  // Back online, everything done meanwhile is still there.
  await context.setOffline(false);
  await page.reload();
  await expect(app.canvas).toContainText('S3 landing');
  const list = await app.openWorkspaces();
  await expect(app.workspaceRows(list)).toHaveCount(3);
});

test('the app can be installed: a manifest with its name and icons, and a service worker that serves it', async ({ app, page, context }) => {
  await app.open();
  await app.waitUntilServedOffline();
  const cdp = await context.newCDPSession(page);
  const { errors, data } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data ?? '{}') as { name: string; display: string; icons: { sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: 'Pipeline Seams', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  // Chromium's own verdict. Test browsers are private windows, which never offer to install.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('a new version waits until the user asks for it: "Later" keeps the page as it is, "Reload to update" switches', async ({ app, page }) => {
  test.slow(); // two deployments, each installed by its own service worker
  const host = await serveBuild();
  try {
    await app.open(host.url);
    await app.waitUntilServedOffline();
    await page.getByTestId('workspace-name').fill('Tuesday incident');
    const [first] = await cachedRevisions(page);
    expect(first).toMatch(/^[0-9a-f]{32}$/);

    // A new deployment: its service worker precaches another index.html.
    const sw = await (await fetch(`${host.url}sw.js`)).text();
    const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+/, '$1next');
    expect(next).not.toBe(sw);
    host.deploy('/sw.js', next);

    // Opening the app again is when the browser looks for a new version.
    await page.reload();
    const prompt = app.offlineNotice('update-ready');
    await expect(prompt).toContainText('A new version is ready.');
    await expectNoSeriousA11yViolations(page, 'update prompt');
    await prompt.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toBeHidden();
    expect(await hasWaitingVersion(page)).toBe(true);

    // The new version still waits, so the next start offers it again.
    await page.reload();
    await expect(prompt).toBeVisible();
    const reloaded = page.waitForEvent('framenavigated');
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await page.waitForLoadState();
    // The new worker took over (its activation dropped the old version's files) and the page reloaded.
    await expect.poll(() => cachedRevisions(page)).toEqual(['next']);
    await expect(app.canvas).toBeVisible();
    await expect(prompt).toHaveCount(0);
    expect(await hasWaitingVersion(page)).toBe(false);
    await expect(page.getByTestId('workspace-name')).toHaveValue('Tuesday incident');
  } finally {
    await host.close();
  }
});

/** The revisions of index.html in the service worker's cache: the version in use, and one installing or waiting. */
function cachedRevisions(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const revisions: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        if (url.pathname === '/index.html') revisions.push(url.searchParams.get('__WB_REVISION__') ?? '');
      }
    }
    return revisions;
  });
}

function hasWaitingVersion(page: Page): Promise<boolean> {
  return page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
}
