// `npm run bench`: paste → painted graph for generated pipelines of 100, 500 and 2,000
// components, against Mermaid rendering the same flowchart, in one Chromium run. Prints medians.
import { buildAndServe, gotoWhenUp, launchChromium } from './preview.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,500,2000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MERMAID_TIMEOUT_S = Number(process.env.BENCH_MERMAID_TIMEOUT ?? 120);
// BENCH_MERMAID=0 skips Mermaid, for a quick look at our own numbers.
const WITH_MERMAID = process.env.BENCH_MERMAID !== '0';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const ms = (x) => (x == null || Number.isNaN(x) ? '—' : `${Math.round(x).toLocaleString('en')} ms`);

buildAndServe(['--config', 'bench/vite.config.ts']);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await gotoWhenUp(page, `http://localhost:4190/${process.env.BENCH_FROM === 'graph' ? '?from=graph' : ''}`);
await page.waitForFunction(() => 'bench' in window);

console.log(`Pipeline Seams vs Mermaid — medians of ${RUNS} run(s); Mermaid gives up after ${MERMAID_TIMEOUT_S} s\n`);
console.log('components | seams: parse | seams: paste→paint | select seam | mermaid render | mermaid ÷ seams');
for (const n of SIZES) {
  const text = await page.evaluate((k) => window.bench.generate(k), n);
  const totals = [];
  const parses = [];
  const selects = [];
  for (let r = 0; r < RUNS; r++) {
    await page.evaluate(() => localStorage.clear());
    const t = await page.evaluate((x) => window.bench.seams(x), text);
    totals.push(t.total);
    parses.push(t.parse);
    selects.push(await page.evaluate(() => window.bench.selectSeam()));
  }
  const mermaidRuns = [];
  for (let r = 0; WITH_MERMAID && r < (n >= 2000 ? 1 : RUNS); r++) {
    const t = await page.evaluate(([x, to]) => window.bench.mermaid(x, to), [text, MERMAID_TIMEOUT_S * 1000]);
    mermaidRuns.push(t);
    if (t === null) break;
  }
  const finished = mermaidRuns.filter((x) => x !== null);
  const mermaid = finished.length === mermaidRuns.length ? median(finished) : null;
  const ratio = !WITH_MERMAID ? '—' : mermaid ? `${(mermaid / median(totals)).toFixed(1)}×` : `> ${((MERMAID_TIMEOUT_S * 1000) / median(totals)).toFixed(0)}×`;
  console.log(
    `${String(n).padStart(10)} | ${ms(median(parses)).padStart(12)} | ${ms(median(totals)).padStart(18)} | ${ms(median(selects)).padStart(11)} | ${(!WITH_MERMAID ? 'skipped' : mermaid ? ms(mermaid) : `not done in ${MERMAID_TIMEOUT_S} s`).padStart(14)} | ${ratio}`,
  );
}
await browser.close();
// The preview server is stopped on exit.
process.exit(0);
