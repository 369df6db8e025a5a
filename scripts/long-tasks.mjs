// `npm run bench:longtasks [-- MB…]`: pastes generated chains of MB megabytes (default 5 and 20 MiB)
// into the production build, opens what was read, and reloads; prints the longest main-thread task
// of each phase (reading, opening, reload) and every task over 200 ms. Measures, never asserts.
import { buildAndServe, gotoWhenUp, launchChromium } from './preview.mjs';

const PORT = Number(process.env.LONGTASK_PORT ?? 4191);
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const MB = SIZES.length ? SIZES : [5, 20];

buildAndServe([], ['--port', String(PORT), '--strictPort']);
const browser = await launchChromium();

const phase = async (page, name) => {
  const tasks = await page.evaluate(() => window.__longTasks.splice(0));
  const longest = Math.max(0, ...tasks);
  console.log(`  ${name.padEnd(8)} longest ${String(longest).padStart(5)} ms; over 200 ms: ${tasks.filter((t) => t > 200).join(', ') || 'none'}`);
};

for (const mb of MB) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  await gotoWhenUp(page, `http://localhost:${PORT}/`);
  await page.getByLabel('Incident notes').waitFor();
  // The text is made in the page: handing 20 MB over from here would itself be a long task.
  const chars = await page.evaluate((size) => {
    const lines = [];
    let length = 0;
    for (let i = 0; length < size * 1_048_576; i++) {
      const line = `app${i} -> topic${i} -> bucket${i} -> job${i} -> mart${i} -> dash${i}\n`;
      lines.push(line);
      length += line.length;
    }
    window.__text = lines.join('');
    return window.__text.length;
  }, mb);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await page.evaluate(() => window.__longTasks.splice(0));
  console.log(`${mb} MiB (${chars.toLocaleString('en')} characters)`);
  const dialog = page.getByTestId('import-dialog');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', window.__text);
    // As on the graph: nothing editable has the focus.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await dialog.waitFor({ state: 'visible' });
  const openRead = dialog.getByRole('button', { name: 'Open what was read' });
  await Promise.race([openRead.waitFor({ timeout: 300_000 }), dialog.waitFor({ state: 'hidden', timeout: 300_000 })]);
  await phase(page, 'reading');
  if (await openRead.isVisible()) await openRead.click();
  await dialog.waitFor({ state: 'hidden', timeout: 300_000 });
  await page.locator('[data-imported="true"]').waitFor({ timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
  await phase(page, 'opening');
  await page.reload();
  await page.locator('[data-imported="true"]').waitFor({ timeout: 300_000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
  await phase(page, 'reload');
  await context.close();
}
await browser.close();
// The preview server is stopped on exit.
process.exit(0);
