#!/usr/bin/env node
// Makes sure a Chromium is available for Playwright; installs one if not.
// As root with apt-get: Debian's chromium package. Otherwise: `npx playwright install chromium`.
import { spawnSync } from 'node:child_process';
import { resolveChromium } from './browser.mjs';

function run(cmd, args, env = process.env) {
  console.log(`[ensure-browser] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.error) {
    console.error(`[ensure-browser] could not run ${cmd}: ${r.error.message}`);
    return false;
  }
  return r.status === 0;
}

function hasCommand(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  return r.status === 0;
}

const found = resolveChromium();
if (found) {
  console.log(`[ensure-browser] using Chromium at ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
let ok;
if (isRoot && hasCommand('apt-get')) {
  console.log('[ensure-browser] no Chromium found; installing Debian chromium via apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  ok = run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env);
} else {
  console.log('[ensure-browser] no Chromium found; running npx playwright install chromium');
  ok = run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium']);
}

const after = ok ? resolveChromium() : undefined;
if (!after) {
  console.error(
    '[ensure-browser] ERROR: no Chromium available for the e2e tests.\n' +
      '  Install one (e.g. `sudo apt-get install -y chromium` or `npx playwright install chromium`),\n' +
      '  or set CHROMIUM_PATH to an existing Chromium/Chrome executable.',
  );
  process.exit(1);
}
console.log(`[ensure-browser] using Chromium at ${after}`);
