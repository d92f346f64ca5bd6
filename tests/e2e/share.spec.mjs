// Sharing a result as a link: the result travels in the URL fragment, which never reaches a
// server; opening the link shows it read-only and saves nothing until the person asks.
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, assessmentFile, expectResult, h1, main, openApp, seedSavedResults } from './helpers.mjs';

const ANSWERS = { q1: 4, q2: 2, q3: DONT_KNOW, q4: 3, q5: 2, q6: 5, q7: 1, q8: 3, q9: 3, q10: 2, q11: 4, q12: 1 };

test('a quick check result shared as a short link opens read-only and can be saved', async ({ page, browser, checkA11y }) => {
  await seedSavedResults(page, [assessmentFile({ id: 'e2e-shared', answers: ANSWERS })], '#/result/e2e-shared');
  await main(page).getByRole('button', { name: 'Create a share link' }).click();
  const link = await main(page).getByLabel('Share link').inputValue();
  const fragment = link.slice(link.indexOf('#'));
  expect(fragment).toMatch(/^#\/shared\/2\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(500);
  await checkA11y(page, 'result with a share link');

  // Someone else, with nothing saved, opens it.
  const other = await browser.newContext({ viewport: page.viewportSize() });
  const theirs = await other.newPage();
  const requests = [];
  theirs.on('request', (request) => requests.push(request.url()));
  await theirs.goto(link);
  await expect(theirs.getByRole('region', { name: 'Someone shared this result with you' })).toBeVisible();
  await expectResult(theirs, ANSWERS);
  expect(requests.every((url) => !url.includes('shared'))).toBe(true);
  expect(await theirs.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('almanac.')))).toEqual([]);

  await theirs.getByRole('button', { name: 'Save to this device' }).click();
  await expect(theirs).toHaveURL(/#\/result\/[a-z0-9-]+$/);
  await expectResult(theirs, ANSWERS);
  // Written in this tab's storage turn, which can finish a moment after the page has changed.
  await expect.poll(() => theirs.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('almanac.assessment.')).length)).toBe(1);

  // Back to the link (or the same link opened again): the saved copy is found, not saved twice.
  await theirs.goBack();
  const notice = theirs.getByRole('region', { name: 'Someone shared this result with you' });
  await expect(notice).toContainText('This result is already saved on this device');
  await expect(notice.getByRole('button', { name: 'Save to this device' })).toHaveCount(0);
  await notice.getByRole('link', { name: 'Open the saved copy' }).click();
  await expectResult(theirs, ANSWERS);
  expect(await theirs.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('almanac.assessment.')).length)).toBe(1);
  await other.close();
});

test('a damaged or forged link is refused with a plain message', async ({ page, checkA11y }) => {
  await openApp(page, '#/shared/not-a-real-link');
  await expect(main(page).getByRole('alert')).toContainText('this link has been changed or cut short: ask for it again');
  await expect(h1(page)).toHaveText('Shared result');
  await checkA11y(page, 'broken share link');
});
