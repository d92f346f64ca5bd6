import { chromium } from '@playwright/test';
import { startServer } from './scripts/serve-dist.mjs';
const server = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const scheme = process.argv[2] || 'light';
for (const [name, width] of [['phone', 360], ['desk', 1280]]) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1, colorScheme: scheme });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  await page.goto(server.url + '#/services');
  await page.waitForSelector('main[data-ready] h1');
  await page.getByRole('button', { name: 'Load the illustrative sample data' }).click();
  for (const [shot, hash] of [['services', '#/services'], ['dashboard', '#/performance'], ['service', '#/services/report-a-pothole'], ['figures', '#/services/report-a-pothole/2026-Q2'], ['channels', '#/performance/channels'], ['home', '#/']]) {
    await page.goto(server.url + hash);
    await page.waitForTimeout(700);
    if (shot === 'figures') { await page.locator('#phone-completed').fill('-3'); await page.getByRole('button', { name: 'Save figures' }).click(); await page.waitForTimeout(300); }
    await page.screenshot({ path: `/tmp/perf-shot-${scheme}-${name}-${shot}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
await server.close?.();
process.exit(0);
