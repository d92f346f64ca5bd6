// Loading only what each page needs (issue 12): the first download holds the home page and the
// quick check's questions; every other area's code (pkg/split_<area>-<hash>.wasm and the chunks
// it shares, pkg/chunk_*.wasm) and the built-in frameworks (frameworks/<id>-<hash>.json) are
// fetched the first time they are needed. These journeys check that a person never notices,
// except for a moment's "Loading this part of Almanac…", and can always recover.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { BY_DEFAULT, CAPABILITIES, OUTCOMES } from './full-helpers.mjs';
import {
  DONT_KNOW,
  QUESTIONS,
  QUESTION_COUNT,
  answerAndContinue,
  appMain,
  assessmentFile,
  choose,
  expectQuestion,
  expectResult,
  h1,
  main,
  openApp,
  radio,
  startQuickCheck,
  waitForEverythingKept,
  workerFiles,
} from './helpers.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const ANSWERS = { q1: 2, q2: 3, q3: 4, q4: DONT_KNOW, q5: 1, q6: 5, q7: 3, q8: 2, q9: 4, q10: 1, q11: 3, q12: 2 };

const LOADING = 'Loading this part of Almanac…';
const NOT_LOADED = 'This part of Almanac could not be loaded';
// Chromium logs a blocked request as a console error; nothing else may be.
const BLOCKED_REQUEST = /^Failed to load resource: net::ERR_FAILED$/;

/** What kind of file a request is for, by its path: an area's code, a shared chunk, a framework. */
function kindOf(url) {
  const { pathname } = new URL(url);
  if (/\/pkg\/split_[^/]+\.wasm$/.test(pathname)) return 'area';
  if (/\/pkg\/chunk_[^/]+\.wasm$/.test(pathname)) return 'chunk';
  if (/\/frameworks\/[^/]+\.json$/.test(pathname)) return 'framework';
  return 'other';
}

const loadingMessage = (page) => appMain(page).getByRole('status').filter({ hasText: LOADING });
const nav = (page) => page.getByRole('navigation', { name: 'Main' });

/** Holds back requests matching `pattern` until `release()` is called, so a loading state can be seen. */
async function holdRequests(page, pattern) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the quick check starts with only the first download, and its result loads when reached', async ({ page, checkA11y }) => {
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  // The result's code is held back, so the moment it is loading can be seen and checked.
  const releaseResults = await holdRequests(page, '**/pkg/split_results-*.wasm');

  await openApp(page);
  await startQuickCheck(page);
  await expect(radio(page, ANSWERS.q1)).toBeEnabled();
  await choose(page, ANSWERS.q1);
  const beforeFirstAnswer = requested.map((url) => ({ url, kind: kindOf(url) }));
  expect(
    beforeFirstAnswer.filter((request) => request.kind === 'area' || request.kind === 'framework'),
    'no area code or framework file is fetched before the first question can be answered',
  ).toEqual([]);
  expect(beforeFirstAnswer.filter((request) => request.url.endsWith('.wasm')), 'the main module, and only it').toHaveLength(1);
  await checkA11y(page, 'question 1, first download only');

  // Every other question is in the first download too.
  await main(page).getByRole('button', { name: 'Continue' }).click();
  for (let number = 2; number < QUESTION_COUNT; number += 1) {
    await answerAndContinue(page, number, ANSWERS[QUESTIONS[number - 1].id]);
  }
  await choose(page, ANSWERS[QUESTIONS[QUESTION_COUNT - 1].id]);
  await main(page).getByRole('button', { name: 'See your result' }).click();

  // The result's area is fetched now: the page says so, then shows the result.
  await expect(loadingMessage(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/result\/[a-z0-9-]+$/);
  await checkA11y(page, 'result loading');
  releaseResults();
  await expect(loadingMessage(page)).toHaveCount(0);
  await expectResult(page, ANSWERS);
  await expect(h1(page)).toBeFocused();
  // The result's code; the quick check's whole file (its next steps, challenges and examples,
  // which the first download leaves out) with the code that reads it; then the home page's code,
  // fetched meanwhile for someone going back to the start.
  await expect
    .poll(() => requested.filter((url) => kindOf(url) === 'area').map((url) => new URL(url).pathname.split('/').pop()))
    .toEqual([
      expect.stringMatching(/^split_results-[0-9a-f]{16}\.wasm$/),
      expect.stringMatching(/^split_stored-[0-9a-f]{16}\.wasm$/),
      expect.stringMatching(/^split_home-[0-9a-f]{16}\.wasm$/),
    ]);
  // Only the quick check's own file: no other framework is fetched for its result.
  expect(requested.filter((url) => kindOf(url) === 'framework').map((url) => new URL(url).pathname.split('/').pop())).toEqual([
    expect.stringMatching(/^quick-check-[0-9a-f]{16}\.json$/),
  ]);
  await checkA11y(page, 'result, after loading');
});

