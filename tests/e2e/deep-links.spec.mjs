// Journey 7: every page has a URL (in the fragment) that survives a reload.
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, answerAndContinue, answerRest, expectQuestion, expectResult, h1, main, openApp, radio, startQuickCheck } from './helpers.mjs';

const ANSWERS = { q1: 5, q2: 4, q3: 4, q4: 3, q5: 3, q6: 2, q7: DONT_KNOW, q8: 2, q9: 1, q10: 3, q11: 4, q12: 5 };

test('saved results, a question and a result survive a reload', async ({ page }) => {
  await openApp(page, '#/saved');
  await expect(h1(page)).toHaveText('Saved results');
  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(page).toHaveURL(/\/almanac\/#\/saved$/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await startQuickCheck(page);
  await answerAndContinue(page, 1, ANSWERS.q1);
  await answerAndContinue(page, 2, ANSWERS.q2);
  const questionUrl = page.url();
  await page.reload();
  await expectQuestion(page, 3);
  expect(page.url()).toBe(questionUrl);
  // Earlier questions have their own URLs too.
  await page.goto(questionUrl.replace(/\/3$/, '/2'));
  await page.reload();
  await expectQuestion(page, 2);
  await expect(radio(page, ANSWERS.q2)).toBeChecked();
  await main(page).getByRole('button', { name: 'Continue' }).click();

  await answerRest(page, ANSWERS, { from: 3 });
  await expect(page).toHaveURL(/#\/result\/[a-z0-9-]+$/);
  const resultUrl = page.url();
  await page.reload();
  await expectResult(page, ANSWERS);
  expect(page.url()).toBe(resultUrl);
});

test('a link to nowhere shows Page not found', async ({ page, checkA11y }) => {
  for (const fragment of ['#/nowhere', '#/result/not-on-this-device', '#/check/abc/0']) {
    await openApp(page, fragment);
    await expect(h1(page)).toHaveText('Page not found');
    await page.reload();
    await expect(h1(page)).toHaveText('Page not found');
  }
  await checkA11y(page, 'page not found');
  await main(page).getByRole('link', { name: 'Go to the start' }).click();
  await expect(h1(page)).toHaveText('How digital is your council?');
  await expect(h1(page)).toBeFocused();
});
