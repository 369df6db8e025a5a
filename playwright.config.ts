import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './scripts/browser.mjs';

const isCI = !!process.env.CI;
const isRoot = process.getuid?.() === 0;
// Another port lets a second checkout run its stories beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;

const executablePath = resolveChromium();
const args = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(isRoot ? ['--no-sandbox'] : []),
];

export default defineConfig({
  testDir: 'e2e/specs',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // A shared CI machine runs a story about twice as slowly as a laptop; the stories that walk a whole
  // triage already measured 20–30 s there, so the default 30 s left no room.
  timeout: isCI ? 60_000 : 30_000,
  workers: 2,
  reporter: [['list', { printSteps: false }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    // Each story starts as a first visit; the offline and security stories turn the service worker on.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      args,
      ...(executablePath ? { executablePath } : {}),
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } },
    },
  ],
  webServer: {
    command: `npx vite build && npx vite preview --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