test('Start pressed on the home page before the app runs starts the quick check once it does', async ({ page }) => {
  // The main module is held back, so only the home page drawn at build time is there to press.
  const releaseMain = await holdRequests(page, '**/pkg/almanac_bg-*.wasm');
  await page.goto('./');
  await expect(h1(page)).toHaveText('How digital is your council?');
  await expect(appMain(page)).toHaveCount(0);
  await main(page).getByRole('button', { name: 'Start the quick check' }).click();
  releaseMain();
  await expectQuestion(page, 1);
  // Once only: going home again does not start another.
  await page.getByRole('link', { name: 'Save and come back later' }).click();
  await expect(main(page).getByRole('button', { name: 'Start a new quick check' })).toBeVisible();
});

test('a page from an area not loaded yet says it is loading, then its heading takes focus', async ({ page, checkA11y }) => {
  await openApp(page);
  await nav(page).getByRole('link', { name: 'Service performance' }).click();
  await expect(page).toHaveURL(/#\/performance$/);
  // Either the loading message or, on a fast machine, the page itself.
  await expect(loadingMessage(page).or(h1(page).filter({ hasText: 'Service performance' }))).toBeVisible();
  await expect(h1(page)).toHaveText('Service performance');
  await expect(loadingMessage(page)).toHaveCount(0);
  // Focus moves to the new page's heading, as on every page change.
  await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector('main h1')), {
    message: 'document.activeElement is the main h1',
  }).toBe(true);
  await checkA11y(page, 'service performance, after loading');

  // And for the next area too, once the app has moved between pages before.
  await nav(page).getByRole('link', { name: 'Compare' }).click();
  await expect(h1(page)).toHaveText('Compare and combine');
  await expect(h1(page)).toBeFocused();
});

test('saved results are read by code of their own: a first visit never fetches it, a returning one waits for it', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await openApp(page);
  await expect(main(page).getByRole('button', { name: 'Start the quick check' })).toBeEnabled();
  expect(requested.filter((url) => /\/split_(stored|home)-/.test(url)), 'nothing saved, nothing to read').toEqual([]);

  // A quick check half done, as a returning visitor has it.
  const inProgress = assessmentFile({ id: 'e2e-lazy-in-progress', answers: { q1: 2, q2: 3 }, completed: null, position: 2 });
  await page.evaluate((file) => localStorage.setItem(`almanac.assessment.${file.assessment.id}`, JSON.stringify(file)), inProgress);
  const releaseStored = await holdRequests(page, '**/pkg/split_stored-*.wasm');
  await page.reload();
  // The page says it is loading, and shows nothing saved as missing, until the records are read.
  await expect(loadingMessage(page)).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Start the quick check' })).toHaveCount(0);
  releaseStored();
  await expect(h1(page)).toHaveText('How digital is your council?');
  await expect(main(page).getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  await expect(main(page).getByText('You have answered 2 of 12 questions', { exact: false })).toBeVisible();
  await main(page).getByRole('link', { name: 'Continue the quick check' }).click();
  await expectQuestion(page, 3);
});

