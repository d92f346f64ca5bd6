// Journey 2: download a result, delete everything on the device, and bring the result back.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  FRAMEWORK,
  NOT_APPLICABLE,
  QUESTION_COUNT,
  answerRest,
  expectResult,
  h1,
  main,
  openApp,
  overallScore,
  readSavedItem,
  readScoreTable,
  savedItems,
  startQuickCheck,
  upload,
} from './helpers.mjs';

const ANSWERS = {
  q1: 2, q2: 3, q3: 1, q4: 4, q5: DONT_KNOW, q6: 5,
  q7: 3, q8: NOT_APPLICABLE, q9: 2, q10: 4, q11: 3, q12: 1,
};

/**
 * Completes the quick check, downloads the result and checks the file, then deletes everything
 * on the device from Saved results. Returns what the result page and its card showed, and the file.
 */
async function downloadThenDeleteEverything(page, testInfo, checkA11y = async () => {}) {
  await openApp(page);
  await startQuickCheck(page);
  const id = page.url().match(/#\/check\/([a-z0-9-]+)\/1$/)[1];
  await answerRest(page, ANSWERS);
  const expected = await expectResult(page, ANSWERS);
  const overall = await overallScore(page).textContent();
  const table = await readScoreTable(page);
  expect(overall).toBe(`${expected.overall} out of 5`);

  // Download, and check the file is an Almanac assessment with every answer given.
  const downloading = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Download your result' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^almanac-quick-check-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  expect(saved).toMatchObject({
    format: 'almanac.assessment',
    schema_version: 1,
    assessment: { id, framework: { id: FRAMEWORK.id, version: FRAMEWORK.version } },
  });
  expect(saved.assessment.completed).toEqual(expect.any(String));
  expect(download.suggestedFilename()).toBe(`almanac-quick-check-${saved.assessment.updated.slice(0, 10)}.json`);
  expect(Object.fromEntries(Object.entries(saved.assessment.answers).map(([q, a]) => [q, a.rating]))).toEqual(ANSWERS);

  // Saved results lists it; delete everything, after confirming.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(savedItems(page)).toHaveCount(1);
  const card = await readSavedItem(savedItems(page).first());
  expect(card).toMatchObject({ Status: 'Completed', Answers: `${QUESTION_COUNT} of ${QUESTION_COUNT} answered`, 'Overall score': expected.overall });
  await checkA11y(page, 'saved results with one result');

  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(await databases()).toEqual(['almanac-turns']);
  await main(page).getByRole('button', { name: 'Delete everything' }).click();
  const confirm = main(page).getByRole('group', { name: 'Are you sure you want to delete everything?' });
  await expect(confirm).toContainText('1 saved result(s) will be deleted from this browser. This cannot be undone.');
  await checkA11y(page, 'delete everything confirmation');
  await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();
  await expect(savedItems(page)).toHaveCount(0);
  await expect(confirm).toBeHidden();
  await checkA11y(page, 'saved results, empty');

  // It is gone from storage, not just from the page, with the notes of which tab wrote last.
  await expect.poll(databases).toEqual([]);
  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();
  return { id, file, card, overall, table };
}

test('download the result, then delete everything on the device', async ({ page, checkA11y }, testInfo) => {
  await downloadThenDeleteEverything(page, testInfo, checkA11y);
});

test('download the result, delete everything, and import the file again', async ({ page, checkA11y }, testInfo) => {
  const before = await downloadThenDeleteEverything(page, testInfo);

  // Upload the downloaded file.
  await upload(page, before.file);
  await expect(main(page).getByRole('status')).toHaveText(`Imported: ${before.card.heading}`);
  await expect(savedItems(page)).toHaveCount(1);
  expect(await readSavedItem(savedItems(page).first())).toEqual(before.card);
  await checkA11y(page, 'saved results after an import');

  await savedItems(page).first().getByRole('link', { name: 'View result' }).click();
  await expect(page).toHaveURL(new RegExp(`#/result/${before.id}$`));
  await expectResult(page, ANSWERS);
  await expect(overallScore(page)).toHaveText(before.overall);
  expect(await readScoreTable(page)).toEqual(before.table);
});
