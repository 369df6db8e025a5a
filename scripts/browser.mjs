// Resolves a Chromium executable for Playwright.
// Order: $CHROMIUM_PATH, Playwright's own bundled Chromium, /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} */
function bundledChromium() {
  for (const pkg of ['playwright-core', '@playwright/test']) {
    try {
      /** @type {{ chromium: { executablePath(): string } }} */
      const mod = require(pkg);
      const path = mod.chromium.executablePath();
      if (path && existsSync(path)) return path;
    } catch {
      // package missing or browser not installed: try the next option
    }
  }
  return undefined;
}

/**
 * Returns the path of a usable Chromium executable, or undefined if none is found.
 * @returns {string | undefined}
 */
export function resolveChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const bundled = bundledChromium();
  if (bundled) return bundled;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}
