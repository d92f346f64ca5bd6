// Temporary: screenshots of the workbook buttons, the plan update preview and the Word button.
import { chromium } from '@playwright/test';
import { startServer } from '../../scripts/serve-dist.mjs';
import { assessmentFile, QUESTIONS, DONT_KNOW } from './helpers.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const levels = [1, 2, 3, DONT_KNOW, 2, 1, 4, 3, 2, 1, 5, 2];
const file = assessmentFile({ id: 'shots', answers: Object.fromEntries(QUESTIONS.map((q, i) => [q.id, levels[i]])) });
file.assessment.plan = { entries: { [QUESTIONS[1].id]: { status: 'in_progress', owner: 'Digital lead', note: 'Waiting on the IT contract <b>renewal</b>' } } };
for (const [width, scheme] of [[360, 'light'], [360, 'dark'], [1280, 'light'], [1280, 'dark']]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url + '#/saved');
  await page.evaluate((f) => localStorage.setItem('almanac.assessment.shots', JSON.stringify(f)), file);
  await page.goto(server.url + '#/result/shots');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const button = page.getByRole('button', { name: 'Download as an Excel workbook (.xlsx)' });
  await button.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/result-${width}-${scheme}.png` });
  await page.goto(server.url + '#/plan/shots');
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as an Excel workbook (.xlsx)' }).click()]);
  const bytes = readFileSync(await download.path());
  // Edit: row 2 status Done, row 3 a bad status.
  const work = mkdtempSync('/tmp/shots-edit-');
  const book = path.join(work, 'b.xlsx');
  writeFileSync(book, bytes);
  let xml = execFileSync('unzip', ['-p', book, 'xl/worksheets/sheet3.xml']).toString();
  const set = (ref, text) => { xml = xml.replace(new RegExp(`<c r="${ref}"([^>]*?)(/>|>.*?</c>)`), (m, a) => `<c r="${ref}"${(a.match(/ s="\d+"/) || [''])[0]} t="inlineStr"><is><t>${text}</t></is></c>`); };
  set('L2', 'Done'); set('M2', 'Priya Shah, Head of Customer Services'); set('L3', 'Finished'); set('O2', 'Procurement started in November; contract expected in March.');
  execFileSync('mkdir', ['-p', path.join(work, 'xl/worksheets')]);
  writeFileSync(path.join(work, 'xl/worksheets/sheet3.xml'), xml);
  execFileSync('zip', ['-q', book, 'xl/worksheets/sheet3.xml'], { cwd: work });
  await page.getByLabel('Choose a filled-in workbook').setInputFiles({ name: 'p.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(book) });
  await page.getByRole('heading', { name: 'Check the changes' }).waitFor();
  await page.getByRole('heading', { name: 'Update the plan from a workbook' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/plan-preview-${width}-${scheme}.png`, fullPage: false });
  await page.getByRole('heading', { name: 'Check the changes' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/plan-preview2-${width}-${scheme}.png`, fullPage: false });
  await page.getByRole('button', { name: /^Update 1 item/ }).click();
  await page.waitForTimeout(500);
  await page.locator('.plan__item').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/plan-after-${width}-${scheme}.png` });
  await context.close();
}
await browser.close();
await server.close();
