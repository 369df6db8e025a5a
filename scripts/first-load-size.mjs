#!/usr/bin/env node
// First-load size budget: gzip size of every asset dist/index.html loads eagerly
// (external <script src>, <link rel="stylesheet">, <link rel="modulepreload">).
// `npm run size` builds first; run directly (`node scripts/first-load-size.mjs [dist]`) it reads what is there.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 160;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Optional argument: another dist folder (default: ./dist).
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
const indexPath = join(dist, 'index.html');

if (!existsSync(indexPath)) {
  console.error(`[size] ${relative(process.cwd(), indexPath)} not found: run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(indexPath, 'utf8');

/** Attributes of one tag as a lowercase-keyed map. */
function attributes(tag) {
  const attrs = new Map();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<\s*[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** @type {{ kind: string, url: string }[]} */
const found = [];
const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
  const src = attributes(tag).get('src');
  if (src) found.push({ kind: 'script', url: src });
}
for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
  const a = attributes(tag);
  const rels = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
  const href = a.get('href');
  if (!href) continue;
  if (rels.includes('stylesheet')) found.push({ kind: 'stylesheet', url: href });
  else if (rels.includes('modulepreload')) found.push({ kind: 'modulepreload', url: href });
}

const seen = new Set();
const rows = [];
let total = 0;
let missing = 0;
for (const { kind, url } of found) {
  if (/^([a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) {
    console.warn(`[size] skipping external asset ${url}`);
    continue;
  }
  const clean = url.split(/[?#]/)[0].replace(/^\.?\//, '');
  const file = normalize(join(dist, decodeURIComponent(clean)));
  if (!file.startsWith(dist + sep)) {
    console.warn(`[size] skipping asset outside dist: ${url}`);
    continue;
  }
  if (seen.has(file)) continue;
  seen.add(file);
  if (!existsSync(file)) {
    console.error(`[size] missing asset referenced by index.html: ${url}`);
    missing++;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw).length;
  total += gz;
  rows.push({ kind, name: relative(dist, file).split(sep).join('/'), raw: raw.length, gz });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const nameWidth = Math.max(20, ...rows.map((r) => r.name.length));
console.log(`${'asset'.padEnd(nameWidth)}  ${'kind'.padEnd(13)}  ${'raw KB'.padStart(7)}  ${'gzip KB'.padStart(7)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(nameWidth)}  ${r.kind.padEnd(13)}  ${kb(r.raw)}  ${kb(r.gz)}`);
}
const totalKb = total / 1024;
console.log(
  `${'total (first load, gzip)'.padEnd(nameWidth)}  ${''.padEnd(13)}  ${''.padStart(7)}  ${kb(total)}   budget ${BUDGET_KB} KB`,
);

if (rows.length === 0) {
  console.error('[size] no eagerly loaded assets found in dist/index.html');
  process.exit(1);
}
if (missing > 0) process.exit(1);
if (totalKb > BUDGET_KB) {
  console.error(`[size] FAIL: first-load JS+CSS is ${totalKb.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
console.log(`[size] OK: ${totalKb.toFixed(1)} KB of ${BUDGET_KB} KB budget.`);
