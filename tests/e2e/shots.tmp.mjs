import { chromium } from '@playwright/test';
import { startServer } from '../../scripts/serve-dist.mjs';
const server = await startServer({ port: 0 });
const base = server.url;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [w, h] of [[360, 780], [1280, 900]]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: w === 360 ? 2 : 1 });
    await page.goto(`${base}?lang=cy`);
    await page.waitForSelector('main[data-ready]');
    await page.screenshot({ path: `/tmp/shot-home-${w}-${scheme}.png` });
    await page.getByRole('button', { name: "Dechrau'r gwiriad cyflym" }).click();
    await page.waitForSelector('input[type=radio]');
    await page.screenshot({ path: `/tmp/shot-q1-${w}-${scheme}.png`, fullPage: w === 360 });
    for (let i = 0; i < 12; i++) {
      await page.locator('input[type=radio]').nth(i % 5).check();
      await page.locator('button[type=submit]').click();
    }
    await page.waitForURL(/result/);
    await page.waitForSelector('canvas');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shot-result-${w}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
await server.close();
