#!/usr/bin/env node
// Bench report for the built app (run `trunk build --release` first; `make bench` does).
//  1. Every file in dist/ with raw and gzip -9 size; total gzipped against the budget.
//  2. Start-up timings in headless Chromium over RUNS fresh browser contexts:
//       app interactive            navigation start -> <main data-ready> present
//       first question interactive navigation start -> first input[type=radio] present,
//                                  after clicking "Start the quick check"
//  3. Combining 1,000 assessments (issue 8), with no slowdown and with Chrome's 4x CPU slowdown
//     (DevTools' "mid-tier mobile"), in a fresh context each:
//       read and check   the file input's change -> "Add these assessments?" shown (1,000 files
//                        read, parsed and checked against the framework)
//       combine          the `almanac:combine` User Timing measure the app records around the
//                        statistics (median, range, counts, disagreements) for 1,000 respondents
//       add and show     the click on "Yes, add them" -> the combined view with 1,000 respondents
//                        (includes writing the group to local storage and drawing every table)
// A report, not a test: exits 0 whether over or under budget (non-zero only if it cannot run).
//
// Usage: node scripts/bench.mjs [--dir dist] [--runs 7]

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startServer } from './serve-dist.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 150;
const BUDGET_BYTES = BUDGET_KB * 1024;
const READY_SELECTOR = 'body main[data-ready]';
const QUESTION_SELECTOR = 'input[type="radio"]';
const START_TEXT = /start the quick check/i;
const TIMEOUT_MS = 15_000; // per step

