#!/usr/bin/env node
// Draws the install icons in public/ from public/favicon.svg with Chromium, so the PNGs that
// browsers require for installing the app stay the same picture as the favicon.
// Run after changing the favicon: `node scripts/icons.mjs`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { resolveChromium } from './browser.mjs';

const pub = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const favicon = readFileSync(join(pub, 'favicon.svg'), 'utf8');
const inner = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
// The favicon's own rounded square, then everything drawn on it.
const picture = inner.replace(/^<rect [^>]*\/>/, '');
const background = /fill="([^"]+)"/.exec(inner)?.[1] ?? '#0f172a';

/** Full-bleed background, picture shrunk into the centre: launchers that crop to a circle or
 *  squircle (maskable icons, iOS) keep everything inside the safe zone, the middle 80 %. */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(16 16) scale(0.8) translate(-16 -16)">${picture}</g></svg>`;

const ICONS = [
  { file: 'pwa-192x192.png', size: 192, svg: favicon },
  { file: 'pwa-512x512.png', size: 512, svg: favicon },
  { file: 'maskable-icon-512x512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

const browser = await chromium.launch({ executablePath: resolveChromium(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  for (const { file, size, svg } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: join(pub, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
