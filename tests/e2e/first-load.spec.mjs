// The first download against its budget: what a first-time visitor's browser fetches until it
// can answer the quick check's first question, as a compressing host would send it (the .gz
// file post-build.mjs writes beside every file in dist/). Printed file by file, so a change
// that grows it shows where.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { appMain, main, radio, startQuickCheck } from './helpers.mjs';
import { word } from './words.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = path.join(ROOT, 'dist');
// Issue 12: the quick check's first download is at most 150 KB gzipped (see the README).
const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

/** Records every response the page gets from the app's own server, by URL. */
function recordResponses(page) {
  const responses = [];
  page.on('response', (response) => {
    if (response.url().startsWith('http')) responses.push({ url: response.url(), status: response.status() });
  });
  return responses;
}

/** The file in dist/ a URL under the app's address is for (the address itself is index.html). */
function distFile(url, baseURL) {
  const relative = decodeURIComponent(new URL(url).pathname).slice(new URL(baseURL).pathname.length);
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * The .gz size of each file fetched (once each, however often it was asked for), printed as a
 * table, and their total.
 */
function measure(label, responses, baseURL) {
  const files = [...new Set(responses.map((response) => distFile(response.url, baseURL)))];
  const rows = files.map((file) => {
    const raw = path.join(DIST, file);
    const gz = `${raw}.gz`;
    expect(existsSync(raw), `${file} is a file in dist/`).toBe(true);
    expect(existsSync(gz), `${file} has a .gz beside it in dist/`).toBe(true);
    return { file, raw: statSync(raw).size, gz: statSync(gz).size };
  });
  rows.sort((a, b) => b.gz - a.gz);
  const total = rows.reduce((sum, row) => sum + row.gz, 0);
  const width = Math.max(...rows.map((row) => row.file.length), 'total'.length);
  const line = (file, raw, gz) => `${file.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gz).padStart(9)}`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log([
    `First load, ${label}: ${rows.length} files (${responses.length} responses), bytes`,
    line('file', 'raw', 'gzip'),
    ...rows.map((row) => line(row.file, row.raw, row.gz)),
    line('total', rows.reduce((sum, row) => sum + row.raw, 0), total),
    `${kb(total)} gzipped against a budget of ${kb(FIRST_LOAD_BUDGET_BYTES)}: ` +
      `${total > FIRST_LOAD_BUDGET_BYTES ? 'over' : 'under'} by ${kb(Math.abs(FIRST_LOAD_BUDGET_BYTES - total))}`,
  ].join('\n'));
  return total;
}

/** Waits until the first question can be answered: its radios are there and enabled. */
async function expectFirstQuestionInteractive(page) {
  await expect(main(page).getByRole('radio')).not.toHaveCount(0);
  await expect(radio(page, 1)).toBeEnabled();
  await expect(radio(page, 1)).toBeEditable();
}

test('the home page, until it can be used, is within the first-load budget', async ({ page, baseURL }) => {
  const responses = recordResponses(page);
  await page.goto('./');
  await expect(appMain(page)).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Start the quick check' })).toBeEnabled();
  const total = measure('home page', [...responses], baseURL);
  expect(total, 'gzipped bytes to a usable home page').toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});

test('the quick check, from the home page to its first question, is within the first-load budget', async ({ page, baseURL }) => {
  const responses = recordResponses(page);
  await page.goto('./');
  await startQuickCheck(page);
  await expectFirstQuestionInteractive(page);
  const total = measure('home page, then Start the quick check', [...responses], baseURL);
  expect(total, 'gzipped bytes to an interactive first question').toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});

test('the quick check embedded on its own (?embed=quick), to its first question, is within the first-load budget', async ({ page, baseURL }) => {
  const responses = recordResponses(page);
  await page.goto('./?embed=quick');
  await startQuickCheck(page);
  await expectFirstQuestionInteractive(page);
  const total = measure('?embed=quick, then Start the quick check', [...responses], baseURL);
  expect(total, 'gzipped bytes to an interactive first question, embedded').toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});

// The budget holds per language: a Welsh first download carries the Welsh words and none of the
// English (issue 17).
test('the quick check in Welsh (?lang=cy), to its first question, is within the first-load budget and fetches no English words', async ({ page, baseURL }) => {
  const responses = recordResponses(page);
  await page.goto('./?lang=cy');
  await expect(appMain(page)).toBeVisible();
  await main(page).getByRole('button', { name: word('cy', 'home.start-check') }).click();
  await expect(main(page).getByRole('radio')).not.toHaveCount(0);
  await expect(main(page).getByRole('radio').first()).toBeEditable();
  const files = responses.map((response) => distFile(response.url, baseURL));
  expect(files.filter((file) => file.startsWith('words/')), 'only the Welsh words').toEqual([
    expect.stringMatching(/^words\/first-cy-[0-9a-f]+\.txt$/),
  ]);
  const total = measure('?lang=cy, then Dechrau’r gwiriad cyflym', [...responses], baseURL);
  expect(total, 'gzipped bytes to an interactive first question, in Welsh').toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});
