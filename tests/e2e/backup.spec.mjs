// A backup of everything, and restoring it with a preview: nothing changes until the person
// says so, and a saved result is replaced only when they choose.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, assessmentFile, downloadFrom, h1, jsonUpload, main, readSavedItem, savedItems, seedSavedResults } from './helpers.mjs';

const ANSWERS = { q1: 4, q2: 2, q3: DONT_KNOW, q4: 3, q5: 2, q6: 5, q7: 1, q8: 3, q9: 3, q10: 2, q11: 4, q12: 1 };
const LOWER = Object.fromEntries(Object.keys(ANSWERS).map((q) => [q, 1]));

test('back up everything, delete it, restore it, and choose what to do with a clash', async ({ page, checkA11y }, testInfo) => {
  await seedSavedResults(page, [
    assessmentFile({ id: 'e2e-first', answers: ANSWERS }),
    assessmentFile({ id: 'e2e-second', answers: LOWER, created: '2026-11-21T10:00:00Z', updated: '2026-11-21T10:05:00Z' }),
  ]);
  const backup = await downloadFrom(page, main(page).getByRole('button', { name: 'Download a backup of everything' }), testInfo);
  const file = JSON.parse(readFileSync(backup.file, 'utf8'));
  expect(file.format).toBe('almanac.backup');
  expect(file.assessments.map((a) => a.id).sort()).toEqual(['e2e-first', 'e2e-second']);

  await main(page).getByRole('button', { name: 'Delete everything' }).click();
  await main(page).getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();

  await main(page).getByLabel('Restore a backup').setInputFiles(backup.file);
  const preview = main(page).getByRole('group', { name: /Restore the backup from/ });
  await expect(preview).toContainText('2 new result(s) will be added');
  await checkA11y(page, 'restore preview');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('almanac.')))).toEqual([]);
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: '2 results were restored.' })).toBeVisible();
  await expect(savedItems(page)).toHaveCount(2);

  // Change one result on the device, then restore again: keep it, or take the backup's copy.
  await page.evaluate(() => {
    const key = 'almanac.assessment.e2e-first';
    const file = JSON.parse(localStorage.getItem(key));
    file.assessment.answers.q1 = { rating: 1 };
    file.assessment.updated = '2026-11-22T09:00:00Z';
    localStorage.setItem(key, JSON.stringify(file));
  });
  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');
  const first = savedItems(page).filter({ hasText: '20 November 2026 at 10:00am' });
  const before = (await readSavedItem(first))['Overall score'];

  await main(page).getByLabel('Restore a backup').setInputFiles(backup.file);
  await expect(preview).toContainText('2 result(s) are already on this device: choose for each below');
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Nothing was changed: you kept every result already on this device.' })).toBeVisible();
  expect((await readSavedItem(first))['Overall score']).toBe(before);

  await main(page).getByLabel('Restore a backup').setInputFiles(backup.file);
  await preview.getByRole('group', { name: 'Quick check' }).first().getByLabel(/Replace it with the backup/).check();
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: '1 result was restored.' })).toBeVisible();
  await page.reload();
  await expect(savedItems(page)).toHaveCount(2);
});

test('a broken backup is refused with every problem and nothing changes', async ({ page }) => {
  await seedSavedResults(page, [assessmentFile({ id: 'e2e-kept', answers: ANSWERS })]);
  const broken = {
    format: 'almanac.backup',
    schema_version: 1,
    created: '2026-11-23T10:00:00Z',
    frameworks: [],
    assessments: [assessmentFile({ id: 'e2e-new', answers: { ...ANSWERS, q4: 9 } }).assessment],
  };
  await main(page).getByLabel('Restore a backup').setInputFiles(jsonUpload('broken-backup.json', broken));
  await expect(main(page).getByRole('alert')).toContainText('assessments[0].answers.q4: level 9 is not on this framework\'s scale (1 to 5)');
  await expect(savedItems(page)).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('almanac.assessment.e2e-new'))).toBeNull();
});

test('the home page says when the last backup was, and reminds when week-old work has none', async ({ page, checkA11y }, testInfo) => {
  await seedSavedResults(page, [assessmentFile({ id: 'e2e-old', answers: ANSWERS, created: '2026-09-01T10:00:00Z', updated: '2026-09-01T10:05:00Z' })], '#/');
  await expect(main(page)).toContainText('You have not downloaded a backup on this device yet. Some of your results have changed since, more than a week ago.');
  await checkA11y(page, 'home with a backup reminder');
  await main(page).getByRole('link', { name: 'download a backup' }).click();
  await downloadFrom(page, main(page).getByRole('button', { name: 'Download a backup of everything' }), testInfo);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(main(page)).toContainText(/Last backup: \d+ \w+ \d{4} at \d+:\d\d[ap]m\. Back up or restore/);
  await expect(main(page)).not.toContainText('more than a week ago');
  await page.reload();
  await expect(main(page)).toContainText('Last backup:');
});
