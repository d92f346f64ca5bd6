// Journey: a digital lead downloads an assessment's Excel workbook, LibreOffice opens it and it
// says what the pages say; owners fill in the plan sheet (cells written by a script, as Excel
// would save them); the lead brings their updates back after a preview, and after a reload the
// plan shows them while the answers are unchanged. Bad rows and a wrong file are named.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  QUESTIONS,
  afterPendingWrites,
  assessmentFile,
  downloadFrom,
  h1,
  main,
  readScoreTable,
  seedSavedResults,
} from './helpers.mjs';
import { sheetsOf, withCells, workbookUpload } from './office-files.mjs';

const ID = 'e2e-workbook';
const WORKBOOK_BUTTON = 'Download as an Excel workbook (.xlsx)';
const HOSTILE = '=HYPERLINK("http://example.invalid/","x") <b>bold</b>';

/** A quick check with every level, a "Don't know", hostile evidence and one owner already named. */
function seeded() {
  const levels = [1, 2, 3, DONT_KNOW, 2, 1, 4, 3, 2, 1, 5, 2];
  const file = assessmentFile({ id: ID, answers: Object.fromEntries(QUESTIONS.map((q, i) => [q.id, levels[i]])) });
  file.assessment.answers[QUESTIONS[0].id].evidence = HOSTILE;
  file.assessment.plan = { entries: { [QUESTIONS[1].id]: { status: 'in_progress', owner: 'Digital lead' } } };
  return file;
}

test('the result workbook says what the result page says, and hostile text stays text', async ({ page, checkA11y }, testInfo) => {
  await seedSavedResults(page, [seeded()], `#/result/${ID}`);
  await expect(h1(page)).toHaveText('Quick check result');
  const shown = await readScoreTable(page);
  const book = await downloadFrom(page, main(page).getByRole('button', { name: WORKBOOK_BUTTON }), testInfo);
  expect(book.name).toMatch(/^almanac-quick-check-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await checkA11y(page, 'result with the workbook button');
  const sheets = await sheetsOf(book.bytes);
  expect(Object.keys(sheets).sort()).toEqual(['About', 'Action plan', 'Answers', 'Summary']);

  const summary = sheets.Summary;
  expect(summary[0]).toEqual(['Area', 'Score', 'Target', 'Gap', 'Answered', 'Statements', 'Answered (%)']);
  // Every outcome the page scores has the same score, as shown, on the sheet; the one answered
  // "Don't know" has none.
  const onPage = Object.fromEntries(shown.map(([area, score]) => [area, score]));
  expect(summary.slice(2).map((row) => row[0])).toEqual(shown.map(([area]) => area));
  for (const [area, score] of summary.slice(2).map((row) => [row[0], row[1]])) {
    if (score) expect(onPage[area], area).toBe(score);
  }
  expect(summary.slice(2).filter((row) => row[1] === '')).toHaveLength(1);
  expect(summary[2][6]).toBe('100.0%');

  const answers = sheets.Answers;
  expect(answers).toHaveLength(1 + QUESTIONS.length);
  expect(answers[1][2]).toBe(QUESTIONS[0].text);
  expect(answers[1][5]).toBe(QUESTIONS[0].levels[0].descriptor);
  expect(answers[1][8]).toBe(HOSTILE);
});

test('owners update the plan in the workbook and the lead brings the updates back', async ({ page, checkA11y }, testInfo) => {
  const file = seeded();
  await seedSavedResults(page, [file], `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  const items = main(page).locator('.plan__item h2');
  const shownItems = await items.allTextContents();
  const book = await downloadFrom(page, main(page).getByRole('button', { name: WORKBOOK_BUTTON }), testInfo);
  const plan = (await sheetsOf(book.bytes))['Action plan'];
  expect(plan[0]).toEqual([
    'Rank', 'ID', 'Area', 'Statement', 'Action', 'Current level', 'Level to reach', 'Target level', 'Guidance',
    'Phase', 'Effort', 'Status', 'Owner', 'Due', 'Note',
  ]);
  expect(plan.slice(1).map((row) => row[3])).toEqual(shownItems);
  const rowOf = (id) => plan.findIndex((row) => row[1] === id) + 1;
  const owned = rowOf(QUESTIONS[1].id);
  expect(plan[owned - 1].slice(11, 13)).toEqual(['In progress', 'Digital lead']);

  const [first, second, third] = [2, 3, 4];
  const firstId = plan[first - 1][1];
  const edited = await withCells(book.bytes, 'xl/worksheets/sheet3.xml', {
    [`L${first}`]: 'Done',
    [`M${first}`]: '=Head of Digital <b>',
    // 31 March 2027 as a spreadsheet counts days; the cell keeps its date format.
    [`N${first}`]: 46477,
    [`O${first}`]: 'Waiting on IT',
    [`L${second}`]: 'Finished',
    [`M${second}`]: 'Not read',
    [`B${third}`]: 'no-such-item',
  });
  const before = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).assessment.answers, `almanac.assessment.${ID}`);

  await main(page).getByLabel('Choose a filled-in workbook').setInputFiles(workbookUpload('plan.xlsx', edited));
  const preview = main(page).getByRole('heading', { name: 'Check the changes' });
  await expect(preview).toBeFocused();
  await expect(main(page).getByText('1 item would change.', { exact: false })).toBeVisible();
  const changes = main(page).getByRole('region', { name: 'Check the changes' }).getByRole('table');
  const rows = await changes.getByRole('row').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  const statement = shownItems[0];
  // The item's statement heads its group of rows once.
  expect(rows).toEqual([
    ['Item', 'What changes', 'Now', 'In the workbook'],
    [statement, 'Status', 'Not started', 'Done'],
    ['Owner', '(blank)', '=Head of Digital <b>'],
    ['Due', '(blank)', '31 March 2027'],
    ['Note', '(blank)', 'Waiting on IT'],
  ]);
  await expect(changes.getByRole('rowheader', { name: statement })).toHaveAttribute('rowspan', '4');
  const problems = main(page).getByRole('region', { name: '2 rows change nothing' });
  await expect(problems.getByRole('listitem')).toHaveText([
    `Sheet “Action plan”, row ${second}, column L (Status): “Finished” is not a status Almanac knows. Use one of: Not started, In progress, Done. This row changes nothing.`,
    `Sheet “Action plan”, row ${third}, column B (ID): No item in this plan has the ID “no-such-item”. It may have left the plan since the workbook was made (answered at its target, or not applicable). This row changes nothing.`,
  ]);
  await checkA11y(page, 'plan update preview');

  await main(page).getByRole('button', { name: 'Update 1 item' }).click();
  await expect(main(page).getByText('The plan was updated: 1 item changed.')).toBeFocused();
  await afterPendingWrites(page);
  await page.reload();
  await expect(h1(page)).toHaveText('Action plan');
  const item = main(page).locator('.plan__item').filter({ has: page.getByRole('heading', { name: statement, exact: true }) });
  await expect(item.getByLabel('Status')).toHaveValue('Done');
  await expect(item.getByLabel('Owner')).toHaveValue('=Head of Digital <b>');
  await expect(item.getByLabel('Due date')).toHaveValue('2027-03-31');
  await expect(item.getByLabel('Note')).toHaveValue('Waiting on IT');
  const after = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).assessment, `almanac.assessment.${ID}`);
  expect(after.answers).toEqual(before);
  // The row with a bad status changed nothing, not even its owner.
  expect(after.plan.entries[plan[second - 1][1]]?.owner).toBeUndefined();
  expect(after.plan.entries[firstId]).toMatchObject({ status: 'done', owner: '=Head of Digital <b>', due: '2027-03-31', note: 'Waiting on IT' });
});

test('a file that is not this plan’s workbook is refused in the person’s terms', async ({ page }) => {
  await seedSavedResults(page, [seeded()], `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  const field = main(page).getByLabel('Choose a filled-in workbook');
  await field.setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from('Rank,ID,Status\r\n1,q1,Done\r\n') });
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('This workbook cannot be used');
  await expect(summary).toContainText('This file is not an Excel workbook (.xlsx).');
  await expect(summary).toBeFocused();
});

