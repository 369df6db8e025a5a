import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { expect, test } from '../fixtures';
import { SharePage } from '../pages/SharePage';
import { runTriage } from '../pages/triage';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { skipTour } from '../support/tour';
import { odcsSchemaErrors } from '../support/odcs';

const require = createRequire(import.meta.url);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the write-up is copied as Markdown, by keyboard, with the verdict, every clause and the trail', async ({ app, walk, page }) => {
  test.slow(); // a whole triage first, then the write-up
  await runTriage(app, walk, page);
  const share = new SharePage(page);
  await share.menuButton.click();
  await expectNoSeriousA11yViolations(page, 'share menu open');
  await page.keyboard.press('Escape');
  await expect(share.menuButton).toBeFocused();

  await share.chooseByKeyboard('copy-markdown');
  await expect(share.notice('flash-done')).toContainText('Copied the incident write-up');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^## Walkthrough: Ack before commit/);
  expect(md).toContain('### Verdict');
  expect(md).toMatch(/(Broken|Suspect): Ingest → Store/);
  expect(md).toContain('| Seam | Dimension | Subject | Assumed | Actually got | Evidence | Verdict |');
  // The first question is which part misbehaved, answered with the part picked.
  expect(md).toMatch(/### Questions and answers\n\n\*\*Symptoms seen:\*\* .+\n\n1\. Which part of the pipeline is seen misbehaving\? — \*\*What moves data in from a source: .+\*\*\n2\. .+ — \*\*(Yes|No|Not sure|Does not apply)\*\*/);
  for (const section of ['### How to confirm', '### Fix now', '### Clauses to write down', '### Components by stage']) expect(md).toContain(section);

  // Rich editors get a real table from the same content.
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? (await item.getType('text/html')).text() : '';
  });
  expect(html).toContain('<table>');

  const file = await share.downloadText('download-markdown');
  expect(file.name).toBe('walkthrough-ack-before-commit-a-duplicate-row.md');
  expect(file.text).toBe(md);
});

test('the graph downloads as a PNG and an SVG of the whole pipeline, not just the view', async ({ app, page }) => {
  await app.open();
  const names = ['Orders API', 'Kafka', 'S3 landing', 'Spark cleanse', 'dbt marts', 'Looker'];
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-dialog').getByLabel(/Pipeline description/).fill(names.join(' -> '));
  await page.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.locator('[data-testid^="component-"][data-placement]')).toHaveCount(names.length);
  // Zoomed far in, most of the pipeline is off screen; the image still has all of it.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: /zoom in/i }).click();
  const share = new SharePage(page);

  const png = await share.download('download-png');
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(width).toBeGreaterThan(1000);
  expect(height).toBeGreaterThan(200);
  const inked = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, bytes.toString('base64'));
  expect(inked).toBeGreaterThan(20);

  const svg = await share.downloadText('download-svg');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.text).toMatch(/^<svg/);
  for (const name of names) expect(svg.text).toContain(name);
});

