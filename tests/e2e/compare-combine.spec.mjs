// Journey: a coordinator combines colleagues' files into a group, and a head of digital compares
// two of their own assessments and sees the trend (issue 8).
import { deflateRawSync } from 'node:zlib';
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, NOT_APPLICABLE, FRAMEWORK, afterPendingWrites, assessmentFile, h1, jsonUpload, main, openApp, readTable, seedSavedResults, downloadFrom, parseCsv } from './helpers.mjs';
import { OUTCOMES, fullAssessmentFile, statementsOf } from './full-helpers.mjs';

const STATEMENTS = statementsOf(OUTCOMES);
const RESPONDENTS = 20;
// Planted patterns: everyone agrees on the first statement, people are split from 1 to 5 on
// the second, and from 2 to 4 on the third. The rest follow a seeded pseudo-random pattern
// that stays within one level, with some "Don't know" and "Not applicable".
const AGREED = STATEMENTS[0];
const SPLIT = STATEMENTS[1];
const NARROWER = STATEMENTS[2];

function ratingFor(person, index) {
  if (index === 0) return 3;
  if (index === 1) return person % 2 === 0 ? 1 : 5;
  if (index === 2) return 2 + (person % 3);
  const roll = (person * 7 + index * 13) % 23;
  if (roll === 0) return DONT_KNOW;
  if (roll === 1) return NOT_APPLICABLE;
  return 2 + ((person + index) % 2);
}

function respondentFile(person) {
  const answers = Object.fromEntries(STATEMENTS.map((statement, index) => [statement.id, ratingFor(person, index)]));
  return fullAssessmentFile({
    framework: OUTCOMES,
    id: `respondent-${String(person).padStart(2, '0')}`,
    answers,
    details: { organisation: 'Anytown District Council' },
    created: '2026-10-01T09:00:00Z',
    updated: `2026-10-${String(2 + (person % 20)).padStart(2, '0')}T16:30:00Z`,
    completed: '2026-10-25T12:00:00Z',
  });
}

const FILES = Array.from({ length: RESPONDENTS }, (_, person) =>
  jsonUpload(`respondent-${String(person + 1).padStart(2, '0')}.json`, respondentFile(person)),
);

/** The median of the levels given to a statement, worked out here: a tie between the middle two is averaged. */
function expectedMedian(index) {
  const levels = Array.from({ length: RESPONDENTS }, (_, person) => ratingFor(person, index))
    .filter((rating) => typeof rating === 'number')
    .sort((a, b) => a - b);
  const middle = levels.length >> 1;
  const median = levels.length % 2 ? levels[middle] : (levels[middle - 1] + levels[middle]) / 2;
  return Number.isInteger(median) ? String(median) : median.toFixed(1);
}

async function createGroup(page, name) {
  await openApp(page, '#/compare');
  await expect(h1(page)).toHaveText('Compare and combine');
  await main(page).getByLabel('Name of a new group').fill(name);
  await main(page).getByRole('button', { name: 'Create group' }).click();
  await expect(h1(page)).toHaveText(name);
}