function parseArgs(argv) {
  const opts = { dir: path.join(ROOT, 'dist'), runs: 7 };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (key === '--dir') opts.dir = path.resolve(value);
    else if (key === '--runs') opts.runs = Math.max(1, Number.parseInt(value, 10));
    else {
      console.error(`bench: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  return opts;
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const fmtBytes = (n) => n.toLocaleString('en-GB');
const fmtKB = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function sizeReport(dist) {
  const files = (await listFiles(dist)).sort();
  const rows = [];
  for (const file of files) {
    const data = await readFile(file);
    const gz = gzipSync(data, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
    rows.push({ name: path.relative(dist, file).split(path.sep).join('/'), raw: data.length, gz });
  }
  const totalRaw = rows.reduce((a, r) => a + r.raw, 0);
  const totalGz = rows.reduce((a, r) => a + r.gz, 0);

  const nameW = Math.max(4, ...rows.map((r) => r.name.length), 'total'.length);
  const numW = Math.max(12, fmtBytes(totalRaw).length + 2);
  const line = (a, b, c) => `${a.padEnd(nameW)}  ${b.padStart(numW)}  ${c.padStart(numW)}`;
  console.log(`Files in ${path.relative(process.cwd(), dist) || dist}/ (bytes; gzip level 9)\n`);
  console.log(line('file', 'raw', 'gzip'));
  console.log('-'.repeat(nameW + 2 * numW + 4));
  for (const r of rows) console.log(line(r.name, fmtBytes(r.raw), fmtBytes(r.gz)));
  console.log('-'.repeat(nameW + 2 * numW + 4));
  console.log(line(`total (${rows.length} files)`, fmtBytes(totalRaw), fmtBytes(totalGz)));
  const verdict = totalGz > BUDGET_BYTES ? 'OVER budget' : 'UNDER budget';
  const diff = Math.abs(BUDGET_BYTES - totalGz);
  console.log(
    `\nTotal gzipped: ${fmtKB(totalGz)} against a budget of ${BUDGET_KB} KB (${fmtBytes(BUDGET_BYTES)} bytes): ` +
      `${verdict} by ${fmtKB(diff)}\n`,
  );
}

// Runs in the page before any of its scripts: record performance.now() (ms since navigation
// start) the first time each selector matches.
function installProbe([readySel, questionSel]) {
  const marks = (window.__almanacBench = {});
  const check = () => {
    if (marks.ready === undefined && document.querySelector(readySel)) marks.ready = performance.now();
    if (marks.question === undefined && document.querySelector(questionSel)) marks.question = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

// One cold start in a fresh context. A step that times out gives NaN (printed as "timeout").
async function timingRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  const result = { ready: NaN, question: NaN, afterClick: NaN, errors };
  const timedOut = (err) => err && err.name === 'TimeoutError';
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    await page.addInitScript(installProbe, [READY_SELECTOR, QUESTION_SELECTOR]);

    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    try {
      await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: TIMEOUT_MS });
    } catch (err) {
      if (!timedOut(err)) throw err;
      errors.unshift(`no ${READY_SELECTOR} within ${TIMEOUT_MS} ms`);
      return result;
    }
    result.ready = await page.evaluate(() => window.__almanacBench.ready);

    const clickAt = await page.evaluate(() => performance.now());
    try {
      await page
        .locator('button, [role="button"], a')
        .filter({ hasText: START_TEXT })
        .first()
        .click({ timeout: TIMEOUT_MS });
      await page.waitForSelector(QUESTION_SELECTOR, { state: 'attached', timeout: TIMEOUT_MS });
    } catch (err) {
      if (!timedOut(err)) throw err;
      errors.unshift(`no button matching ${START_TEXT} or no ${QUESTION_SELECTOR} within ${TIMEOUT_MS} ms`);
      return result;
    }
    result.question = await page.evaluate(() => window.__almanacBench.question);
    result.afterClick = result.question - clickAt;
    return result;
  } finally {
    await context.close();
  }
}

const COMBINE_COUNT = 1000;
const COMBINE_TIMEOUT_MS = 300_000;

/** 1,000 realistic assessment files of the digitalisation outcomes, with a seeded spread of answers. */
async function combineFiles() {
  const framework = JSON.parse(await readFile(path.join(ROOT, 'frameworks', 'digitalisation-outcomes.json'), 'utf8'));
  const statements = framework.areas.flatMap((area) => area.statements.map((statement) => statement.id));
  let seed = 20261123;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: COMBINE_COUNT }, (_, person) => {
    const answers = Object.fromEntries(statements.map((id) => {
      const roll = random();
      const rating = roll < 0.05 ? 'dont_know' : roll < 0.08 ? 'not_applicable' : 1 + Math.floor(random() * 5);
      return [id, { rating }];
    }));
    const assessment = {
      id: `bench-${person}`,
      framework: { id: framework.id, version: framework.version },
      created: '2026-10-01T09:00:00Z',
      updated: '2026-10-20T16:30:00Z',
      completed: '2026-10-20T16:30:00Z',
      position: 0,
      answers,
    };
    const text = JSON.stringify({ format: 'almanac.assessment', schema_version: 1, assessment }, null, 2);
    return { name: `respondent-${person + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
}

async function combineRun(browser, url, files, slowdown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('crash', () => console.error('bench: the page crashed while combining'));
    page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && console.error(`bench: console error: ${m.text()}`));
    if (slowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    }
    await page.goto(`${url}#/compare`);
    await page.getByLabel('Name of a new group').fill('Bench');
    await page.getByRole('button', { name: 'Create group' }).click();
    const input = page.getByLabel('Upload assessment files');
    await input.waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    await page.evaluate(() => {
      const marks = (window.__almanacCombine = {});
      document.addEventListener('change', () => { marks.chosen ??= performance.now(); }, true);
      new MutationObserver(() => {
        if (marks.asked === undefined && [...document.querySelectorAll('button')].some((b) => b.textContent === 'Yes, add them')) {
          marks.asked = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await input.setInputFiles(files);
    const yes = page.getByRole('button', { name: 'Yes, add them' });
    await yes.waitFor({ timeout: COMBINE_TIMEOUT_MS });
    const clicked = await page.evaluate(() => performance.now());
    await yes.click();
    await page.getByText(`${files.length} respondents`, { exact: true }).waitFor({ timeout: COMBINE_TIMEOUT_MS });
    return await page.evaluate((clickedAt) => {
      const marks = window.__almanacCombine;
      const measures = performance.getEntriesByName('almanac:combine');
      return {
        read: marks.asked - marks.chosen,
        combine: measures.length ? measures[measures.length - 1].duration : NaN,
        shown: performance.now() - clickedAt,
      };
    }, clicked);
  } finally {
    await context.close();
  }
}

async function combineReport(browser, url) {
  const files = await combineFiles();
  console.log(`\nCombining ${COMBINE_COUNT.toLocaleString('en-GB')} assessments of the digitalisation outcomes (${files[0].buffer.length.toLocaleString('en-GB')} bytes a file)`);
  const header = `${'CPU'.padEnd(16)}${'read and check'.padStart(16)}${'combine'.padStart(12)}${'add and show'.padStart(16)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
  for (const slowdown of [1, 4]) {
    const r = await combineRun(browser, url, files, slowdown);
    const label = slowdown === 1 ? 'this machine' : `${slowdown}x slower`;
    console.log(`${label.padEnd(16)}${ms(r.read).padStart(16)}${ms(r.combine).padStart(12)}${ms(r.shown).padStart(16)}`);
  }
  console.log('(ms; "combine" is the statistics alone, the rest include reading files and drawing the page)');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  try {
    if (!(await stat(opts.dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    console.error(`bench: ${opts.dir} not found; run \`trunk build --release --offline\` (or \`make bench\`) first`);
    process.exit(1);
  }

  await sizeReport(opts.dir);

  const server = await startServer({ dir: opts.dir, port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    console.log(`Start-up timings: ${server.url} in Chromium ${browser.version()}, ${opts.runs} fresh contexts, 1280x800`);
    console.log('(ms from navigation start; "click->question" is from the click on "Start the quick check")\n');
    const header = `${'run'.padEnd(6)}${'app interactive'.padStart(18)}${'first question'.padStart(18)}${'click->question'.padStart(18)}`;
    console.log(header);
    console.log('-'.repeat(header.length));
    const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'timeout');
    const runs = [];
    for (let i = 1; i <= opts.runs; i++) {
      const r = await timingRun(browser, server.url);
      runs.push(r);
      console.log(
        `${String(i).padEnd(6)}${ms(r.ready).padStart(18)}${ms(r.question).padStart(18)}${ms(r.afterClick).padStart(18)}` +
          (r.errors.length ? `   (${r.errors.length} note(s): ${r.errors[0]})` : ''),
      );
    }
    console.log('-'.repeat(header.length));
    const med = (k) => ms(median(runs.map((r) => r[k])));
    console.log(`${'median'.padEnd(6)}${med('ready').padStart(18)}${med('question').padStart(18)}${med('afterClick').padStart(18)}`);
    console.log(`\napp interactive: median ${med('ready')} ms; first question interactive: median ${med('question')} ms`);
    await combineReport(browser, server.url);
    const failed = runs.filter((r) => !Number.isFinite(r.question)).length;
    if (failed > 0) {
      console.error(`bench: ${failed} of ${runs.length} run(s) timed out; see the notes beside them above`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err}`);
  process.exit(1);
});