test('a workspace file opens whole in a fresh browser; a damaged one is refused with its line and nothing changes', async ({ app, walk, page, browser }) => {
  test.slow(); // a whole triage first, then a second browser
  await runTriage(app, walk, page);
  const share = new SharePage(page);
  const file = await share.downloadText('download-file');
  expect(file.name).toBe('walkthrough-ack-before-commit-a-duplicate-row.seams.json');
  const verdict = await app.seam('ingest-store').getAttribute('data-verdict');

  const fresh = await browser.newContext();
  await skipTour(fresh);
  const other = await fresh.newPage();
  await other.goto('/');
  const theirs = new SharePage(other);
  await theirs.openFile('open-file', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(theirs.notice('flash-done')).toContainText(`Opened ${file.name} as a new workspace.`);
  await expect(other.getByTestId('seam-ingest-store')).toHaveAttribute('data-verdict', verdict!);
  await expect(other.getByTestId('overview-panel')).toContainText('accepted');

  const damaged = file.text.replace(/"createdAt": "[^"]+"/, '"createdAt": "yesterday"');
  const line = damaged.split('\n').findIndex((l) => l.includes('yesterday')) + 1;
  expect(line).toBeGreaterThan(0);
  await other.getByTestId('workspace-name').fill('Still mine');
  await theirs.openFile('open-file', { name: 'damaged.seams.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
  await expect(theirs.notice('flash-problem')).toContainText(`damaged.seams.json was not opened. Line ${line}`);
  await expect(theirs.notice('flash-problem')).toContainText('Nothing open was changed.');
  await expect(other.getByTestId('workspace-name')).toHaveValue('Still mine');

  const future = file.text.replace(/"version": 2,/, '"version": 3,');
  await theirs.openFile('open-file', { name: 'future.seams.json', mimeType: 'application/json', buffer: Buffer.from(future) });
  await expect(theirs.notice('flash-problem')).toContainText('future.seams.json was not opened. It was saved by a newer version of the app');
  await expect(other.getByTestId('workspace-name')).toHaveValue('Still mine');
  await other.context().close();
});

test('each seam exports as an ODCS contract the standard’s schema accepts, and a standard example imports as clauses', async ({ app, page }) => {
  await app.open();
  await app.loadPreset('Ack before commit: a duplicate row');
  const share = new SharePage(page);
  await share.choose('odcs');
  await expect(share.odcsDialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'ODCS dialog');

  const waiting = page.waitForEvent('download');
  await share.odcsDialog.getByTestId('odcs-download-ingest-store').click();
  const yaml = await readFile(await (await waiting).path(), 'utf8');
  const contract: unknown = parse(yaml);
  expect(await odcsSchemaErrors(contract)).toEqual([]);
  expect(yaml).toContain('apiVersion: v3.1.0');
  expect(yaml).toContain('ack is sent only after the write is committed');

  const example = await readFile(new URL('../../src/share/odcs/standard/full-example.odcs.yaml', import.meta.url));
  const chooser = page.waitForEvent('filechooser');
  await share.odcsDialog.getByTestId('odcs-import').click();
  await (await chooser).setFiles({ name: 'full-example.odcs.yaml', mimeType: 'application/yaml', buffer: example });
  const pending = share.odcsDialog.getByTestId('odcs-pending');
  await expect(pending).toContainText('full-example.odcs.yaml');
  await pending.getByLabel('Add to seam').selectOption('store-process');
  await pending.getByTestId('odcs-add').click();
  await expect(share.notice('flash-done')).toContainText('from full-example.odcs.yaml');
  await expect(app.seamPanel).toHaveAttribute('data-seam', 'store-process');
  await expect(app.clauses).not.toHaveCount(0);
  const subjects = await app.clauses.getByLabel('Subject').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(subjects).toContain('tbl.rcvr_cntry_code');

  await share.choose('odcs');
  const bad = page.waitForEvent('filechooser');
  await share.odcsDialog.getByTestId('odcs-import').click();
  await (await bad).setFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('kind: DataContract\napiVersion: v3.1.0\n  id: [oops\n') });
  await expect(share.odcsDialog.getByTestId('odcs-problem')).toContainText(/broken\.yaml was not imported\. .*line \d+/i);
});

test('the pipeline exports as Mermaid that Import reads back to the same components', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-dialog').getByLabel(/Pipeline description/).fill('Orders API -> Kafka -> S3 landing -> Spark cleanse -> dbt marts -> Looker');
  await page.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.locator('[data-testid^="component-"][data-placement]')).toHaveCount(6);
  const placements = await page.locator('[data-testid^="component-"][data-placement]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('title')}@${e.getAttribute('data-placement')}`).sort(),
  );
  const share = new SharePage(page);
  await share.choose('copy-mermaid');
  await expect(share.notice('flash-done')).toContainText('Mermaid');
  const mermaid = await page.evaluate(() => navigator.clipboard.readText());
  expect(mermaid).toMatch(/flowchart LR/);

  // Mermaid itself draws it: every component appears in the rendered SVG.
  const viewer = await page.context().newPage();
  await viewer.setContent('<div id="chart"></div>');
  await viewer.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  const rendered = await viewer.evaluate(async (text) => {
    const m = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
    m.initialize({ startOnLoad: false });
    return (await m.render('exported', text)).svg;
  }, mermaid);
  for (const name of ['Orders API', 'Kafka', 'S3 landing', 'Spark cleanse', 'dbt marts', 'Looker']) expect(rendered).toContain(name);
  await viewer.close();

  await page.getByTestId('import-button').click();
  await page.getByTestId('import-dialog').getByLabel(/Pipeline description/).fill(mermaid);
  await expect(page.getByTestId('import-dialog')).toContainText('Looks like: Mermaid');
  await page.getByRole('button', { name: 'Open as new workspace' }).click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.getByTestId('workspace-name')).toHaveValue(/./);
  await expect(page.locator('[data-testid^="component-"][data-placement]')).toHaveCount(6);
  const again = await page.locator('[data-testid^="component-"][data-placement]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('title')}@${e.getAttribute('data-placement')}`).sort(),
  );
  expect(again).toEqual(placements);
});

test('print lays the whole graph and the write-up out on paper', async ({ app, walk, page }) => {
  // The browser's print dialog is outside the page; count the calls instead of opening it.
  await page.addInitScript(() => {
    const w = window as unknown as { printed?: number; graphReady?: boolean[] };
    window.print = () => {
      w.printed = (w.printed ?? 0) + 1;
      // What the paper would get: is the graph image decoded at the moment print is called?
      const img = document.querySelector<HTMLImageElement>('[data-testid="print-report"] img.print-graph');
      (w.graphReady ??= []).push(img !== null && img.complete && img.naturalWidth > 0);
    };
  });
  await runTriage(app, walk, page);
  const share = new SharePage(page);
  await share.choose('print');
  const report = page.getByTestId('print-report');
  await expect(report).toBeAttached();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { graphReady?: boolean[] }).graphReady)).toEqual([true]);
  await expect(report.locator('table')).toHaveCount(1);
  // The shortcut prints the same prepared report, not the screen.
  await page.keyboard.press('ControlOrMeta+p');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { graphReady?: boolean[] }).graphReady)).toEqual([true, true]);

  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(report.locator('h3', { hasText: 'Verdict' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
});