test('twenty files go into a group only once confirmed, with each bad file named, and the combined view puts disagreements first', async ({ page, checkA11y }, testInfo) => {
  // Four accessibility scans of long pages, two downloads and a reload: longer than the default.
  test.setTimeout(90_000);
  await createGroup(page, 'Digital leads workshop');
  await checkA11y(page, 'empty group');

  const broken = jsonUpload('broken.json', '{"format": "almanac.assessment", "schema_version": 1, "assess');
  const framework = jsonUpload('framework.json', OUTCOMES);
  await main(page).getByLabel('Upload assessment files').setInputFiles([...FILES, broken, framework]);

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('2 files cannot be added');
  await expect(summary.getByRole('listitem')).toHaveText([/^broken\.json: the file ends too early/, 'framework.json: this is a framework file, not an assessment']);
  const question = main(page).getByRole('group', { name: 'Add these assessments to the group?' });
  await expect(question).toContainText('20 new assessments will be added.');
  await expect(question).toContainText('The 2 files listed above will be left out.');
  await afterPendingWrites(page);
  expect(await page.evaluate(() => JSON.parse(Object.entries(localStorage).find(([k]) => k.startsWith('almanac.group.'))[1]).members.length)).toBe(0);
  await checkA11y(page, 'import checked');
  await question.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(page).getByRole('status')).toHaveText('20 assessments were added to the group.');

  await expect(main(page).getByText('20 respondents', { exact: true })).toBeVisible();
  const disagreements = main(page).locator('#disagreements');
  // Each statement heads a row group: its words on one row, its figures on the next.
  const rows = await readTable(disagreements);
  expect(rows[0]).toEqual(['Lowest', 'Highest', 'Range', 'Median', 'Answers']);
  expect(rows.slice(1)).toEqual([
    [`${SPLIT.text} (${SPLIT.area.title})`],
    ['1', '5', '4', expectedMedian(1), '20'],
    [`${NARROWER.text} (${NARROWER.area.title})`],
    ['2', '4', '2', expectedMedian(2), '20'],
  ]);

  // Every statement's table: the agreed statement has one level only; "Don't know" and
  // "Not applicable" are counted apart and left out of the respondents who gave a level.
  const firstArea = main(page).getByRole('table', { name: AGREED.area.title, exact: true });
  // Statements are numbered within their area, as the heat map's rows are labelled.
  const heading = (statement) => `${statement.number}. ${statement.text}`;
  const figuresOf = (tableRows, statement) => tableRows[tableRows.findIndex((row) => row.length === 1 && row[0].startsWith(heading(statement))) + 1];
  // Long tables off screen are not laid out (content-visibility: auto), and text that is not laid
  // out has no innerText: these are read from the DOM's text instead.
  const readInView = (table) =>
    table.getByRole('row').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())),
    );
  const areaRows = await readInView(firstArea);
  expect(areaRows[0].slice(0, 5)).toEqual(['Respondents', 'Median', 'Lowest', 'Highest', 'Range']);
  expect(figuresOf(areaRows, AGREED).slice(0, 5)).toEqual(['20', '3', '3', '3', '0']);
  const splitRows = await readInView(main(page).getByRole('table', { name: SPLIT.area.title, exact: true }));
  expect(splitRows.find((row) => row[0].startsWith(heading(SPLIT)))).toEqual([`${heading(SPLIT)} Disagreement`]);
  expect(areaRows.find((row) => row[0].startsWith(heading(AGREED)))).toEqual([heading(AGREED)]);
  const ratingsOf = (index) => Array.from({ length: RESPONDENTS }, (_, person) => ratingFor(person, index));
  const excluded = STATEMENTS.findIndex((_, index) => ratingsOf(index).includes(DONT_KNOW) && ratingsOf(index).includes(NOT_APPLICABLE));
  expect(excluded, 'the generated answers include both kinds of unscored answer').toBeGreaterThan(2);
  const ratings = ratingsOf(excluded);
  const excludedRows = await readInView(main(page).getByRole('table', { name: STATEMENTS[excluded].area.title, exact: true }));
  const excludedRow = figuresOf(excludedRows, STATEMENTS[excluded]);
  expect(excludedRow[0]).toBe(String(ratings.filter((r) => typeof r === 'number').length));
  expect(excludedRow[1]).toBe(expectedMedian(excluded));
  expect(excludedRow.slice(-2)).toEqual([String(ratings.filter((r) => r === DONT_KNOW).length), String(ratings.filter((r) => r === NOT_APPLICABLE).length)]);

  await expect(main(page).getByRole('img', { name: /^Chart of the median score for each of the 12 outcomes/ })).toBeVisible();
  await expect(main(page).getByRole('img', { name: /^Heat map of how many respondents chose each level/ })).toBeVisible();
  await checkA11y(page, 'combined view');

  // The CSV has a row per area and per statement, with the same figures as the page.
  const csv = await downloadFrom(page, main(page).getByRole('button', { name: 'Download the combined view (CSV)' }), testInfo);
  const records = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const split = records.find((record) => record[2] === SPLIT.id);
  expect(split.slice(0, 9)).toEqual(['Statement', SPLIT.area.title, SPLIT.id, SPLIT.text, '20', expectedMedian(1), '1', '5', '4']);
  expect(records.filter((record) => record[0] === 'Area score')).toHaveLength(OUTCOMES.areas.length);
  const json = await downloadFrom(page, main(page).getByRole('button', { name: 'Download the combined view (JSON)' }), testInfo);
  const combined = JSON.parse(json.bytes.toString('utf8'));
  expect(combined.respondents).toBe(20);
  expect(combined.disagreements[0]).toBe(SPLIT.id);

  // Labels are optional; once given, one label's answers can be shown on their own. They, and
  // the group, survive a reload.
  await main(page).getByRole('textbox', { name: 'Role or team for respondent-01.json' }).fill('ICT');
  await main(page).getByRole('textbox', { name: 'Role or team for respondent-07.json' }).fill('ICT');
  await main(page).getByRole('textbox', { name: 'Role or team for respondent-07.json' }).press('Tab');
  await expect(main(page).getByRole('textbox', { name: 'Role or team for respondent-07.json' })).not.toBeFocused();
  await page.reload();
  await expect(h1(page)).toHaveText('Digital leads workshop');
  await expect(main(page).getByText('20 respondents', { exact: true })).toBeVisible();
  await main(page).getByLabel('Show the answers of').selectOption('ICT');
  await expect(main(page).getByText('2 respondents labelled “ICT”', { exact: true })).toBeVisible();
  // Respondents 1 and 7 (people 0 and 6) gave the same answers to the split statements.
  await expect(main(page).getByText('No statement has answers two or more levels apart: people broadly agree.')).toBeVisible();
  await checkA11y(page, 'combined view for one label');

  // The same files again: each would replace its copy, and the person is asked first.
  await main(page).getByLabel('Upload assessment files').setInputFiles(FILES.slice(0, 2));
  const again = main(page).getByRole('group', { name: 'Add these assessments to the group?' });
  await expect(again).toContainText('2 are already in this group and will replace the copy there: respondent-01.json, respondent-02.json.');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toHaveCount(0);
});

