// Playwright config for Almanac's end-to-end tests (run from tests/e2e: `npx playwright test`).
// The built app (dist/, from `trunk build --release`) is served under a sub-path,
// http://127.0.0.1:4173/almanac/, by scripts/serve-dist.mjs, to prove every URL is relative.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// ALMANAC_E2E_PORT lets two checkouts on one machine run their suites at once.
const PORT = Number(process.env.ALMANAC_E2E_PORT || 4173);
const BASE_URL = `http://127.0.0.1:${PORT}/almanac/`;

// Shared with scripts/bench.mjs. Without the background-networking flags, Chromium keeps
// trying to reach Google's hosts, which this machine's closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: path.join(ROOT, 'tests', 'e2e'),
  testMatch: '**/*.spec.mjs',
  outputDir: path.join(ROOT, 'target', 'playwright', 'artifacts'),
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // `list` for people; JSON so scripts/test.sh can count passed/failed.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PW_JSON_OUTPUT || path.join(ROOT, 'target', 'playwright', 'results.json') }],
  ],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    // Most journeys run without the service worker, so each starts from the network as a first
    // visit does; offline.spec.mjs turns it on.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
    {
      name: 'desktop',
      use: {
        viewport: { width: 1280, height: 800 },
      },
    },
  ],
  webServer: {
    command: `node ${JSON.stringify(path.join(ROOT, 'scripts', 'serve-dist.mjs'))} --port ${PORT} --base /almanac/`,
    cwd: ROOT,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