test('keyboard only: download the workbook, check the changes and update the plan', async ({ page }, testInfo) => {
  await seedSavedResults(page, [seeded()], `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  const button = main(page).getByRole('button', { name: WORKBOOK_BUTTON });
  await button.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const bytes = readFileSync(await (await downloading).path());
  const edited = await withCells(bytes, 'xl/worksheets/sheet3.xml', { L2: 'Done' });
  // A file can only be chosen through the browser's own dialog; everything after it is keys.
  await main(page).getByLabel('Choose a filled-in workbook').setInputFiles(workbookUpload('plan.xlsx', edited));
  await expect(main(page).getByRole('heading', { name: 'Check the changes' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(main(page).getByRole('region', { name: 'Check the changes' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(main(page).getByRole('button', { name: 'Update 1 item' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(main(page).getByText('The plan was updated: 1 item changed.')).toBeFocused();
});

test.describe('the workbook’s code', () => {
  // Chromium logs the blocked request as a console error; nothing else may be.
  test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

  test('is fetched only when asked for, and a failed fetch says so and can be tried again', async ({ page }, testInfo) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await seedSavedResults(page, [seeded()], `#/result/${ID}`);
    await expect(h1(page)).toHaveText('Quick check result');
    const workbookCode = (paths) => paths.filter((p) => /\/pkg\/split_office_assessment_workbook-[0-9a-f]{16}\.wasm$/.test(p));
    expect(workbookCode(requested), 'the workbook’s code before the button is pressed').toEqual([]);

    await page.route('**/pkg/split_office_assessment_workbook-*.wasm', (route) => route.abort('failed'));
    const button = main(page).getByRole('button', { name: WORKBOOK_BUTTON });
    await button.click();
    await expect(main(page).getByText(
      'Error: The file could not be made: this device could not fetch the part of Almanac that makes it. Check your connection, then try again.',
    )).toBeVisible();
    await expect(button).toHaveAccessibleDescription(/could not fetch the part of Almanac/);

    await page.unroute('**/pkg/split_office_assessment_workbook-*.wasm');
    const book = await downloadFrom(page, button, testInfo);
    expect(book.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(workbookCode(requested).length).toBeGreaterThanOrEqual(1);
    await expect(main(page).getByText(/could not fetch the part of Almanac/)).toHaveCount(0);
  });
});
