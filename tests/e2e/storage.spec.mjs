// Journeys 5 and 6: the browser blocks local storage, or storage is full. The app must keep
// working from memory, say so plainly, and let the person download their answers.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  assessmentFile,
  QUESTION_COUNT,
  answerAndContinue,
  answerRest,
  choose,
  downloadFrom,
  expectQuestion,
  expectResult,
  fillStorage,
  freeStorage,
  h1,
  main,
  openApp,
  radio,
  savedItems,
  readSavedItem,
  seedSavedResults,
  startQuickCheck,
} from './helpers.mjs';

const ANSWERS = { q1: 4, q2: 2, q3: DONT_KNOW, q4: 3, q5: 2, q6: 5, q7: 1, q8: 3, q9: 3, q10: 2, q11: 4, q12: 1 };
const KEPT = 'Your answer is kept until you close this page.';

/** Clicks `button`, captures the download and returns the parsed file. */
async function downloadJson(page, button, testInfo) {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^almanac-quick-check-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(`${testInfo.title.replace(/\W+/g, '-')}-${Date.now()}.json`);
  await download.saveAs(file);
  return JSON.parse(await readFile(file, 'utf8'));
}

function ratings(file) {
  return Object.fromEntries(Object.entries(file.assessment.answers).map(([q, a]) => [q, a.rating]));
}

test.describe('when the browser blocks local storage', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the app still starts, warns, and lets the person finish and download', async ({ page, checkA11y }, testInfo) => {
    await openApp(page);
    await expect(h1(page)).toHaveText('How digital is your council?');
    const warning = page.getByRole('region', { name: 'Your answers are not being saved on this device' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('The operation is insecure.');
    // Nothing to download yet.
    await expect(warning.getByRole('button')).toHaveCount(0);
    await checkA11y(page, 'storage blocked warning on the home page');

    await startQuickCheck(page);
    await expect(warning.getByRole('button', { name: 'Download your latest answers' })).toBeVisible();
    await choose(page, ANSWERS.q1, { saved: KEPT });
    await checkA11y(page, 'storage blocked warning on a question');
    await main(page).getByRole('button', { name: 'Continue' }).click();
    await answerRest(page, ANSWERS, { from: 2, saved: KEPT });
    await expectResult(page, ANSWERS);
    await expect(main(page).getByText('This browser is not letting Almanac save your result. Download it now to keep it.')).toBeVisible();
    await expect(warning).toBeVisible();
    await checkA11y(page, 'storage blocked warning on the result');

    const fromBanner = await downloadJson(page, warning.getByRole('button', { name: 'Download your latest answers' }), testInfo);
    expect(fromBanner.format).toBe('almanac.assessment');
    expect(fromBanner.assessment.completed).toEqual(expect.any(String));
    expect(ratings(fromBanner)).toEqual(ANSWERS);
    const fromResult = await downloadJson(page, main(page).getByRole('button', { name: 'Download your result' }), testInfo);
    expect(fromResult).toEqual(fromBanner);

    // The result is listed for as long as the page is open.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
    await expect(h1(page)).toHaveText('Saved results');
    await expect(savedItems(page)).toHaveCount(1);
  });
});

test.describe('when local storage is full', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith('almanac.assessment.')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    });
  });

  test('a failed save is reported, the answer is kept, and the check can be finished', async ({ page, checkA11y }, testInfo) => {
    await openApp(page);
    // The probe key can still be written, so storage looks fine at first.
    await expect(page.getByRole('region')).toHaveCount(0);

    await startQuickCheck(page);
    await choose(page, ANSWERS.q1, { saved: KEPT });
    const warning = page.getByRole('region', { name: 'Your latest answers could not be saved' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("This browser's storage is full.");
    await expect(radio(page, ANSWERS.q1)).toBeChecked();
    await checkA11y(page, 'storage full warning on a question');

    await main(page).getByRole('button', { name: 'Continue' }).click();
    await answerAndContinue(page, 2, ANSWERS.q2, { saved: KEPT });
    // Going back shows the earlier answer, kept in memory.
    await main(page).getByRole('link', { name: 'Back', exact: true }).click();
    await expectQuestion(page, 2);
    await expect(radio(page, ANSWERS.q2)).toBeChecked();
    await main(page).getByRole('button', { name: 'Continue' }).click();
    await answerRest(page, ANSWERS, { from: 3, saved: KEPT });
    await expectResult(page, ANSWERS);
    await expect(warning).toBeVisible();

    const file = await downloadJson(page, warning.getByRole('button', { name: 'Download your latest answers' }), testInfo);
    expect(ratings(file)).toEqual(ANSWERS);
    expect(Object.keys(file.assessment.answers)).toHaveLength(QUESTION_COUNT);
  });
});