test('files can be dropped on the page and share links pasted, and a group is kept apart from saved results', async ({ page }) => {
  await createGroup(page, 'Districts 2026');
  // A drop carries files like the picker does.
  const dropped = [0, 1, 2].map((person) => ({ name: `district-${person}.json`, text: JSON.stringify(respondentFile(person)) }));
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    const zone = document.querySelector('.drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
  const question = main(page).getByRole('group', { name: 'Add these assessments to the group?' });
  await expect(question).toContainText('3 new assessments will be added.');
  await question.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(page).getByText('3 respondents', { exact: true })).toBeVisible();

  // Share links: a good one goes in like a file; bad ones are each named.
  const payload = {
    v: 1,
    f: [OUTCOMES.id, OUTCOMES.version],
    d: '2026-10-20T10:00:00Z',
    a: Object.fromEntries(STATEMENTS.map((statement) => [statement.id, { r: 4 }])),
  };
  const data = deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');
  await main(page).getByLabel('Or paste share links').fill(`https://example.org/almanac/#/shared/${data}\nhttps://example.org/almanac/#/shared/not-a-real-result\nhttps://example.org/almanac/#/saved`);
  await main(page).getByRole('button', { name: 'Add share links' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('listitem')).toHaveText([
    /^Share link 2: this link has been changed or cut short/,
    /^Share link 3: this is not an Almanac share link/,
  ]);
  const fromLinks = main(page).getByRole('group', { name: 'Add these assessments to the group?' });
  await expect(fromLinks).toContainText('1 new assessment will be added.');
  await fromLinks.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(page).getByText('4 respondents', { exact: true })).toBeVisible();
  await expect(main(page).getByRole('table', { name: 'The 4 respondents in this group' })).toContainText('Share link 1');

  // The respondents are not among the person's own saved results.
  await openApp(page, '#/saved');
  await expect(main(page).getByText('There are no results saved on this device.')).toBeVisible();
});

test('two of your own assessments side by side, and the trend over time', async ({ page, checkA11y }) => {
  const earlier = assessmentFile({
    id: 'last-year',
    answers: { q1: 2, q2: 3, q3: 1, q4: 4, q5: DONT_KNOW, q6: 5, q7: 3, q8: NOT_APPLICABLE, q9: 2, q10: 4, q11: 3, q12: 1 },
    created: '2025-11-10T10:00:00Z',
    updated: '2025-11-10T10:05:00Z',
  });
  const later = assessmentFile({
    id: 'this-year',
    answers: { q1: 3, q2: 3, q3: 2, q4: 2, q5: 2, q6: 5, q7: 4, q8: NOT_APPLICABLE, q9: 2, q10: 4, q11: 3, q12: 2 },
    created: '2026-11-10T10:00:00Z',
    updated: '2026-11-10T10:05:00Z',
  });
  await seedSavedResults(page, [later, earlier], '#/compare');
  await expect(h1(page)).toHaveText('Compare and combine');

  // Asking without choosing gives a GOV.UK error summary.
  await main(page).getByRole('button', { name: 'Compare these two' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose the earlier assessment');
  await main(page).getByLabel('Earlier assessment').selectOption({ label: `${FRAMEWORK.title}, 10 November 2025` });
  await main(page).getByLabel('Later assessment').selectOption({ label: `${FRAMEWORK.title}, 10 November 2026` });
  await main(page).getByRole('button', { name: 'Compare these two' }).click();
  await expect(h1(page)).toHaveText('Two assessments side by side');
  // Up: q1, q3, q7, q12. Down: q4. Same: q2, q6, q9, q10, q11. Cannot compare: q5, q8.
  await expect(main(page).getByText('4 statements went up, 1 statement went down and 5 statements stayed the same.')).toBeVisible();
  await expect(main(page).getByText(/^2 statements cannot be compared/)).toBeVisible();
  const areas = await readTable(main(page).getByRole('table', { name: /^Score for each/ }));
  expect(areas[1]).toEqual([FRAMEWORK.areas[0].title, '2.0', '3.0', 'Up 1']);
  expect(areas[4]).toEqual([FRAMEWORK.areas[3].title, '4.0', '2.0', 'Down 2']);
  expect(areas[5]).toEqual([FRAMEWORK.areas[4].title, 'No score', '2.0', 'Cannot compare']);
  await checkA11y(page, 'side by side');

  await openApp(page, '#/compare');
  await main(page).getByRole('link', { name: `Trend for ${FRAMEWORK.title}` }).click();
  await expect(h1(page)).toHaveText(`Trend for ${FRAMEWORK.title}`);
  const trend = await readTable(main(page).getByRole('table'));
  expect(trend[0].slice(1)).toEqual(['10 Nov 2025', '10 Nov 2026']);
  expect(trend[2]).toEqual([FRAMEWORK.areas[0].title, '2.0', '3.0']);
  await main(page).getByLabel(/Also show one/).selectOption({ label: FRAMEWORK.areas[3].title });
  await expect(main(page).getByRole('img', { name: new RegExp(`and the score for ${FRAMEWORK.areas[3].title}`) })).toBeVisible();
  await checkA11y(page, 'trend');
});
