#!/usr/bin/env node
// Bench report for the built app (run `trunk build --release --offline` first; `make bench` does).
// Figures, not a test: it exits 0 whatever they are (non-zero only if it cannot run at all).
//  1. Files: every file in dist/ (not its .gz/.br siblings) with raw and gzip -9 size.
//  2. First load per route: each route opened in a fresh browser context with the service
//     worker blocked; every response the page has received by the time it is interactive,
//     summed as the build's .gz (and .br) siblings. Interactive is, for home, <main data-ready>
//     present (the app, not the page drawn at build time); for any other page, the app's
//     `main h1` visible and no "Loading this part of Almanac…". The quick check's pages are
//     set against the 150 KB budget.
//  3. Start-up on a slow phone: Chrome DevTools Protocol CPU throttling 4x and network emulation
//     of slow 4G, served precompressed; median over --runs fresh contexts of:
//       first contentful paint     navigation start -> 'first-contentful-paint' (PerformanceObserver)
//       largest contentful paint   navigation start -> the last 'largest-contentful-paint' entry
//                                  before the click below (to set against Lighthouse's simulated one)
//       app interactive            navigation start -> <main data-ready> present
//       first question interactive navigation start -> question 1 interactive, "Start the quick
//                                  check" clicked in the page the moment the app is interactive
//  4. Lighthouse (mobile, its default simulated slow 4G and 4x CPU) performance score, LCP and
//     the rest of its metrics, median of --lighthouse-runs, for the home page and for question 1
//     of a quick check already in storage (seeded in the profile first; run with
//     disableStorageReset so it is kept).
//  5. Combining 1,000 assessments (issue 8), with no slowdown and with Chrome's 4x CPU slowdown
//     (DevTools' "mid-tier mobile"), in a fresh context each:
//       read and check   the file input's change -> "Add these assessments?" shown (1,000 files
//                        read, parsed and checked against the framework)
//       combine          the `almanac:combine` User Timing measure the app records around the
//                        statistics (median, range, counts, disagreements) for 1,000 respondents
//       add and show     the click on "Yes, add them" -> the combined view with 1,000 respondents
//                        (includes writing the group to local storage and drawing every table)
//  6. Documents made on request (issue 19): each workbook and Word report, and the reading of a
//     workbook brought back, loads its code only when a person asks. Per document: its page opened
//     as in section 2, then the button pressed (or the file chosen) until the file is offered; the
//     responses that came after the page was interactive, counted as dist/'s .gz and .br siblings.
// Only one browser runs at a time (the project machines have 2 cores).

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { startServer } from './serve-dist.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.mjs';
import { QUESTIONS, assessmentFile } from '../tests/e2e/helpers.mjs';
import { OUTCOMES, fullAssessmentFile, statementsOf } from '../tests/e2e/full-helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const BUDGET_KB = 150;
const BUDGET_BYTES = BUDGET_KB * 1024;
const TIMEOUT_MS = 60_000; // per step; a throttled start takes several seconds
const SECTIONS = ['files', 'routes', 'startup', 'lighthouse', 'combine', 'documents'];

const HELP = `Usage: node scripts/bench.mjs [options]

Prints a report of the built app's sizes and speed (figures, not pass/fail; exits 0 unless it
cannot run). Build first: \`trunk build --release --offline\`, or run \`make bench\`.

Sections:
  files       every file in dist/ with raw and gzip -9 size
  routes      first-load requests and gzipped KB per route (fresh context, no service worker)
  startup     median first contentful paint, app interactive and first question interactive,
              with 4x CPU throttling and slow 4G network emulation, served precompressed
  lighthouse  Lighthouse mobile performance score and LCP (with FCP, TBT, speed index and
              CLS) for the home page and question 1, each run in a new Chromium profile
  combine     reading, combining and showing 1,000 assessments, as is and at 4x CPU slowdown
  documents   what each workbook and Word report fetches when asked for, after its page

Options:
  --dir DIR         the built app (default: dist)
  --runs N          fresh contexts for the startup medians (default: 7)
  --lighthouse-runs N
                    Lighthouse runs a page, for its medians (default: 3)
  --only A,B        run only these sections (default: all, in the order above)
  --help            this text

Environment:
  CHROME_PATH       the Chromium every section runs (default: /usr/bin/chromium)
`;

