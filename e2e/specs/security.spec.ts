import { expect, test } from '../fixtures';
import { SharePage } from '../pages/SharePage';

// These stories are about the service worker, which the other stories keep out of the way.
test.use({ serviceWorkers: 'allow' });

test('the app is served with a strict security policy and runs under it without a single violation', async ({ app, page, context }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation: (v: string) => Promise<void> }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  const policy = headers['content-security-policy'] ?? '';
  for (const rule of ["script-src 'self' 'sha256-", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy).toContain(rule);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');

  // A walk through the parts that load code, workers and images: all of it must run under the policy.
  await app.open();
  await app.loadPreset('Ack before commit: a duplicate row');
  await expect(app.seamPanel).toBeVisible();
  const share = new SharePage(page);
  await share.download('download-png');
  await share.choose('odcs');
  const waiting = page.waitForEvent('download');
  await share.odcsDialog.getByTestId('odcs-download-ingest-store').click();
  await waiting;
  await page.keyboard.press('Escape');
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-dialog').getByLabel(/Pipeline description/).fill('Orders API -> Kafka -> S3 landing');
  await page.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await page.getByTestId('start-walkthrough').click();
  await expect(page.getByTestId('walkthrough-panel')).toBeVisible();
  // The offline service worker (with the runtime it imports) and the install manifest load under it too.
  await app.waitUntilServedOffline();
  const manifest = await (await context.newCDPSession(page)).send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(violations).toEqual([]);
});

test('inside another page’s frame the app refuses to run', async ({ page, baseURL }) => {
  // Served without headers, as a static host might: only the page's own guard stands.
  await page.route('**/framed-host', (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${baseURL}/" width="800" height="400"></iframe>` }));
  await page.route(`${baseURL}/`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['x-frame-options'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.goto(`${baseURL}/framed-host`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#root')).toHaveText('Pipeline Seams does not run inside another page. Open it in its own tab.');
  await expect(frame.getByTestId('pipeline-canvas')).toHaveCount(0);
});
