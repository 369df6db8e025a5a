import type { Browser, Page } from '@playwright/test';
import { generatePipeline } from '../../bench/generate';
import { expect, test } from '../fixtures';
import { AppPage } from '../pages/AppPage';
import { SharePage } from '../pages/SharePage';
import { runTriage, seamVerdicts } from '../pages/triage';
import { expectNoSeriousA11yViolations } from '../support/axe';

/** A browser with nothing in it: no storage, no history, as a colleague clicking the link. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a triage shared by link opens whole in a fresh browser, as a new workspace', async ({ app, walk, page, browser }) => {
  test.slow(); // a whole triage first, then a second browser
  await runTriage(app, walk, page);
  const share = new SharePage(page);
  const link = await share.shareLink();
  await expect(share.linkDialog.getByTestId('share-link-length')).toContainText('Short enough');
  await expectNoSeriousA11yViolations(page, 'share link dialog');
  await page.keyboard.press('Escape');
  await expect(share.linkDialog).toBeHidden();
  await expect(share.menuButton).toBeFocused();
  const before = await seamVerdicts(app);
  await app.openSeam('ingest-store');
  const clauses = await app.clauses.getByLabel('Actually got').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

  const other = await freshPage(browser);
  const theirs = new SharePage(other);
  await other.goto(link);
  await expect(theirs.notice('flash-info')).toContainText('from a shared link');
  await expect(other).not.toHaveURL(/#ws=/);
  const colleague = new AppPage(other);
  // The walkthrough trail came with it: the overview says which conclusion was accepted.
  await expect(other.getByTestId('overview-panel')).toContainText('accepted');
  expect(await seamVerdicts(colleague)).toEqual(before);
  await colleague.openSeam('ingest-store');
  await expect(colleague.clauses.getByLabel('Actually got')).toHaveCount(clauses.length);
  expect(await colleague.clauses.getByLabel('Actually got').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toEqual(clauses);
  await other.context().close();
});

test('opening the same link twice asks before making another copy', async ({ app, page }) => {
  await app.open();
  await app.loadPreset('Freshness SLA never written');
  const share = new SharePage(page);
  const link = await share.shareLink();
  await page.keyboard.press('Escape');

  const other = await freshPage(page.context().browser()!);
  await other.goto(link);
  await expect(new SharePage(other).notice('flash-info')).toBeVisible();
  await other.goto(link);
  const ask = other.getByTestId('shared-again-dialog');
  await expect(ask).toBeVisible();
  await expectNoSeriousA11yViolations(other, 'link opened twice');
  await expect(ask.getByRole('button', { name: 'Open my copy' })).toBeFocused();
  await other.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await other.getByTestId('workspaces-button').click();
  await expect(other.getByTestId('workspace-row').filter({ hasText: 'Freshness SLA never written' })).toHaveCount(1);
  await other.context().close();
});

test('a cut-off, garbled or future link says what is wrong, and nothing is lost', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-name').fill('My own triage');
  const share = new SharePage(page);
  const link = await share.shareLink();
  await page.keyboard.press('Escape');

  for (const [bad, said] of [
    [link.slice(0, link.length - 200), /damaged or cut off \(its data (ends early|does not decompress)\)/],
    [link.replace('#ws=1.', '#ws=1.@@'), /damaged or cut off \(it contains characters a link cannot carry\)/],
    [link.replace('#ws=1.', '#ws=9.'), /newer version of Pipeline Seams \(link format 9\)/],
  ] as const) {
    await page.goto(bad);
    const problem = share.notice('flash-problem');
    await expect(problem).toContainText(said);
    await expect(problem).toContainText('Nothing in your workspaces was changed.');
    // The link was read (the address is clean again) and the user's workspace is the one on screen.
    await expect(page).not.toHaveURL(/#ws=/);
    await expect(page.getByTestId('workspace-name')).toHaveValue('My own triage');
    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await expect(problem).toHaveCount(0);
  }
  await page.getByTestId('workspaces-button').click();
  await expect(page.getByTestId('workspace-row')).toHaveCount(1);
});

test('a link too long for chat says so and offers the workspace file instead', async ({ app, page }) => {
  await app.open();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, generatePipeline(500));
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.locator('[data-testid="pipeline-canvas"][data-imported="true"]')).toBeVisible();
  const share = new SharePage(page);
  await share.shareLink();
  await expect(share.linkDialog.getByTestId('share-link-length')).toContainText('more than chat tools and ticket fields reliably accept');
  const waiting = page.waitForEvent('download');
  await share.linkDialog.getByRole('button', { name: 'Download workspace file' }).click();
  expect((await waiting).suggestedFilename()).toMatch(/\.seams\.json$/);
});
