import { chromium } from '@playwright/test';
import { startServer } from './scripts/serve-dist.mjs';
const { url, close } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [name, path, width, scheme] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme || 'light' });
  const page = await ctx.newPage();
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log(name, m.type(), m.text()); });
  page.on('pageerror', e => console.log(name, 'pageerror', e.message));
  await page.goto(url + path);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close(); await close();