function parseArgs(argv) {
  const opts = { dir: path.join(ROOT, 'dist'), runs: 7, lighthouseRuns: 3, only: SECTIONS };
  const fail = (message) => {
    console.error(`bench: ${message} (see --help)`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(HELP);
      process.exit(0);
    }
    const [key, inline] = argv[i].split('=', 2);
    if (!['--dir', '--runs', '--lighthouse-runs', '--only'].includes(key)) fail(`unknown argument ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${key} needs a value`);
    if (key === '--dir') opts.dir = path.resolve(value);
    else if (key === '--runs') opts.runs = Math.max(1, Number.parseInt(value, 10) || 0);
    else if (key === '--lighthouse-runs') opts.lighthouseRuns = Math.max(1, Number.parseInt(value, 10) || 0);
    else if (key === '--only') {
      opts.only = value.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = opts.only.filter((s) => !SECTIONS.includes(s));
      if (unknown.length) fail(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Formatting.

const fmtBytes = (n) => n.toLocaleString('en-GB');
const fmtKB = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'timeout');
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Prints rows of cells under a header, the first column left-aligned and the rest right-aligned. */
function printTable(header, rows, footer = []) {
  const all = [header, ...rows, ...footer];
  const widths = header.map((_, c) => Math.max(...all.map((row) => String(row[c] ?? '').length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ').trimEnd();
  const rule = '-'.repeat(widths.reduce((a, w) => a + w + 2, -2));
  console.log(line(header));
  console.log(rule);
  rows.forEach((row) => console.log(line(row)));
  if (footer.length) {
    console.log(rule);
    footer.forEach((row) => console.log(line(row)));
  }
}

function section(number, title, how) {
  console.log(`\n${number}. ${title}: ${how}\n`);
}

/** Prints [who, text] notes after a table, each text once with everyone it came from. */
function printNotes(notes) {
  const byText = new Map();
  for (const [who, text] of notes) byText.set(text, new Set([...(byText.get(text) ?? []), who]));
  if (!byText.size) return;
  console.log('Notes:');
  for (const [text, who] of byText) console.log(`  - ${[...who].join(', ')}: ${text}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Files.

/** Every file under `dir`, leaving out dot-folders (Trunk's .stage) and precompressed siblings. */
async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  const names = new Set(out);
  return out.filter((file) => !(/\.(gz|br)$/.test(file) && names.has(file.slice(0, -3))));
}

async function filesReport(dist) {
  section(1, 'Files', `every file in ${path.relative(process.cwd(), dist) || dist}/ (not its .gz/.br siblings), in bytes, raw and gzip -9`);
  const rows = [];
  for (const file of (await listFiles(dist)).sort()) {
    const data = await readFile(file);
    const gz = gzipSync(data, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
    rows.push({ name: path.relative(dist, file).split(path.sep).join('/'), raw: data.length, gz });
  }
  const total = (key) => rows.reduce((a, r) => a + r[key], 0);
  printTable(
    ['file', 'raw', 'gzip'],
    rows.map((r) => [r.name, fmtBytes(r.raw), fmtBytes(r.gz)]),
    [[`total (${rows.length} files)`, fmtBytes(total('raw')), fmtBytes(total('gz'))]],
  );
  console.log('\nNo one downloads all of these: section 2 gives what each page needs.');
}

// ---------------------------------------------------------------------------------------------
// What the routes need in storage, built with the end-to-end tests' own builders.

const QUICK_RESULT = 'bench-quick-result';
const QUICK_STARTED = 'bench-quick-started';
const FULL_RESULT = 'bench-full-result';
const GROUP = 'bench-group';
const GROUP_SIZE = 20;

/** A full assessment of the digitalisation outcomes with every statement rated, in a spread. */
function fullFile(id, person) {
  const answers = Object.fromEntries(statementsOf(OUTCOMES).map((s, i) => [s.id, 1 + ((person + i) % 5)]));
  return fullAssessmentFile({
    framework: OUTCOMES,
    id,
    answers,
    details: { organisation: 'Anytown District Council' },
    created: '2026-10-01T09:00:00Z',
    updated: '2026-10-20T16:30:00Z',
    completed: '2026-10-20T16:30:00Z',
  });
}

/** A group as the app keeps it (src/domain/combine.rs: Group and Member) of GROUP_SIZE colleagues. */
function groupRecord() {
  const members = Array.from({ length: GROUP_SIZE }, (_, person) => {
    const { assessment } = fullFile(`bench-colleague-${person}`, person);
    const ratings = Object.fromEntries(Object.entries(assessment.answers).map(([id, answer]) => [id, answer.rating]));
    return { assessment: assessment.id, source: `colleague-${person + 1}.json`, framework: assessment.framework, updated: assessment.updated, ratings };
  });
  return { format: 'almanac.group', schema_version: 1, id: GROUP, name: 'Bench workshop', created: '2026-10-21T09:00:00Z', members };
}

/** localStorage entries: a finished quick check, a quick check on question 1, a full result and a group. */
function seededStorage() {
  const quickAnswers = Object.fromEntries(QUESTIONS.map((q, i) => [q.id, 1 + (i % 5)]));
  const files = [
    assessmentFile({ id: QUICK_RESULT, answers: quickAnswers }),
    assessmentFile({ id: QUICK_STARTED, answers: {}, completed: null, position: 0 }),
    fullFile(FULL_RESULT, 0),
  ];
  return [
    ...files.map((file) => ({ name: `almanac.assessment.${file.assessment.id}`, value: JSON.stringify(file, null, 2) })),
    { name: `almanac.group.${GROUP}`, value: JSON.stringify(groupRecord()) },
  ];
}

// ---------------------------------------------------------------------------------------------
// In the page: when it becomes interactive.

const PROBE = {
  loadingText: 'Loading this part of Almanac',
  startText: 'Start the quick check',
};

// Runs in the page before any of its scripts and records performance.now() (ms since navigation
// start) the first time
//   ready  the app is interactive: <main data-ready>, the app rather than the home page drawn at
//          build time (whose button does nothing until then);
//   page   a page other than home is: the app's h1 visible, no area still loading, and for a
//          question its radios present;
//   click  anything is clicked;
//   fcp, lcp  the first and the largest contentful paint (the browser stops reporting the
//          largest at the first input).
// With `start`, it clicks the app's "Start the quick check" the moment the app is interactive, so
// the time to question 1 is the app's alone, not a test driver's reaction time.
function installProbe({ loadingText, startText, start }) {
  const marks = (window.__almanacBench = {});
  const pageReady = () => {
    const main = document.querySelector('main[data-ready]');
    const h1 = main?.querySelector('h1');
    if (!h1 || !h1.checkVisibility() || main.textContent.includes(loadingText)) return false;
    return !location.hash.startsWith('#/check/') || !!main.querySelector('.radios__input');
  };
  const check = () => {
    const now = performance.now();
    if (marks.ready === undefined && document.querySelector('main[data-ready]')) marks.ready = now;
    if (marks.page === undefined && location.hash.replace(/^#\/?/, '') !== '' && pageReady()) marks.page = now;
    if (start && marks.ready !== undefined && marks.click === undefined) {
      [...document.querySelectorAll('main[data-ready] button')].find((b) => b.textContent.includes(startText))?.click();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  addEventListener('hashchange', check);
  addEventListener('click', () => { marks.click ??= performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * A fresh context as a first visit: the service worker blocked, storage empty or as given, the
 * probe installed (clicking "Start the quick check" when `start`).
 */
async function freshPage(browser, origin, { storage = [], start = false } = {}) {
  const context = await browser.newContext({
    ...PHONE,
    serviceWorkers: 'block',
    storageState: { cookies: [], origins: storage.length ? [{ origin, localStorage: storage }] : [] },
  });
  const page = await context.newPage();
  const notes = [];
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && notes.push(`console error: ${m.text()}`));
  await page.addInitScript(installProbe, { ...PROBE, start });
  return { context, page, notes };
}

const waitForMark = (page, mark) =>
  page.waitForFunction((name) => window.__almanacBench?.[name] !== undefined, mark, { timeout: TIMEOUT_MS });

// ---------------------------------------------------------------------------------------------
// 2. First load per route.

const ROUTES = [
  { name: 'home', fragment: '', quick: true },
  { name: 'quick question 1 (after Start)', fragment: '', start: true, quick: true },
  // The page and storage section 4 gives Lighthouse.
  { name: 'quick question 1 (link, seeded)', fragment: `#/check/${QUICK_STARTED}/1`, seeded: true, quick: true },
  { name: 'quick result', fragment: `#/result/${QUICK_RESULT}`, seeded: true, quick: true },
  { name: 'full assessment start', fragment: '#/start', seeded: true },
  { name: 'full result', fragment: `#/result/${FULL_RESULT}`, seeded: true },
  { name: 'performance dashboard', fragment: '#/performance', seeded: true },
  { name: 'compare', fragment: '#/compare', seeded: true },
  { name: 'group', fragment: `#/group/${GROUP}`, seeded: true },
  { name: 'publish a benchmark', fragment: `#/group/${GROUP}/benchmark`, seeded: true },
  { name: 'benchmarks', fragment: '#/benchmarks', seeded: true },
];

/** One route's first load: the URLs the page had received by the time it was interactive. */
async function firstLoad(browser, server, route) {
  const origin = new URL(server.url).origin;
  const { context, page, notes } = await freshPage(browser, origin, { storage: route.seeded ? seededStorage() : [], start: route.start });
  // Home is interactive when the app is; any other page (question 1 included) when `page` is.
  const mark = route.fragment || route.start ? 'page' : 'ready';
  try {
    await page.goto(server.url + route.fragment, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    try {
      await waitForMark(page, mark);
    } catch (err) {
      if (err.name !== 'TimeoutError') throw err;
      return { urls: [], late: [], heading: '', notes: [`not interactive within ${TIMEOUT_MS / 1000} s`, ...notes] };
    }
    // Resource Timing has every response (the document, scripts, fetches of wasm and JSON) with
    // when it ended; only those ended by the moment the page was interactive count.
    const load = await page.evaluate((name) => {
      const at = window.__almanacBench[name];
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return {
        urls: entries.filter((e) => e.responseEnd <= at).map((e) => e.name),
        late: entries.filter((e) => e.responseEnd > at).map((e) => e.name),
        heading: document.querySelector('main[data-ready] h1')?.textContent.trim() ?? '',
      };
    }, mark);
    return { ...load, notes };
  } finally {
    await context.close();
  }
}

/** The .gz and .br siblings' sizes of the dist file a URL of the server names (null if none). */
async function precompressedSizes(dist, server, url) {
  const { pathname } = new URL(url);
  const base = new URL(server.url).pathname;
  if (!pathname.startsWith(base)) return null;
  let rel = decodeURIComponent(pathname.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(dist, rel);
  try {
    return { gz: (await stat(`${file}.gz`)).size, br: (await stat(`${file}.br`)).size };
  } catch {
    return null;
  }
}

async function routesReport(browser, server, dist) {
  section(
    2,
    'First load per route',
    'each route in a fresh phone-sized context, service worker blocked; responses received by the time the page is interactive, counted as dist/\'s .gz and .br siblings',
  );
  const rows = [];
  const notes = [];
  for (const route of ROUTES) {
    const load = await firstLoad(browser, server, route);
    let gz = 0;
    let br = 0;
    for (const url of load.urls) {
      const sizes = await precompressedSizes(dist, server, url);
      if (sizes) {
        gz += sizes.gz;
        br += sizes.br;
      } else notes.push([route.name, `no .gz/.br sibling for ${url} (left out of the sums)`]);
    }
    const budget = !route.quick || !load.urls.length
      ? ''
      : gz > BUDGET_BYTES
        ? `OVER by ${fmtKB(gz - BUDGET_BYTES)}`
        : `under by ${fmtKB(BUDGET_BYTES - gz)}`;
    const heading = load.heading.length > 34 ? `${load.heading.slice(0, 33)}…` : load.heading;
    rows.push([route.name, load.urls.length || '-', load.urls.length ? (gz / 1024).toFixed(1) : '-', load.urls.length ? (br / 1024).toFixed(1) : '-', budget, heading]);
    for (const note of load.notes) notes.push([route.name, note]);
    if (load.late.length) notes.push([route.name, `responses that ended after it was interactive, left out: ${load.late.map((u) => u.replace(server.url, '')).join(', ')}`]);
  }
  printTable(['route', 'requests', 'gzip KB', 'brotli KB', `${BUDGET_KB} KB budget (quick check)`, 'page heading (h1)'], rows);
  console.log(`\nThe quick check's pages (home, question 1, its result) are set against the ${BUDGET_KB} KB gzipped budget.`);
  printNotes(notes);
}

// ---------------------------------------------------------------------------------------------
// 3. Start-up on a slow phone.

const CPU_SLOWDOWN = 4;
// Lighthouse's "slow 4G" (1 Mbps = 1,024 Kbps, as it counts): 1.6 Mbps down, 750 Kbps up, 150 ms
// round trip. DevTools takes bytes per second.
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** One throttled cold start in a fresh context; what did not happen in time is NaN ("timeout"). */
async function startupRun(browser, server) {
  const { context, page, notes } = await freshPage(browser, new URL(server.url).origin, { start: true });
  const result = { fcp: NaN, lcp: NaN, ready: NaN, question: NaN, afterClick: NaN, encoding: '', notes };
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // How the main module came: br when the browser accepts it, as on a host that compresses.
    page.on('response', (r) => {
      if (/almanac_bg-[^/]*\.wasm$/.test(r.url())) result.encoding = r.headers()['content-encoding'] ?? 'none';
    });
    await page.goto(server.url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    try {
      await waitForMark(page, 'page');
      const marks = await page.evaluate(() => window.__almanacBench);
      Object.assign(result, { fcp: marks.fcp, lcp: marks.lcp, ready: marks.ready, question: marks.page, afterClick: marks.page - marks.click });
    } catch (err) {
      if (err.name !== 'TimeoutError') throw err;
      const marks = await page.evaluate(() => window.__almanacBench);
      Object.assign(result, { fcp: marks.fcp ?? NaN, lcp: marks.lcp ?? NaN, ready: marks.ready ?? NaN });
      notes.unshift(`question 1 not interactive within ${TIMEOUT_MS / 1000} s`);
    }
    return result;
  } finally {
    await context.close();
  }
}

async function startupReport(browser, server, runs) {
  section(
    3,
    'Start-up on a slow phone',
    `${runs} fresh phone-sized contexts, CPU throttled ${CPU_SLOWDOWN}x and network emulated as slow 4G (1.6 Mbps down, 750 Kbps up, 150 ms round trip) through the DevTools protocol, files served precompressed`,
  );
  const runsOut = [];
  const rows = [];
  for (let i = 1; i <= runs; i++) {
    const r = await startupRun(browser, server);
    runsOut.push(r);
    rows.push([String(i), ms(r.fcp), ms(r.lcp), ms(r.ready), ms(r.question), ms(r.afterClick), r.encoding]);
  }
  const med = (k) => ms(median(runsOut.map((r) => r[k])));
  printTable(
    ['run', 'first contentful paint', 'largest contentful paint', 'app interactive', 'first question interactive', 'click->question', 'wasm sent as'],
    rows,
    [['median', med('fcp'), med('lcp'), med('ready'), med('question'), med('afterClick'), '']],
  );
  console.log('\n(ms from navigation start; "Start the quick check" is clicked in the page the moment the app is interactive, and "click->question" is from that click)');
  console.log(`Median time to an interactive first question: ${med('question')} ms; first contentful paint of the home page: ${med('fcp')} ms`);
  printNotes(runsOut.flatMap((r, i) => r.notes.map((note) => [`run ${i + 1}`, note])));
}

// ---------------------------------------------------------------------------------------------
// 4. Lighthouse.

// Lighthouse's Chromium runs headless with the same flags as the tests' (see CHROMIUM_ARGS: without
// the background-networking ones it hangs on this machine's closed network).
const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Starts Chromium with a new profile and a DevTools port Lighthouse can connect to. */
async function launchChrome() {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'almanac-lighthouse-'));
  const child = spawn(CHROME_PATH, [...LIGHTHOUSE_CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const close = async () => {
    if (child.exitCode === null) {
      child.kill();
      await once(child, 'exit');
    }
    // Chromium's helper processes can still be writing to the profile just after it exits.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  // Chromium writes the port it chose into the profile's DevToolsActivePort file.
  for (let waited = 0; waited < TIMEOUT_MS; waited += 100) {
    const text = await readFile(path.join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number.parseInt(text.split('\n')[0], 10);
    if (port > 0) return { port, close };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await close();
  throw new Error(`${CHROME_PATH} did not open a DevTools port`);
}

/** Writes `storage` into the profile's localStorage for the app's origin, without running the app. */
async function seedProfile(port, origin, storage) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    // A blank page of the app's origin, answered here: no app code runs, no service worker starts.
    const blank = `${origin}/bench-seed`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '' }));
    await page.goto(blank);
    await page.evaluate((entries) => entries.forEach(({ name, value }) => localStorage.setItem(name, value)), storage);
    await page.close();
  } finally {
    await browser.close(); // disconnects; the Chromium (and its profile) stays for Lighthouse
  }
}

/** One Lighthouse run in its own Chromium and profile; `storage` is seeded and kept if given. */
async function lighthouseRun(url, storage) {
  const chrome = await launchChrome();
  try {
    if (storage) await seedProfile(chrome.port, new URL(url).origin, storage);
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: !!storage,
    });
    return lhr;
  } finally {
    await chrome.close();
  }
}

const LIGHTHOUSE_METRICS = [
  ['LCP', 'largest-contentful-paint'],
  ['FCP', 'first-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['speed index', 'speed-index'],
  ['CLS', 'cumulative-layout-shift'],
];

async function lighthouseReport(server, runs) {
  const version = JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  section(
    4,
    `Lighthouse ${version}`,
    `median of ${runs} run(s) a page, mobile preset with its default simulated slow 4G and 4x CPU, performance only, dist/ served precompressed, each run in a new Chromium profile (service worker allowed, as on a real first visit)`,
  );
  const pages = [
    { name: 'home', url: server.url },
    // Lighthouse clears the origin's storage before it loads a page. Question 1 needs a quick
    // check in storage, so its profile is seeded first and Lighthouse told not to clear it.
    { name: 'quick question 1 (seeded, storage kept)', url: `${server.url}#/check/${QUICK_STARTED}/1`, storage: seededStorage() },
  ];
  const rows = [];
  const notes = [];
  let settings;
  for (const p of pages) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      try {
        const lhr = await lighthouseRun(p.url, p.storage);
        lhrs.push(lhr);
        settings ??= lhr.configSettings;
        if (lhr.runtimeError) notes.push([p.name, `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`]);
        for (const warning of lhr.runWarnings) notes.push([p.name, warning]);
        // Audits this Lighthouse could not run against this Chromium; a figure below whose
        // audit failed shows n/a.
        const failed = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error');
        if (failed.length) notes.push([p.name, `${failed.length} audit(s) failed: ${failed.map((a) => a.id).join(', ')} (${failed[0].errorMessage})`]);
      } catch (err) {
        notes.push([`${p.name}, run ${i + 1}`, `failed: ${err.message}`]);
      }
    }
    const scores = lhrs.map((lhr) => lhr.categories.performance.score * 100).filter(Number.isFinite);
    const score = scores.length ? `${Math.round(median(scores))} (${Math.round(Math.min(...scores))}-${Math.round(Math.max(...scores))})` : 'n/a';
    const figures = LIGHTHOUSE_METRICS.map(([, id]) => {
      const value = median(lhrs.map((lhr) => lhr.audits[id]?.numericValue));
      if (!Number.isFinite(value)) return 'n/a';
      if (id === 'cumulative-layout-shift') return value.toFixed(3);
      return id === 'total-blocking-time' ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(1)} s`;
    });
    rows.push([p.name, score, ...figures]);
  }
  printTable(['page', 'score (range)', ...LIGHTHOUSE_METRICS.map(([label]) => label)], rows);
  if (settings) {
    const t = settings.throttling;
    console.log(
      `\n(Lighthouse's settings: ${settings.formFactor}, ${settings.screenEmulation.width}x${settings.screenEmulation.height} at ${settings.screenEmulation.deviceScaleFactor}x, ` +
        `${settings.throttlingMethod} throttling of ${t.rttMs} ms round trip, ${fmtBytes(t.throughputKbps)} Kbps, ${t.cpuSlowdownMultiplier}x CPU; ` +
        `question 1 is ${pages[1].url.replace(server.url, '')}, seeded as section 2's "quick question 1 (link, seeded)" row, whose heading shows it is reached)`,
    );
    console.log(
      "(Lighthouse simulates its paints from a load at this machine's full speed, where the app's code can arrive before the first paint; " +
        "section 3's paints are measured under DevTools throttling instead)",
    );
  }
  printNotes(notes);
}

// ---------------------------------------------------------------------------------------------
// 5. Combining 1,000 assessments.

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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
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
  section(
    5,
    `Combining ${COMBINE_COUNT.toLocaleString('en-GB')} assessments`,
    `of the digitalisation outcomes (${fmtBytes(files[0].buffer.length)} bytes a file), uploaded into a new group in a fresh 1280x800 context, as is and with ${CPU_SLOWDOWN}x CPU slowdown`,
  );
  const rows = [];
  const ms1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
  for (const slowdown of [1, CPU_SLOWDOWN]) {
    const r = await combineRun(browser, url, files, slowdown);
    rows.push([slowdown === 1 ? 'this machine' : `${slowdown}x slower`, ms1(r.read), ms1(r.combine), ms1(r.shown)]);
  }
  printTable(['CPU', 'read and check', 'combine', 'add and show'], rows);
  console.log('\n(ms; "combine" is the statistics alone, the rest include reading files and drawing the page)');
}

// ---------------------------------------------------------------------------------------------

/** Runs `fn` with a Playwright Chromium, closed afterwards so no two browsers run at once. */
// ---------------------------------------------------------------------------------------------
// 6. Documents made on request.

/** Presses a button and waits for the file it offers. */
const downloadBy = (name) => async (page) => {
  const downloading = page.waitForEvent('download', { timeout: TIMEOUT_MS });
  await page.getByRole('main').getByRole('button', { name, exact: true }).click();
  await downloading;
};

const WORKBOOK = 'Download as an Excel workbook (.xlsx)';

const DOCUMENTS = [
  { name: 'assessment workbook (quick result)', fragment: `#/result/${QUICK_RESULT}`, act: downloadBy(WORKBOOK) },
  { name: 'assessment workbook (full result)', fragment: `#/result/${FULL_RESULT}`, act: downloadBy(WORKBOOK) },
  {
    name: 'plan update read from a workbook',
    fragment: `#/plan/${FULL_RESULT}`,
    act: async (page) => {
      // The workbook made here, brought back unchanged: only its reading code is measured.
      const downloading = page.waitForEvent('download', { timeout: TIMEOUT_MS });
      await page.getByRole('main').getByRole('button', { name: WORKBOOK, exact: true }).click();
      const bytes = await readFile(await (await downloading).path());
      const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
      await page.getByRole('main').getByLabel('Choose a filled-in workbook').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
      await page.getByRole('main').getByRole('heading', { name: 'Check the changes' }).waitFor({ timeout: TIMEOUT_MS });
      return before;
    },
  },
  { name: 'Word report (full result)', fragment: `#/report/${FULL_RESULT}`, act: downloadBy('Download as a Word document (.docx)') },
  { name: 'combined view workbook (group)', fragment: `#/group/${GROUP}`, act: downloadBy(WORKBOOK) },
  {
    name: 'service performance workbook',
    fragment: '#/services',
    act: async (page) => {
      await page.getByRole('main').getByRole('button', { name: 'Load the illustrative sample data' }).click();
      const start = await page.evaluate(() => performance.getEntriesByType('resource').length);
      await downloadBy(WORKBOOK)(page);
      return start;
    },
  },
  {
    name: 'service figures read from a workbook',
    fragment: '#/services',
    act: async (page) => {
      // The sample's own workbook, uploaded back: only the reading code is measured.
      await page.getByRole('main').getByRole('button', { name: 'Load the illustrative sample data' }).click();
      const downloading = page.waitForEvent('download', { timeout: TIMEOUT_MS });
      await page.getByRole('main').getByRole('button', { name: WORKBOOK, exact: true }).click();
      const bytes = await readFile(await (await downloading).path());
      const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
      await page.getByRole('main').getByLabel('Upload filled-in figures').setInputFiles({ name: 'figures.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
      // The sample holds these figures already, so the import may ask before replacing them.
      await page.getByRole('main').getByText(/Some figures are already entered|Imported \d+ rows? of figures/).first().waitFor({ timeout: TIMEOUT_MS });
      return before;
    },
  },
];

/** The gzip and brotli bytes of the responses a page received from entry `from` on. */
async function bytesSince(page, dist, server, from) {
  const urls = await page.evaluate((start) => performance.getEntriesByType('resource').slice(start).map((e) => e.name), from);
  let gz = 0;
  let br = 0;
  const files = [];
  // Only code: a page may fetch data of its own meanwhile (a framework, the benchmarks' index).
  for (const url of urls.filter((u) => new URL(u).pathname.includes('/pkg/'))) {
    const sizes = await precompressedSizes(dist, server, url);
    if (!sizes) continue;
    gz += sizes.gz;
    br += sizes.br;
    files.push(path.basename(new URL(url).pathname));
  }
  return { gz, br, files };
}

async function documentsReport(browser, server, dist) {
  section(
    6,
    'Documents made on request',
    'each document\'s page opened as in section 2, then the file asked for; the code fetched for it after the page was interactive, as dist/\'s .gz and .br siblings',
  );
  const rows = [];
  const notes = [];
  for (const doc of DOCUMENTS) {
    const origin = new URL(server.url).origin;
    const { context, page, notes: pageNotes } = await freshPage(browser, origin, { storage: seededStorage() });
    try {
      await page.goto(server.url + doc.fragment, { waitUntil: 'commit', timeout: TIMEOUT_MS });
      await waitForMark(page, 'page');
      const start = await page.evaluate(() => performance.getEntriesByType('resource').length);
      // An act that first makes something else (the plan update downloads the workbook it reads
      // back) says from which entry its own fetches count.
      const from = (await doc.act(page)) ?? start;
      const { gz, br, files } = await bytesSince(page, dist, server, from);
      rows.push([doc.name, files.length, (gz / 1024).toFixed(1), (br / 1024).toFixed(1), files.join(' ')]);
    } catch (err) {
      rows.push([doc.name, '-', '-', '-', '']);
      notes.push([doc.name, `could not be measured: ${err.message.split('\n')[0]}`]);
    } finally {
      await context.close();
    }
    for (const note of pageNotes) notes.push([doc.name, note]);
  }
  printTable(['document', 'requests', 'gzip KB', 'brotli KB', 'files fetched'], rows);
  console.log('\nNone of these is in any page\'s first load: each is fetched the first time it is asked for, then kept.');
  printNotes(notes);
}

async function withBrowser(fn) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  try {
    if (!(await stat(path.join(opts.dir, 'index.html'))).isFile()) throw new Error('not a file');
  } catch {
    console.error(`bench: no ${opts.dir}/index.html; run \`trunk build --release --offline\` (or \`make bench\`) first`);
    process.exit(1);
  }
  const run = (name) => opts.only.includes(name);

  // Served as a host would serve the build: the precompressed siblings when the browser accepts them.
  const server = await startServer({ dir: opts.dir, port: 0, precompressed: true });
  try {
    // Timings move with whatever else the machine is doing: say how busy it was.
    const load = os.loadavg()[0].toFixed(2);
    console.log(`Almanac bench: ${opts.dir} served at ${server.url} (precompressed); ${CHROME_PATH}, Node ${process.version}; ${os.cpus().length} cores, load average ${load} at the start`);
    if (run('files')) await filesReport(opts.dir);
    if (run('routes') || run('startup')) {
      await withBrowser(async (browser) => {
        if (run('routes')) await routesReport(browser, server, opts.dir);
        if (run('startup')) await startupReport(browser, server, opts.runs);
      });
    }
    if (run('lighthouse')) await lighthouseReport(server, opts.lighthouseRuns);
    if (run('combine')) await withBrowser((browser) => combineReport(browser, server.url));
    if (run('documents')) await withBrowser((browser) => documentsReport(browser, server, opts.dir));
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err}`);
  process.exit(1);
});