test('after making room by deleting an old result, answers that could not be saved are not lost', async ({ page }) => {
  // One old result is saved; then storage fills up, until something is removed from it.
  await seedSavedResults(page, [assessmentFile({ id: 'e2e-old-result', answers: ANSWERS })]);
  await page.evaluate(() => {
    const { setItem, removeItem } = Storage.prototype;
    let full = true;
    Storage.prototype.setItem = function (key, value) {
      if (full && String(key).startsWith('almanac.assessment.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
    Storage.prototype.removeItem = function (key) {
      full = false;
      return removeItem.call(this, key);
    };
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await startQuickCheck(page);
  await choose(page, ANSWERS.q1, { saved: KEPT });
  const warning = page.getByRole('region', { name: 'Your latest answers could not be saved' });
  await expect(warning).toBeVisible();

  // Do as the warning says: delete an old result to make room.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  const old = savedItems(page).filter({ has: page.getByRole('heading', { name: 'Quick check, 20 November 2026 at 10:00am' }) });
  await old.getByRole('button', { name: 'Delete', exact: true }).click();
  await old.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(savedItems(page)).toHaveCount(1);

  // The answers that could not be saved were written as soon as there was room: no warning, and a
  // reload still has them.
  await expect(warning).toBeHidden();
  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(savedItems(page)).toHaveCount(1);
  expect((await readSavedItem(savedItems(page).first())).Answers).toBe(`1 of ${QUESTION_COUNT} answered`);
});

test('a damaged stored record is set aside: the app starts, the rest is kept, and it can be downloaded as it was', async ({ page, checkA11y }, testInfo) => {
  const damaged = '{"format": "almanac.assessment", "schema_version": 1, "assessment": {"id": "broken", "answ';
  await seedSavedResults(page, [assessmentFile({ id: 'e2e-intact', answers: ANSWERS })]);
  await page.evaluate((text) => localStorage.setItem('almanac.assessment.broken', text), damaged);
  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');

  const notice = page.getByRole('region', { name: 'Some saved records could not be read' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('almanac.assessment.broken');
  await expect(notice).toContainText('the file ends too early');
  await expect(savedItems(page).filter({ hasText: 'Completed' })).toHaveCount(1);
  await checkA11y(page, 'saved results with a damaged record');

  const file = await downloadFrom(page, notice.getByRole('button', { name: /Download it as it was/ }), testInfo);
  expect(file.name).toBe('almanac.assessment.broken.damaged.json');
  expect(file.bytes.toString('utf8')).toBe(damaged);

  await notice.getByRole('button', { name: /^Delete it/ }).click();
  await notice.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => localStorage.getItem('almanac.assessment.broken'))).toBe(damaged);
  await notice.getByRole('button', { name: /^Delete it/ }).click();
  await notice.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(notice).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('almanac.assessment.broken'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('almanac.assessment.e2e-intact'))).not.toBeNull();
});

test('two tabs stay in step: a change in one shows in the other without a reload', async ({ page, context }) => {
  await seedSavedResults(page, [assessmentFile({ id: 'e2e-two-tabs', answers: ANSWERS })]);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(savedItems(other)).toHaveCount(1);

  // Deleted in the other tab: gone here too.
  await savedItems(other).getByRole('button', { name: 'Delete', exact: true }).click();
  await savedItems(other).getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();

  // An answer given in one tab shows on the same question in the other.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await startQuickCheck(page);
  await choose(page, 1);
  await other.goto(page.url());
  await expect(radio(other, 1)).toBeChecked();
  await radio(other, 2).check();
  await expect(radio(page, 2)).toBeChecked();
  await expect(radio(page, 1)).not.toBeChecked();
  await other.close();
});

test('local storage really filled to its quota: the answer is kept, and saved once there is room', async ({ page }) => {
  await openApp(page);
  // Fill this origin's storage with another app's data until the browser refuses more.
  expect(await fillStorage(page)).toBe('QuotaExceededError');
  await startQuickCheck(page);
  await choose(page, 3, { saved: KEPT });
  const warning = page.getByRole('region', { name: 'Your latest answers could not be saved' });
  await expect(warning).toContainText('This browser\'s storage is full.');
  await expect(radio(page, 3)).toBeChecked();

  // Room is made; the next change writes everything that was waiting.
  await freeStorage(page);
  await choose(page, 4);
  await expect(warning).toBeHidden();
  await page.reload();
  await expect(radio(page, 4)).toBeChecked();
});

test('a stale tab never writes over a newer copy: both versions are kept', async ({ page }) => {
  const file = assessmentFile({ id: 'e2e-stale', answers: { q1: 2 }, completed: null, position: 1 });
  await seedSavedResults(page, [file], '#/check/e2e-stale/2');
  // The stored copy changes behind this tab's back (as if another window's event were missed).
  await page.evaluate(() => {
    const key = 'almanac.assessment.e2e-stale';
    const stored = JSON.parse(localStorage.getItem(key));
    stored.assessment.answers.q1 = { rating: 5 };
    stored.assessment.updated = '2026-11-22T12:00:00Z';
    localStorage.setItem(key, JSON.stringify(stored));
  });
  // Clicked, not checked: once this tab's answer is kept as a copy, the page shows the other version.
  await radio(page, 3).click();
  await expect(page.getByRole('region', { name: 'This result was also changed somewhere else' })).toContainText('(copy from another tab)');
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('almanac.assessment.')).map((k) => JSON.parse(localStorage.getItem(k)).assessment),
  );
  expect(stored).toHaveLength(2);
  const theirs = stored.find((a) => a.id === 'e2e-stale');
  const mine = stored.find((a) => a.id !== 'e2e-stale');
  expect(theirs.answers.q1.rating).toBe(5);
  expect(theirs.answers.q2).toBeUndefined();
  expect(mine.answers.q2.rating).toBe(3);
  expect(mine.details.title).toBe('Quick check (copy from another tab)');
});
