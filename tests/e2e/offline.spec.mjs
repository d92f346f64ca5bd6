// Offline and updates: after one visit the app works with no network, and a new version waits
// for the person to say when. The worker keeps the first download when it installs and the rest
// (the other areas' code, the built-in frameworks) once the page is idle; lazy-loading.spec.mjs
// covers opening every area offline and an update while an old area is cached.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import {
  QUESTIONS,
  answerAndContinue,
  answerRest,
  expectQuestion,
  h1,
  main,
  openApp,
  savedItems,
  startQuickCheck,
  waitForEverythingKept,
  waitForServiceWorker,
} from './helpers.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens with no network, and a quick check taken offline is kept', async ({ page, context }) => {
  await openApp(page);
  // The result page is in the Results area, kept in the background once the page is idle.
  await waitForEverythingKept(page);

  await context.setOffline(true);
  await page.reload();
  await expect(h1(page)).toHaveText('How digital is your council?');
  await startQuickCheck(page);
  const answers = Object.fromEntries(QUESTIONS.map((question, index) => [question.id, (index % 5) + 1]));
  await answerRest(page, answers);
  await expect(main(page).getByText('Your result is saved in this browser only.')).toBeVisible();

  // Still offline: a deep link reloads from the cache, and the result is in the saved list.
  await page.goto('./#/saved');
  await expect(h1(page)).toHaveText('Saved results');
  await expect(savedItems(page)).toHaveCount(1);
  await page.goto('./?embed=quick#/');
  await expect(h1(page)).toHaveText('How digital is your council?');
});

test.describe('a new version', () => {
  // The build is copied to a folder of its own, served on a port of its own, so it can change.
  test.use({ allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/] });
  let folder;
  let server;

  test.beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'almanac-update-'));
    await cp(path.join(ROOT, 'dist'), folder, { recursive: true, preserveTimestamps: true });
    server = await startServer({ dir: folder, port: 0 });
  });

  test.afterEach(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('is announced, and applies only when the person chooses, keeping their answers', async ({ page }) => {
    await page.goto(server.url);
    await expect(h1(page)).toBeVisible();
    await waitForServiceWorker(page);
    const oldTitle = await page.title();
    await startQuickCheck(page);
    await answerAndContinue(page, 1, 4);
    await expectQuestion(page, 2);

    // Publish a new build: a changed page, and the build hook run again as Trunk would.
    const index = path.join(folder, 'index.html');
    const html = await readFile(index, 'utf8');
    await writeFile(index, html.replace('<title>', '<title>New version: '));
    execFileSync('node', [path.join(ROOT, 'scripts', 'post-build.mjs'), folder]);

    // The browser looks for a new version whenever the app is opened.
    await page.reload();
    await expectQuestion(page, 2);
    const banner = page.getByRole('region', { name: 'A new version of Almanac is ready' });
    await expect(banner).toBeVisible();
    // Nothing has changed under the person yet: the old version is still the one running.
    expect(await page.title()).toBe(oldTitle);

    await banner.getByRole('button', { name: 'Use the new version' }).click();
    await expect(page).toHaveTitle(`New version: ${oldTitle}`);
    await expectQuestion(page, 2);
    await expect(page.getByRole('region', { name: 'A new version of Almanac is ready' })).toHaveCount(0);
    await main(page).getByRole('link', { name: 'Back', exact: true }).click();
    await expectQuestion(page, 1);
    await expect(main(page).getByLabel('Standard practice', { exact: true })).toBeChecked();
  });
});
