// What the browser measurements share: build, serve the build with `vite preview`, open Chromium,
// and wait until the page answers.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { resolveChromium } from './browser.mjs';

/** Builds with `configArgs` and serves the build with the same arguments plus `serveArgs`; stops it on exit. */
export function buildAndServe(configArgs = [], serveArgs = []) {
  const build = spawnSync('npx', ['vite', 'build', ...configArgs, '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const server = spawn('npx', ['vite', 'preview', ...configArgs, ...serveArgs], { stdio: 'ignore', detached: true });
  process.on('exit', () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  });
}

/** Chromium as the tests run it. */
export function launchChromium() {
  const executablePath = resolveChromium();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
}

/** Opens `url` once the server is up (it starts in the background). */
export async function gotoWhenUp(page, url) {
  for (let i = 0; i < 100; i++) {
    try {
      await page.goto(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.goto(url);
}
