#!/usr/bin/env node
// Makes sure node_modules is installed and up to date with package-lock.json.
// Plain Node only (no dependencies): it runs before anything is installed.
// Fast no-op when node_modules is present, fresh, and key packages resolve.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nodeModules = join(root, 'node_modules');
const lockfile = join(root, 'package-lock.json');
// npm rewrites this hidden lockfile on every install, so it marks install time.
const hiddenLock = join(nodeModules, '.package-lock.json');
const KEY_PACKAGES = ['vite', 'typescript', 'eslint', 'vitest', '@playwright/test'];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function reasonToInstall() {
  if (!existsSync(nodeModules)) return 'node_modules is missing';
  const missing = KEY_PACKAGES.filter((p) => !existsSync(join(nodeModules, p, 'package.json')));
  if (missing.length > 0) return `missing packages: ${missing.join(', ')}`;
  if (existsSync(lockfile)) {
    const installedAt = Math.max(mtime(nodeModules), mtime(hiddenLock));
    // 1 s tolerance: npm writes package-lock.json right after node_modules.
    if (mtime(lockfile) > installedAt + 1000) return 'package-lock.json is newer than node_modules';
  }
  return null;
}

const reason = reasonToInstall();
if (reason === null) process.exit(0);

const hasLock = existsSync(lockfile);
// The project's .npmrc silences npm (so `npm run seams` prints pure JSON); an install should still speak.
const args = hasLock ? ['ci', '--no-audit', '--no-fund', '--loglevel=warn'] : ['install', '--no-audit', '--no-fund', '--loglevel=warn'];
console.error(`[ensure-deps] ${reason}; running npm ${args[0]}...`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// npm's output goes to stderr too: stdout belongs to whatever command runs after this one.
const result = spawnSync(npm, args, { cwd: root, stdio: ['inherit', 2, 2], shell: process.platform === 'win32' });
if (result.error) {
  console.error(`[ensure-deps] could not run npm: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`[ensure-deps] npm ${args[0]} failed with exit code ${result.status ?? 'null'}`);
  process.exit(result.status ?? 1);
}
// Mark node_modules as fresh so the next run is a no-op.
const now = new Date();
try {
  utimesSync(existsSync(hiddenLock) ? hiddenLock : nodeModules, now, now);
} catch {
  // best effort
}
