// Journey 3: files that cannot be imported, and a file holding a result that is already saved.
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  FRAMEWORK,
  NOT_APPLICABLE,
  QUESTION_COUNT,
  assessmentFile,
  expectResult,
  expectedResult,
  h1,
  jsonUpload,
  main,
  openApp,
  readSavedItem,
  savedItems,
  seedSavedResults,
  upload,
} from './helpers.mjs';

const FIRST_ANSWERS = {
  q1: 3, q2: 3, q3: 2, q4: 4, q5: 1, q6: 2,
  q7: 3, q8: 4, q9: 5, q10: 2, q11: 3, q12: DONT_KNOW,
};
const SAVED = assessmentFile({ id: 'e2e-import-1', answers: FIRST_ANSWERS });
const SAVED_NAME = 'Quick check, 20 November 2026 at 10:00am';

/** Opens Saved results with SAVED already saved on the device; returns its card. */
async function withOneSavedResult(page) {
  await seedSavedResults(page, [SAVED]);
  await expect(h1(page)).toHaveText('Saved results');
  await expect(savedItems(page)).toHaveCount(1);
  const card = await readSavedItem(savedItems(page).first());
  expect(card).toEqual({
    heading: SAVED_NAME,
    Framework: `${FRAMEWORK.title} (version ${FRAMEWORK.version})`,
    Status: 'Completed',
    Answers: `${QUESTION_COUNT} of ${QUESTION_COUNT} answered`,
    'Overall score': expectedResult(FIRST_ANSWERS).overall,
    'Last changed': '20 November 2026 at 10:05am',
  });
  return card;
}

test('a valid file holding a new result is imported and listed', async ({ page }) => {
  await openApp(page, '#/saved');
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();
  await upload(page, jsonUpload('my-result.json', SAVED));
  await expect(main(page).getByRole('status')).toHaveText(`Imported: ${SAVED_NAME}`);
  await expect(savedItems(page)).toHaveCount(1);
  await page.reload();
  await expect(savedItems(page).getByRole('heading', { level: 2 })).toHaveText([SAVED_NAME]);
});

test('files that are not valid are refused, named, and change nothing', async ({ page, checkA11y }) => {
  const card = await withOneSavedResult(page);

  const levelNine = assessmentFile({ id: 'e2e-import-2', answers: { ...FIRST_ANSWERS, q4: 9 } });
  const cases = [
    {
      name: 'cut-short.json',
      content: JSON.stringify(SAVED, null, 2).slice(0, 150),
      problems: [/^the file ends too early, at line \d+: it may have been cut short$/],
    },
    {
      name: 'level-nine.json',
      content: levelNine,
      problems: ["answers.q4: level 9 is not on this framework's scale (1 to 5)"],
    },
    {
      name: 'package.json',
      content: { name: 'some-other-app', version: '1.0.0', dependencies: {} },
      problems: ['this is not an Almanac assessment file'],
    },
  ];
  expect(levelNine.assessment.answers.q4).toEqual({ rating: 9 });

  for (const [index, bad] of cases.entries()) {
    await upload(page, jsonUpload(bad.name, bad.content));
    const summary = main(page).getByRole('alert');
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText(`${bad.name} could not be imported`);
    await expect(summary.getByRole('listitem')).toHaveText(bad.problems);
    await expect(summary).toBeFocused();
    // No success message, and the saved result is still there, unchanged.
    await expect(main(page).getByRole('status')).toHaveCount(0);
    await expect(savedItems(page)).toHaveCount(1);
    expect(await readSavedItem(savedItems(page).first())).toEqual(card);
    if (index === 0) {
      await checkA11y(page, 'import error');
      // The problem links to the file input, so the person can choose another file.
      await summary.getByRole('listitem').getByRole('link').click();
      await expect(main(page).getByLabel('Upload a result file')).toBeFocused();
    }
  }

  // A reload proves nothing was written to storage either.
  await page.reload();
  await expect(savedItems(page)).toHaveCount(1);
  expect(await readSavedItem(savedItems(page).first())).toEqual(card);
});

test('importing a result that is already saved asks whether to keep or replace it', async ({ page, checkA11y }) => {
  const card = await withOneSavedResult(page);
  const changedAnswers = { ...FIRST_ANSWERS, q1: 5, q5: 5, q6: NOT_APPLICABLE, q12: 4 };
  const changed = assessmentFile({ id: SAVED.assessment.id, answers: changedAnswers, updated: '2026-11-21T14:30:00Z' });
  expect(expectedResult(changedAnswers).overall).not.toBe(card['Overall score']);
  const question = main(page).getByRole('group', { name: 'This result is already saved on this device' });

  // Keep the saved result: nothing changes.
  await upload(page, jsonUpload('changed.json', changed));
  await expect(question).toBeVisible();
  await expect(question).toContainText(`${SAVED_NAME} is already here. Replace the saved copy with the one from the file?`);
  await checkA11y(page, 'import conflict');
  await question.getByRole('button', { name: 'Keep the saved result' }).click();
  await expect(question).toBeHidden();
  await expect(main(page).getByRole('status')).toHaveCount(0);
  await expect(savedItems(page)).toHaveCount(1);
  expect(await readSavedItem(savedItems(page).first())).toEqual(card);

  // Replace the saved result: the file's answers win.
  await upload(page, jsonUpload('changed.json', changed));
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Replace the saved result' }).click();
  await expect(question).toBeHidden();
  await expect(main(page).getByRole('status')).toHaveText(`Imported: ${SAVED_NAME}`);
  await expect(savedItems(page)).toHaveCount(1);
  expect(await readSavedItem(savedItems(page).first())).toEqual({
    ...card,
    'Overall score': expectedResult(changedAnswers).overall,
    'Last changed': '21 November 2026 at 2:30pm',
  });

  // It is the replacement that is stored.
  await page.reload();
  await savedItems(page).first().getByRole('link', { name: 'View result' }).click();
  await expectResult(page, changedAnswers);
});
