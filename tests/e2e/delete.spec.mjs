// Journey 4: deleting one result asks first; "Cancel" keeps it.
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, assessmentFile, expectResult, h1, main, savedItems, seedSavedResults } from './helpers.mjs';

const ANSWERS = { q1: 1, q2: 2, q3: 3, q4: 4, q5: 5, q6: 1, q7: 2, q8: 3, q9: 4, q10: 5, q11: DONT_KNOW, q12: 2 };
const OLDER = assessmentFile({ id: 'e2e-delete-older', answers: ANSWERS, created: '2026-11-18T09:00:00Z', updated: '2026-11-18T09:10:00Z' });
const NEWER = assessmentFile({ id: 'e2e-delete-newer', answers: ANSWERS, created: '2026-11-19T15:00:00Z', updated: '2026-11-19T15:10:00Z' });
const OLDER_NAME = 'Quick check, 18 November 2026 at 9:00am';
const NEWER_NAME = 'Quick check, 19 November 2026 at 3:00pm';

async function withSavedResults(page, ...files) {
  await seedSavedResults(page, files);
  await expect(h1(page)).toHaveText('Saved results');
  await expect(savedItems(page)).toHaveCount(files.length);
}

const headings = (page) => savedItems(page).getByRole('heading', { level: 2 });

test('delete one saved result after confirming; Cancel keeps it', async ({ page, checkA11y }) => {
  await withSavedResults(page, OLDER, NEWER);
  await expect(headings(page)).toHaveText([NEWER_NAME, OLDER_NAME]); // most recently changed first

  const older = savedItems(page).filter({ has: page.getByRole('heading', { name: OLDER_NAME }) });
  const deleteButton = older.getByRole('button', { name: 'Delete', exact: true });
  const confirm = older.getByRole('group', { name: 'Confirm deletion' });

  await expect(deleteButton).toHaveAttribute('aria-expanded', 'false');
  await deleteButton.click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('Delete this result from this device? This cannot be undone.');
  await expect(deleteButton).toHaveAttribute('aria-expanded', 'true');
  await checkA11y(page, 'delete one result confirmation');

  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(deleteButton).toHaveAttribute('aria-expanded', 'false');
  await expect(headings(page)).toHaveText([NEWER_NAME, OLDER_NAME]);

  await deleteButton.click();
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(headings(page)).toHaveText([NEWER_NAME]);

  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(headings(page)).toHaveText([NEWER_NAME]);
});

test('delete a result from its result page after confirming; Cancel keeps it', async ({ page, checkA11y }) => {
  await withSavedResults(page, NEWER);
  await savedItems(page).first().getByRole('link', { name: 'View result' }).click();
  await expectResult(page, ANSWERS);
  const resultUrl = page.url();

  await main(page).getByRole('button', { name: 'Delete this result' }).click();
  const confirm = main(page).getByRole('group', { name: 'Delete this result from this device?' });
  await expect(confirm).toContainText('This cannot be undone. Download it first if you may want it again.');
  await checkA11y(page, 'result page delete confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(main(page).getByRole('button', { name: 'Delete this result' })).toBeVisible();
  await expect(h1(page)).toHaveText('Quick check result');

  await main(page).getByRole('button', { name: 'Delete this result' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(page).toHaveURL(/#\/saved$/);
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();

  // A link to the deleted result now leads nowhere.
  await page.goto(resultUrl);
  await page.reload();
  await expect(h1(page)).toHaveText('Page not found');
});