test.describe('an area that cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [BLOCKED_REQUEST] });

  test('says so and offers to try again; trying again once it can be fetched shows the page', async ({ page, checkA11y }) => {
    const blocked = '**/pkg/split_performance-*.wasm';
    await page.route(blocked, (route) => route.abort());
    await openApp(page, '#/performance');
    await expect(h1(page)).toHaveText(NOT_LOADED);
    await expect(main(page).getByText('Your answers are safe', { exact: false })).toBeVisible();
    const tryAgain = main(page).getByRole('button', { name: 'Try again' });
    await expect(tryAgain).toBeVisible();
    await expect(main(page).getByRole('link', { name: 'Go to the start' })).toBeVisible();
    await checkA11y(page, 'performance could not be loaded');

    // Trying again while still blocked: the same message, nothing broken.
    await tryAgain.click();
    await expect(h1(page)).toHaveText(NOT_LOADED);

    await page.unroute(blocked);
    await tryAgain.click();
    await expect(h1(page)).toHaveText('Service performance');
    await expect(main(page).getByText(NOT_LOADED)).toHaveCount(0);
    await checkA11y(page, 'performance after trying again');
  });

  test('saved results whose code cannot be fetched: the page says so, and shows them once it can', async ({ page, checkA11y }) => {
    await openApp(page);
    const result = assessmentFile({ id: 'e2e-lazy-blocked-read', answers: ANSWERS });
    await page.evaluate((file) => localStorage.setItem(`almanac.assessment.${file.assessment.id}`, JSON.stringify(file)), result);
    const blocked = '**/pkg/split_stored-*.wasm';
    await page.route(blocked, (route) => route.abort());
    // Opened afresh, as a returning visitor would.
    await page.goto(`./#/result/${result.assessment.id}`);
    await page.reload();
    await expect(h1(page)).toHaveText(NOT_LOADED);
    await checkA11y(page, 'saved results could not be read');
    // Nothing was taken for missing: the record is still there, as it was.
    expect(await page.evaluate((id) => localStorage.getItem(`almanac.assessment.${id}`), result.assessment.id)).toBe(JSON.stringify(result));

    await page.unroute(blocked);
    await main(page).getByRole('button', { name: 'Try again' }).click();
    await expectResult(page, ANSWERS);
  });

  test('a built-in framework that cannot be fetched: the start page says so, then lists every framework', async ({ page, checkA11y }) => {
    const blocked = '**/frameworks/*.json';
    const frameworkRequests = [];
    page.on('request', (request) => {
      if (kindOf(request.url()) === 'framework') frameworkRequests.push(request.url());
    });
    await page.route(blocked, (route) => route.abort());
    await openApp(page, '#/start');
    await expect(h1(page)).toHaveText(NOT_LOADED);
    expect(frameworkRequests.length, 'the start page asked for the framework files').toBeGreaterThan(0);
    await checkA11y(page, 'start could not be loaded');

    await page.unroute(blocked);
    await main(page).getByRole('button', { name: 'Try again' }).click();
    await expect(h1(page)).toHaveText('Start a full assessment');
    for (const framework of [OUTCOMES, CAPABILITIES, BY_DEFAULT]) {
      await expect(main(page).getByRole('radio', { name: framework.title, exact: true })).toBeVisible();
    }
    await checkA11y(page, 'start after trying again');
  });
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('once the rest has been kept in the background, every area opens with no network', async ({ page, context, checkA11y }) => {
    // A completed quick check, put in storage so its result page is first opened offline.
    const result = assessmentFile({ id: 'e2e-lazy-offline', answers: ANSWERS });
    await openApp(page);
    await page.evaluate((file) => localStorage.setItem(`almanac.assessment.${file.assessment.id}`, JSON.stringify(file)), result);
    await waitForEverythingKept(page);

    await context.setOffline(true);
    const deepLinks = [
      ['#/start', 'Start a full assessment'],
      ['#/performance', 'Service performance'],
      ['#/compare', 'Compare and combine'],
      ['#/saved', 'Saved results'],
      ['#/embed', 'Put Almanac on your intranet'],
      [`#/result/${result.assessment.id}`, 'Quick check result'],
    ];
    for (const [fragment, heading] of deepLinks) {
      // Each in a new tab, as a bookmark would open it: nothing of the area is in memory.
      const tab = await context.newPage();
      await openApp(tab, fragment);
      await expect(h1(tab), fragment).toHaveText(heading);
      await expect(main(tab).getByText(NOT_LOADED), fragment).toHaveCount(0);
      if (fragment.startsWith('#/result/')) {
        await expectResult(tab, ANSWERS);
        await checkA11y(tab, 'result, opened offline');
      }
      if (fragment === '#/start') {
        await expect(main(tab).getByRole('radio', { name: OUTCOMES.title, exact: true })).toBeVisible();
      }
      await tab.close();
    }
  });

  test.describe('an update while an old version is kept', () => {
    // Two builds served in turn from folders of their own, on one port of their own (a service
    // worker belongs to its origin and path).
    test.use({ allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/] });
    let buildA;
    let buildB;
    let server;

    test.beforeEach(async () => {
      buildA = await mkdtemp(path.join(os.tmpdir(), 'almanac-build-a-'));
      buildB = await mkdtemp(path.join(os.tmpdir(), 'almanac-build-b-'));
      await cp(path.join(ROOT, 'dist'), buildA, { recursive: true, preserveTimestamps: true });
      await cp(path.join(ROOT, 'dist'), buildB, { recursive: true, preserveTimestamps: true });
      // Build B: a new build id in sw.js (so browsers see a new worker) and a changed page.
      const worker = path.join(buildB, 'sw.js');
      const { build } = workerFiles(buildA);
      await writeFile(worker, (await readFile(worker, 'utf8')).replace(`const BUILD = "${build}";`, `const BUILD = "${build}-b";`));
      const index = path.join(buildB, 'index.html');
      await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<title>New version: '));
      expect(workerFiles(buildB).build).toBe(`${build}-b`);
      server = await startServer({ dir: buildA, port: 0 });
    });

    test.afterEach(async () => {
      await server.close();
      await rm(buildA, { recursive: true, force: true });
      await rm(buildB, { recursive: true, force: true });
    });

    test('the old version still opens an area not visited yet, then the new one is used on request', async ({ page, checkA11y }) => {
      await page.goto(server.url);
      await expect(appMain(page)).toBeVisible();
      await waitForEverythingKept(page, workerFiles(buildA));
      const oldTitle = await page.title();

      // Publish build B at the same address, and note what the browser asks of it.
      const { port } = server;
      await server.close();
      server = await startServer({ dir: buildB, port });
      const askedOfB = [];
      server.server.on('request', (request) => askedOfB.push(request.url));

      // The browser looks for a new version when the app is opened; the old one keeps running.
      await page.reload();
      await expect(appMain(page)).toBeVisible();
      await expect(h1(page)).toHaveText('How digital is your council?');
      expect(await page.title()).toBe(oldTitle);
      const banner = page.getByRole('region', { name: 'A new version of Almanac is ready' });
      await expect(banner).toBeVisible({ timeout: 15_000 });
      await checkA11y(page, 'home with the new version banner');

      // An area never opened before comes from the old version's cache, not from build B.
      await nav(page).getByRole('link', { name: 'Compare' }).click();
      await expect(h1(page)).toHaveText('Compare and combine');
      await expect(main(page).getByText(NOT_LOADED)).toHaveCount(0);
      expect(await page.title()).toBe(oldTitle);
      const lazyAskedOfB = askedOfB.filter((url) => kindOf(new URL(url, server.url).href) !== 'other');
      expect(lazyAskedOfB, 'area code, chunks and frameworks asked of build B').toEqual([]);

      await banner.getByRole('button', { name: 'Use the new version' }).click();
      await expect(page).toHaveTitle(`New version: ${oldTitle}`);
      await expect(h1(page)).toHaveText('Compare and combine');
      await expect(page.getByRole('region', { name: 'A new version of Almanac is ready' })).toHaveCount(0);

      // Areas still open in the new version, whether opened before or not.
      for (const [link, heading] of [['Service performance', 'Service performance'], ['Saved results', 'Saved results'], ['Frameworks', 'Frameworks']]) {
        await nav(page).getByRole('link', { name: link, exact: true }).click();
        await expect(h1(page)).toHaveText(heading);
        await expect(main(page).getByText(NOT_LOADED)).toHaveCount(0);
      }
      await startQuickCheckFromHome(page);
    });
  });
});

/** Goes home by the header and starts a quick check: the first download still works after an update. */
async function startQuickCheckFromHome(page) {
  await nav(page).getByRole('link', { name: 'Home', exact: true }).click();
  await expect(h1(page)).toHaveText('How digital is your council?');
  await startQuickCheck(page);
}
