// Journey 8: keyboard-only use, and axe on the pages other journeys do not already check.
// (The journeys run checkA11y on each page and state they reach: questions and their error,
// the result, saved results empty and full, import errors, confirmations, storage warnings.)
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  assessmentFile,
  expectQuestion,
  expectResult,
  h1,
  jsonUpload,
  main,
  openApp,
  radio,
  savedItems,
  seedSavedResults,
  startQuickCheck,
  upload,
} from './helpers.mjs';

const ANSWERS = { q1: 2, q2: 2, q3: 3, q4: 1, q5: 4, q6: 3, q7: DONT_KNOW, q8: 2, q9: 3, q10: 4, q11: 5, q12: 1 };
const SAVED = assessmentFile({ id: 'e2e-a11y-1', answers: ANSWERS });

/** Presses Tab until `target` has focus, failing after `limit` presses. */
async function tabTo(page, target, limit = 15) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: start, answer with arrow keys and Space, submit with Enter', async ({ page }) => {
  await openApp(page);
  const start = main(page).getByRole('button', { name: 'Start the quick check' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expectQuestion(page, 1);
  await expect(h1(page)).toBeFocused();

  // Tab into the radios; Space chooses the focused one, arrow keys move the choice.
  await page.keyboard.press('Tab');
  await expect(radio(page, 1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(radio(page, 1)).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 3)).toBeFocused();
  await expect(radio(page, 3)).toBeChecked();
  await expect(main(page).getByRole('status')).toHaveText('Your answer is saved on this device.');
  await page.keyboard.press('Enter');
  await expectQuestion(page, 2);
  await expect(h1(page)).toBeFocused();

  // Submitting with no answer: the error summary takes focus, and its link leads to the options.
  await tabTo(page, main(page).getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  const summary = main(page).getByRole('alert');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(radio(page, 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(radio(page, 2)).toBeChecked();
  await expect(summary).toBeHidden();
  await page.keyboard.press('Enter');
  await expectQuestion(page, 3);
  await expect(h1(page)).toBeFocused();

  // Back to question 2 by keyboard: the answer is still chosen.
  await page.keyboard.press('Shift+Tab');
  await expect(main(page).getByRole('link', { name: 'Back', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectQuestion(page, 2);
  await expect(h1(page)).toBeFocused();
  await expect(radio(page, 2)).toBeChecked();
});

test('the skip link and the pages with no journey of their own pass axe', async ({ page, checkA11y }) => {
  await openApp(page);
  await checkA11y(page, 'home');

  // The skip link is the first thing a keyboard reaches, and takes focus to the page's heading.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await checkA11y(page, 'home with the skip link shown');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(h1(page)).toBeFocused();
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();
  await checkA11y(page, 'saved results, empty');

  await openApp(page, '#/nowhere');
  await expect(h1(page)).toHaveText('Page not found');
  await checkA11y(page, 'page not found');
});

test.describe('in dark mode', () => {
  // The stylesheet has a dark theme (prefers-color-scheme: dark); people who use it see these pages.
  test.use({ colorScheme: 'dark' });

  test('home, a question with its error, saved results and an import error pass axe', async ({ page, checkA11y }) => {
    await openApp(page);
    await checkA11y(page, 'dark: home');
    await startQuickCheck(page);
    await main(page).getByRole('button', { name: 'Continue' }).click();
    await expect(main(page).getByRole('alert')).toBeFocused();
    await checkA11y(page, 'dark: question with its error');

    await seedSavedResults(page, [SAVED]);
    await expect(savedItems(page)).toHaveCount(2); // the quick check just started, and SAVED
    await savedItems(page).first().getByRole('button', { name: 'Delete', exact: true }).click();
    await upload(page, jsonUpload('not-almanac.json', { hello: 'world' }));
    await expect(main(page).getByRole('alert')).toBeVisible();
    await checkA11y(page, 'dark: saved results with an import error and a delete confirmation');
  });

  test('the result page passes axe', async ({ page, checkA11y }) => {
    await seedSavedResults(page, [SAVED], `#/result/${SAVED.assessment.id}`);
    await expectResult(page, ANSWERS);
    await checkA11y(page, 'dark: result');
  });
});
