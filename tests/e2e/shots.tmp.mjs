// Temporary: screenshots of the performance pages (not part of the suite; deleted after use).
import { chromium } from 'playwright';
import { startServer } from '../../scripts/serve-dist.mjs';

const { url, close } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const pages = [
  ['dashboard', '#/performance'],
  ['report', '#/performance/report'],
  ['channels', '#/performance/channels'],
  ['service', '#/services/report-a-pothole'],
  ['figures', '#/services/report-a-pothole/2026-01+3'],
];
for (const [width, height] of [[360, 800], [1280, 900]]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${url}#/services`);
    await page.getByRole('button', { name: 'Load the illustrative sample data' }).click();
    await page.waitForTimeout(500);
    for (const [name, fragment] of pages) {
      await page.goto(`${url}${fragment}`);
      await page.waitForTimeout(1500);
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      const slice = width < 500 ? 1100 : 1000;
      for (let y = 0, part = 1; y < total && part <= 8; y += slice, part++) {
        await page.screenshot({ path: `/tmp/shots/${name}-${width}-${scheme}-${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, total - y) } });
      }
    }
    await context.close();
  }
}
await browser.close();
await close();
