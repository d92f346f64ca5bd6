// Journey (issue 19): each Office file Almanac makes is downloaded, opened with LibreOffice
// headless (a workbook converted to CSV sheet by sheet, the Word report to text and to PDF) and
// compared with what the page shows, or with figures worked out here from the data seeded:
//   1. a group's combined view as a workbook;
//   2. the service performance data as a workbook, from the board report;
//   3. service figures brought back from that workbook (a changed figure, a bad cell named as
//      the CSV import names it, a file that is not a workbook);
//   4. the printed report as a Word document.
// Hostile text (a formula, markup) goes into every file and must come out as the text typed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  afterPendingWrites,
  downloadFrom,
  h1,
  jsonUpload,
  main,
  openApp,
  parseCsv,
  readTable,
  seedSavedResults,
} from './helpers.mjs';
import { OUTCOMES, fullAssessmentFile, statementsOf } from './full-helpers.mjs';
import { convert, expectNoFormulas, sheetPart, sheetsOf, unescapeXml, withCells, workbookUpload, zipNames, zipPart } from './office-files.mjs';

const run = promisify(execFile);
const WORKBOOK_BUTTON = 'Download as an Excel workbook (.xlsx)';
const WORD_BUTTON = 'Download as a Word document (.docx)';
const STATEMENTS = statementsOf(OUTCOMES);
const LEVEL_NAME = Object.fromEntries(OUTCOMES.scale.levels.map((level) => [level.value, level.name]));

/** Rows as RFC 4180 CSV with a byte order mark, as a spreadsheet program saves them. */
function toCsv(rows) {
  const field = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `\ufeff${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// 1. A group's combined view.

const PEOPLE = 7;
const GROUP_NAME = 'Digital leads 2026';
const HOSTILE_SOURCE = '=1+1 <b>x</b>.json';
const HOSTILE_LABEL = '=HYPERLINK("http://example.invalid/","y") <i>ICT</i>';
const sourceOf = (person) => (person === 2 ? HOSTILE_SOURCE : `respondent-${String(person + 1).padStart(2, '0')}.json`);
const organisationOf = (person) => (person % 3 === 0 ? 'Anytown District Council' : null);
const dayOf = (person) => 3 + person; // the day of October 2026 the answers last changed

/** A respondent's rating for the statement at `index`: a level, "Don't know", "Not applicable" or none. */
function groupRating(person, index) {
  if (index === 0) return 3; // everyone agrees
  if (index === 1) return person % 2 === 0 ? 1 : 5; // a split
  const roll = (person * 5 + index * 11) % 17;
  if (roll === 0) return DONT_KNOW;
  if (roll === 1) return NOT_APPLICABLE;
  if (roll === 2) return undefined;
  return 1 + ((person * 3 + index * 2) % 5);
}

function respondentFile(person) {
  const answers = {};
  STATEMENTS.forEach((statement, index) => {
    const rating = groupRating(person, index);
    if (rating !== undefined) answers[statement.id] = rating;
  });
  const day = `2026-10-${String(dayOf(person)).padStart(2, '0')}`;
  return fullAssessmentFile({
    framework: OUTCOMES,
    id: `group-respondent-${person + 1}`,
    answers,
    ...(organisationOf(person) ? { details: { organisation: organisationOf(person) } } : {}),
    created: '2026-10-01T09:00:00Z',
    updated: `${day}T12:00:00Z`,
    completed: `${day}T12:00:00Z`,
  });
}

/** A median of levels as the page and sheet write it: "3", "2.5"; null when there is none. */
const numberText = (value) => (value === null ? null : Number.isInteger(value) ? String(value) : value.toFixed(1));

/** A statement's figures over the group, worked out here. */
function statementFigures(index) {
  const ratings = Array.from({ length: PEOPLE }, (_, person) => groupRating(person, index));
  const levels = ratings.filter((r) => typeof r === 'number').sort((a, b) => a - b);
  const middle = levels.length >> 1;
  const median = levels.length === 0 ? null : levels.length % 2 ? levels[middle] : (levels[middle - 1] + levels[middle]) / 2;
  const min = levels.length ? levels[0] : null;
  const max = levels.length ? levels.at(-1) : null;
  return {
    count: levels.length,
    median: numberText(median),
    min: numberText(min),
    max: numberText(max),
    range: levels.length ? numberText(max - min) : null,
    levels: OUTCOMES.scale.levels.map((level) => levels.filter((l) => l === level.value).length),
    dontKnow: ratings.filter((r) => r === DONT_KNOW).length,
    notApplicable: ratings.filter((r) => r === NOT_APPLICABLE).length,
    notAnswered: ratings.filter((r) => r === undefined).length,
  };
}

function answerText(rating) {
  if (rating === undefined) return 'Not answered';
  if (rating === DONT_KNOW) return OUTCOMES.scale.dont_know;
  if (rating === NOT_APPLICABLE) return OUTCOMES.scale.not_applicable;
  return `${rating}: ${LEVEL_NAME[rating]}`;
}

test('the combined view’s workbook has the figures the page shows, a row per respondent and statement, and hostile text as text', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page, '#/compare');
  await main(page).getByLabel('Name of a new group').fill(GROUP_NAME);
  await main(page).getByRole('button', { name: 'Create group' }).click();
  await expect(h1(page)).toHaveText(GROUP_NAME);
  await main(page)
    .getByLabel('Upload assessment files')
    .setInputFiles(Array.from({ length: PEOPLE }, (_, person) => jsonUpload(sourceOf(person), respondentFile(person))));
  const question = main(page).getByRole('group', { name: 'Add these assessments to the group?' });
  await expect(question).toContainText(`${PEOPLE} new assessments will be added.`);
  await question.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'added to the group' })).toHaveText(`${PEOPLE} assessments were added to the group.`);
  await expect(main(page).getByText(`${PEOPLE} respondents`, { exact: true })).toBeVisible();

  // Roles or teams: a hostile one, and one for the respondent whose file name is hostile.
  const labels = { 0: HOSTILE_LABEL, 2: 'Finance' };
  for (const [person, label] of Object.entries(labels)) {
    const box = main(page).getByRole('textbox', { name: `Role or team for ${sourceOf(Number(person))}`, exact: true });
    await box.fill(label);
    await box.press('Tab');
  }
  await afterPendingWrites(page);
  const storedGroup = await page.evaluate(() => JSON.parse(Object.entries(localStorage).find(([key]) => key.startsWith('almanac.group.'))[1]));
  expect(storedGroup.members.find((m) => m.source === sourceOf(0)).label).toBe(HOSTILE_LABEL);
  expect(storedGroup.members.find((m) => m.source === HOSTILE_SOURCE).label).toBe('Finance');

  // What the page shows: each statement's figures (read from the DOM's text, as long tables off
  // screen are not laid out), and each outcome's.
  const readRows = (table) =>
    table.getByRole('row').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));
  const shownStatements = {};
  for (const area of OUTCOMES.areas) {
    const rows = await readRows(main(page).getByRole('table', { name: area.title, exact: true }));
    expect(rows[0], `${area.title}: headings`).toEqual(['Respondents', 'Median', 'Lowest', 'Highest', 'Range', '1', '2', '3', '4', '5', 'DK', 'N/A']);
    area.statements.forEach((statement, index) => {
      const at = rows.findIndex((row) => row.length === 1 && (row[0] === `${index + 1}. ${statement.text}` || row[0] === `${index + 1}. ${statement.text} Disagreement`));
      expect(at, `${statement.id} heads a row group on the page`).toBeGreaterThan(0);
      shownStatements[statement.id] = rows[at + 1];
    });
  }
  const areaTable = main(page).getByRole('table', { name: 'Respondents’ scores for each outcome, out of 5', exact: true });
  const shownAreas = (await readRows(areaTable)).slice(1);
  expect(shownAreas.map((row) => row[0])).toEqual(OUTCOMES.areas.map((area) => area.title));

  const book = await downloadFrom(page, main(page).getByRole('button', { name: WORKBOOK_BUTTON }), testInfo);
  expect(book.name).toBe(`almanac-${OUTCOMES.id}-combined.xlsx`);
  await checkA11y(page, 'combined view after the workbook download');
  await expectNoFormulas(book.bytes);
  const sheets = await sheetsOf(book.bytes);
  const LEVELS_SHEET = 'Each respondent’s levels';
  expect(Object.keys(sheets).sort()).toEqual(['About', 'Areas', LEVELS_SHEET, 'Statements'].sort());

  // Statements: the page's figures for every statement, and the figures worked out here.
  const statementSheet = sheets.Statements;
  expect(statementSheet[0]).toEqual([
    'Area', 'Statement ID', 'Statement', 'Respondents', 'Median', 'Lowest', 'Highest', 'Range',
    ...OUTCOMES.scale.levels.map((level) => `Level ${level.value} (${level.name})`),
    OUTCOMES.scale.dont_know, OUTCOMES.scale.not_applicable, 'Not answered',
  ]);
  expect(statementSheet.slice(1).map((row) => row[1])).toEqual(STATEMENTS.map((s) => s.id));
  STATEMENTS.forEach((statement, index) => {
    const figures = statementFigures(index);
    const sheetRow = statementSheet[index + 1];
    const stats = [String(figures.count), figures.median, figures.min, figures.max, figures.range];
    const counts = [...figures.levels, figures.dontKnow, figures.notApplicable].map(String);
    expect(sheetRow, `${statement.id} in the sheet`).toEqual([
      statement.area.title, statement.id, statement.text, ...stats.map((v) => v ?? ''), ...counts, String(figures.notAnswered),
    ]);
    expect(shownStatements[statement.id], `${statement.id} on the page`).toEqual([...stats.map((v) => v ?? '–'), ...counts]);
  });
  expect(statementFigures(1).range, 'the split statement has a range of 4').toBe('4');

  // Areas: as the page shows them (the figures are averages, to one decimal place).
  const areaSheet = sheets.Areas;
  expect(areaSheet[0]).toEqual(['Area', 'Respondents', 'Median', 'Lowest', 'Highest', 'Range', 'Not answered']);
  // Soft, so that the other sheets are still checked when this differs: an exact tie such as a
  // median of 3.25 must read the same on the page and in the workbook.
  expect
    .soft(areaSheet.slice(1).map((row) => row.slice(0, 6).map((cell) => cell || '–')), 'the Areas sheet as shown = the page’s table of outcome scores')
    .toEqual(shownAreas);

  // Each respondent's levels: one row per respondent and statement, in the framework's order.
  const levelSheet = sheets[LEVELS_SHEET];
  expect(levelSheet[0]).toEqual(['Respondent', 'Role or team', 'Organisation', 'Answers last changed', 'Area', 'Statement ID', 'Statement', 'Level', 'Answer']);
  expect(levelSheet).toHaveLength(1 + PEOPLE * STATEMENTS.length);
  for (let person = 0; person < PEOPLE; person += 1) {
    const rows = levelSheet.slice(1).filter((row) => row[0] === sourceOf(person));
    expect(rows, `${sourceOf(person)}'s rows`).toEqual(
      STATEMENTS.map((statement, index) => {
        const rating = groupRating(person, index);
        return [
          sourceOf(person),
          labels[person] ?? '',
          organisationOf(person) ?? '',
          `${String(dayOf(person)).padStart(2, '0')}/10/2026`,
          statement.area.title,
          statement.id,
          statement.text,
          typeof rating === 'number' ? String(rating) : '',
          answerText(rating),
        ];
      }),
    );
  }

  const about = Object.fromEntries(sheets.About.filter((row) => row[0]).map((row) => [row[0], row[1]]));
  expect(about.Group).toBe(GROUP_NAME);
  expect(about.Respondents).toBe(String(PEOPLE));
  expect(about.Framework).toBe(`${OUTCOMES.title}, version ${OUTCOMES.version}`);
});

// ---------------------------------------------------------------------------------------------
// 2 and 3. Service performance.

const COUNCIL = 'Borsetshire County Council';
const HOSTILE_SERVICE = '=HYPERLINK("http://example.invalid/","Pay") <b>council tax</b>';
const SERVICES = [
  { id: 'bins', name: 'Report a missed bin' },
  { id: 'tax', name: HOSTILE_SERVICE },
  { id: 'permits', name: 'Apply for a parking permit' },
];
const CHANNELS = [
  ['online', 'Online'],
  ['phone', 'Phone'],
  ['face-to-face', 'Face to face'],
  ['post-email', 'Post or email'],
  ['other', 'Other'],
];
const BEFORE = { code: '2026-01+3', cell: 'Q4 2025/26' };
const NOW = { code: '2026-04+3', cell: 'Q1 2026/27', label: 'April to June 2026 (Q1 2026/27)' };

/** One figures row as stored: counts, a cost (`{ total }` or `{ per_transaction }`), survey counts. */
const figure = (service, period, channel, completed, cost, extra = {}) => ({
  service, period: period.code, channel, completed, ...(cost ? { cost } : {}), ...extra,
});
const FIGURES = [
  figure('bins', BEFORE, 'online', 600, { total: 300 }, { started: 800 }),
  figure('bins', BEFORE, 'phone', 400, { total: 1200 }),
  figure('bins', NOW, 'online', 800, { total: 400 }, { started: 1000, satisfaction: [5, 5, 10, 40, 40] }),
  figure('bins', NOW, 'phone', 200, { total: 600 }),
  figure('tax', BEFORE, 'online', 1000, { total: 500 }, { started: 1250 }),
  figure('tax', BEFORE, 'phone', 1000, { total: 3000 }),
  figure('tax', NOW, 'online', 1500, { total: 700 }, { started: 1800 }),
  figure('tax', NOW, 'phone', 500, { per_transaction: 3.1 }, { satisfaction: [10, 20, 70] }),
  figure('permits', BEFORE, 'online', 300, null, { started: 400 }),
  figure('permits', BEFORE, 'face-to-face', 100, { total: 900 }),
  figure('permits', NOW, 'online', 360, null, { started: 400 }),
  figure('permits', NOW, 'face-to-face', 40, { total: 360 }),
];
const PERFORMANCE = { format: 'almanac.performance', schema_version: 2, organisation: COUNCIL, services: SERVICES, figures: FIGURES };

async function seedPerformance(page, fragment) {
  await openApp(page, '#/services');
  await page.evaluate((text) => localStorage.setItem('almanac.performance', text), JSON.stringify(PERFORMANCE));
  await page.goto(`./${fragment}`);
  await page.reload();
  await expect(h1(page)).toBeVisible();
}

/** "£1,200.00", as the money format £#,##0.00 shows an amount. */
const moneyShown = (pounds) => `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A figures row as the Figures sheet should show it, worked out from the stored figures. */
function expectedFigureRow(f) {
  const service = SERVICES.find((s) => s.id === f.service).name;
  const period = [BEFORE, NOW].find((p) => p.code === f.period).cell;
  const channel = CHANNELS.find(([id]) => id === f.channel)[1];
  const count = (n) => (n === undefined ? '' : String(n));
  const five = f.satisfaction?.length === 5 ? f.satisfaction.map(String) : ['', '', '', '', ''];
  const three = f.satisfaction?.length === 3 ? f.satisfaction.map(String) : ['', '', ''];
  return [
    service, period, channel, count(f.completed),
    f.cost?.total !== undefined ? moneyShown(f.cost.total) : '',
    f.cost?.per_transaction !== undefined ? moneyShown(f.cost.per_transaction) : '',
    count(f.started), ...five, ...three, '',
  ];
}

/** Every figure in the sheet's order: services in register order, then periods, then channels. */
const FIGURE_ROWS = SERVICES.flatMap((service) =>
  [BEFORE, NOW].flatMap((period) =>
    CHANNELS.map(([channel]) => FIGURES.find((f) => f.service === service.id && f.period === period.code && f.channel === channel)).filter(Boolean),
  ),
).map(expectedFigureRow);

const FIGURE_HEADINGS = [
  'Service', 'Period', 'Channel', 'Transactions completed', 'Total cost (£)', 'Cost per transaction (£)', 'Digital transactions started',
  'Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied',
  'Dissatisfied (three-point scale)', 'Neither (three-point scale)', 'Satisfied (three-point scale)', 'Not offered',
];

/** A number as LibreOffice writes a stored value: "0.75", or "75%" where the cell is a percentage. */
const stored = (text) => (text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));

/** The amount a page's "£1.17" or "£2,277" stands for, and how far it may be from the exact amount it was rounded from. */
function poundsOf(text) {
  return { pounds: Number(text.replace(/[£,]/g, '')), within: text.includes('.') ? 0.005 : 0.5 };
}

/**
 * Checks one Indicators row, as the sheet shows it and as it stores it, against what the page
 * shows for the same service and period: volume, cost per transaction, satisfaction, completion
 * rate and take-up ("No data" for none). Soft, so that every difference is listed.
 *  - Transactions: the same count.
 *  - Cost per transaction: the sheet shows pounds and pence, as the page does under £1,000, so
 *    the two must read the same; the stored amount rounds to the page's.
 *  - Shares: the sheet's 0.0% format shows one decimal place, as the page does ("62.5%"), so the
 *    two must read the same; the stored share rounds to the page's figure.
 */
function expectIndicators(label, shownRow, rawRow, onPage) {
  const [volume, cost, ...shares] = onPage;
  const blankIsNoData = (cell) => (cell === '' ? 'No data' : cell);
  expect.soft(blankIsNoData(shownRow[3] && Number(shownRow[3]).toLocaleString('en-GB')), `${label}: transactions (sheet shows "${shownRow[3]}")`).toBe(volume);
  if (cost === 'No data' || shownRow[4] === '') {
    expect.soft(blankIsNoData(shownRow[4]), `${label}: cost per transaction`).toBe(cost);
  } else {
    const { pounds, within } = poundsOf(cost);
    expect.soft(Math.abs(stored(rawRow[4]) - pounds), `${label}: the stored cost per transaction ${rawRow[4]} rounds to the page's ${cost}`).toBeLessThanOrEqual(within + 1e-9);
    if (pounds < 1000) expect.soft(shownRow[4], `${label}: cost per transaction as the sheet shows it (stored ${rawRow[4]}) and as the page shows it`).toBe(cost);
  }
  shares.forEach((onThePage, offset) => {
    const column = 5 + offset;
    const what = `${label}: ${['satisfaction', 'completion rate', 'take-up'][offset]}`;
    if (shownRow[column] === '' || onThePage === 'No data') {
      expect.soft(blankIsNoData(shownRow[column]), what).toBe(onThePage);
      return;
    }
    const percent = stored(rawRow[column]) * 100;
    expect.soft(Math.abs(percent - Number(onThePage.replace('%', ''))), `${what}: the stored share ${rawRow[column]} rounds to the page's ${onThePage}`).toBeLessThanOrEqual(0.05 + 1e-9);
    expect.soft(shownRow[column], `${what} as the sheet shows it (stored ${rawRow[column]}) and as the page shows it`).toBe(onThePage);
  });
}

test('the service performance workbook says what the board report shows, with the figures as entered', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(180_000);
  await seedPerformance(page, '#/performance/report');
  await expect(h1(page)).toHaveText(`${COUNCIL}: service performance`);

  // The headline figures for all services, and each service's, as the report shows them.
  const headline = await readTable(main(page).getByRole('table', { name: `The four indicators and volume for all services, ${NOW.label}` }));
  expect(headline.slice(1).map((row) => row[0])).toEqual(['Transactions completed', 'Cost per transaction', 'User satisfaction', 'Completion rate', 'Digital take-up']);
  const portfolio = headline.slice(1).map((row) => row[1]);
  const byService = await main(page)
    .getByRole('table', { name: /^Indicators for each service, / })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => (cell.firstChild?.nodeType === Node.TEXT_NODE ? cell.firstChild.textContent : cell.textContent).trim())),
    );
  expect(byService.map((row) => row[1]).sort()).toEqual(SERVICES.map((s) => s.name).sort());
  const shift = await main(page).locator('.shift-summary').first().innerText();
  const moved = shift.match(/Digital take-up went from [\d.]+% to [\d.]+% \(([+−][\d.]+) points\): about ([\d,]+) transactions moved/);
  expect(moved, `the report's channel shift: ${shift}`).toBeTruthy();
  const saving = shift.match(/Estimated saving in [^:]+: (£\d{1,3}(?:,\d{3})*(?:\.\d{2})?)/);
  expect(saving, `the report's saving: ${shift}`).toBeTruthy();

  const book = await downloadFrom(page, main(page).getByRole('button', { name: WORKBOOK_BUTTON }), testInfo);
  expect(book.name).toMatch(/^almanac-service-performance-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await checkA11y(page, 'board report');
  await expectNoFormulas(book.bytes);
  const [shown, raw] = [await sheetsOf(book.bytes), await sheetsOf(book.bytes, { shown: false })];
  expect(Object.keys(shown).sort()).toEqual(['About', 'Assumed unit costs', 'Figures', 'Indicators']);

  // The Figures sheet: every figure stored, laid out like the CSV template, the hostile name as typed.
  expect(shown.Figures[0]).toEqual(FIGURE_HEADINGS);
  expect(shown.Figures.slice(1)).toEqual(FIGURE_ROWS);

  // The Indicators sheet: the portfolio's row and each service's for the report's period.
  const indicators = shown.Indicators;
  expect(indicators[0]).toEqual([
    'Service', 'Period', 'Months', 'Transactions completed', 'Cost per transaction (£)', 'User satisfaction (%)', 'Completion rate (%)',
    'Digital take-up (%)', 'Change in take-up since the period before (points)', 'Transactions moved to digital', 'Saving (£)',
    'Saving valued on', 'Rests on',
  ]);
  const rowOf = (sheet, name) => sheet.find((row) => row[0] === name && row[1] === NOW.cell);
  const all = [rowOf(indicators, 'All services'), rowOf(raw.Indicators, 'All services')];
  expect(all[0], 'a row for all services in the report’s period').toBeTruthy();
  expect(all[0][2]).toBe('3');
  expectIndicators('All services', ...all, portfolio);
  // The channel shift the report states: points, transactions moved and the saving.
  expect(`${stored(all[1][8]) >= 0 ? '+' : '−'}${Math.abs(stored(all[1][8])).toFixed(1)}`).toBe(moved[1]);
  expect(all[0][8]).toBe(stored(all[1][8]).toFixed(1));
  expect(Number(all[0][9]).toLocaleString('en-GB')).toBe(moved[2]);
  expect(Math.abs(stored(all[1][10]) - poundsOf(saving[1]).pounds)).toBeLessThanOrEqual(poundsOf(saving[1]).within + 1e-9);
  expect(all[0][10]).toBe(moneyShown(stored(all[1][10])));
  for (const row of byService) {
    const name = row[1];
    const sheetRows = [rowOf(indicators, name), rowOf(raw.Indicators, name)];
    expect(sheetRows[0], `a row for ${name}`).toBeTruthy();
    expectIndicators(name, ...sheetRows, row.slice(2));
  }
  // Hostile text stays text in every sheet it reaches.
  expect(indicators.filter((row) => row[0] === HOSTILE_SERVICE).length).toBe(2);
  const about = Object.fromEntries(shown.About.filter((row) => row[0]).map((row) => [row[0], row[1]]));
  expect(about.Organisation).toBe(COUNCIL);
  expect(shown['Assumed unit costs'].slice(1).map((row) => row[0])).toEqual(CHANNELS.map(([, name]) => name));
});

test('figures come back from the workbook: a changed figure is kept, a bad cell is named as the CSV import names it, and a non-workbook is refused', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(180_000);
  await seedPerformance(page, '#/services');
  await expect(h1(page)).toHaveText('Services');
  const book = await downloadFrom(page, main(page).getByRole('button', { name: WORKBOOK_BUTTON }), testInfo);
  const part = await sheetPart(book.bytes, 'Figures');
  const figureSheet = (await sheetsOf(book.bytes)).Figures;
  expect(figureSheet.slice(1)).toEqual(FIGURE_ROWS);

  // Bins by phone this quarter: 200 becomes 450, as typed into the workbook.
  const target = { service: 'bins', name: 'Report a missed bin', period: NOW, channel: 'phone', channelName: 'Phone' };
  const sheetRow = figureSheet.findIndex((row) => row[0] === target.name && row[1] === NOW.cell && row[2] === target.channelName) + 1;
  expect(sheetRow, 'the figure is on the sheet').toBeGreaterThan(1);
  expect(figureSheet[sheetRow - 1][3]).toBe('200');
  const changed = await withCells(book.bytes, part, { [`D${sheetRow}`]: 450 });
  const binsNow = FIGURES.filter((f) => f.service === 'bins' && f.period === NOW.code).reduce((sum, f) => sum + (f.channel === 'phone' ? 450 : f.completed), 0);

  const field = main(page).getByLabel('Upload filled-in figures');
  await field.setInputFiles(workbookUpload('figures.xlsx', changed));
  const confirm = main(page).getByRole('group', { name: 'Some figures are already entered' });
  await expect(confirm).toContainText('1 row(s) of the file have different figures');
  await confirm.getByRole('button', { name: 'Replace them' }).click();
  const imported = main(page).getByRole('status').filter({ hasText: 'Imported' });
  await expect(imported).toHaveText(`Imported ${FIGURE_ROWS.length} rows of figures.`);

  const register = main(page).getByRole('table', { name: `Services ranked by transactions completed in ${NOW.label}` });
  const transactionsOf = async (name) => {
    const rows = await readTable(register);
    const column = rows[0].indexOf('Transactions');
    return rows.find((row) => row.includes(name))?.[column];
  };
  const storedPhone = () =>
    page.evaluate(({ service, period, channel }) => JSON.parse(localStorage.getItem('almanac.performance')).figures.find((f) => f.service === service && f.period === period && f.channel === channel)?.completed, { service: target.service, period: NOW.code, channel: target.channel });
  await expect.poll(() => transactionsOf(target.name)).toBe(binsNow.toLocaleString('en-GB'));
  await afterPendingWrites(page);
  expect(await storedPhone()).toBe(450);
  await page.reload();
  await expect(h1(page)).toHaveText('Services');
  await expect.poll(() => transactionsOf(target.name)).toBe(binsNow.toLocaleString('en-GB'));
  // The service named with a formula and markup matched its row by name, and nothing else changed.
  expect(await transactionsOf(HOSTILE_SERVICE)).toBe((1500 + 500).toLocaleString('en-GB'));

  // A count column holding text: named by row and column, in the CSV import's words.
  const broken = await withCells(book.bytes, part, { [`D${sheetRow}`]: 'lots' });
  await field.setInputFiles(workbookUpload('figures.xlsx', broken));
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('figures.xlsx could not be imported');
  const fromWorkbook = await summary.getByRole('listitem').allTextContents();
  await checkA11y(page, 'figures workbook with a bad cell');

  const csv = await downloadFrom(page, main(page).getByRole('button', { name: 'Download all figures (CSV)' }), testInfo);
  const records = parseCsv(csv.bytes.toString('utf8').replace(/^\ufeff/, ''));
  const csvRow = records.findIndex((r) => r[0] === target.name && r[1] === NOW.cell && r[2] === target.channelName) + 1;
  records[csvRow - 1][3] = 'lots';
  await field.setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(records), 'utf8') });
  await expect(summary).toContainText('figures.csv could not be imported');
  const fromCsv = await summary.getByRole('listitem').allTextContents();
  expect(fromCsv).toHaveLength(1);
  expect(fromCsv[0]).toMatch(new RegExp(`^row ${csvRow}, column D \\(Transactions completed\\): `));
  // Both files list the figures in the same order, so the same cell is at the same place.
  expect(csvRow).toBe(sheetRow);
  expect(fromWorkbook, 'the workbook’s problem in the CSV import’s words').toEqual(fromCsv);
  await afterPendingWrites(page);
  expect(await storedPhone(), 'a file with a bad cell changes nothing').toBe(450);

  // A file that is not a workbook, named as one; and an older Excel file.
  await field.setInputFiles({ name: 'figures.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('Service,Period\r\nBins,Q1 2026/27\r\n') });
  await expect(summary).toContainText('figures.xlsx could not be imported');
  await expect(summary.getByRole('listitem')).toHaveText([
    'this is not an Excel workbook (.xlsx) Almanac can read: save it as an Excel workbook or as CSV, then upload it again',
  ]);
  await expect(summary).toBeFocused();
  const oldExcel = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  await field.setInputFiles({ name: 'figures.xls', mimeType: 'application/vnd.ms-excel', buffer: oldExcel });
  await expect(summary).toContainText('figures.xls could not be imported');
  await expect(summary.getByRole('listitem')).toHaveText([/^this is an older Excel file \(\.xls\), or a workbook protected by a password/]);
  await afterPendingWrites(page);
  expect(await storedPhone()).toBe(450);
});

// ---------------------------------------------------------------------------------------------
// 4. The Word report.

const REPORT_ID = 'e2e-word-report';
const REPORT_TITLE = 'Anytown digital maturity 2026';
const HOSTILE_EVIDENCE = '=HYPERLINK("http://x","y") <script>alert(1)</script>';
const HOSTILE_OWNER = '=1+1 <b>Head of Digital</b>';
const REPORT_ANSWERS = {
  'connectivity-1': 2,
  'connectivity-2': { rating: 3, target: 4, evidence: HOSTILE_EVIDENCE, confidence: 'high' },
  'connectivity-3': 4,
  'connectivity-4': DONT_KNOW,
  'data-1': { rating: 1, target: 3, evidence: 'Asset register, "Data 2025" review' },
  'data-2': 2,
  'data-3': 5,
  'democracy-1': 5,
  'democracy-2': 4,
  'ethics-1': 3,
  'ethics-2': NOT_APPLICABLE,
  'ethics-3': { rating: 2, target: 4 },
  'inclusion-1': { rating: 1, target: 3 },
  'inclusion-4': { rating: 1, target: 2 },
  'leadership-1': 5,
  'leadership-2': { rating: 4, target: 5 },
  'local-productivity-1': 1,
  'local-productivity-2': { rating: 1, target: 3 },
  'organisational-capability-1': 3,
  'partnership-1': 5,
  'security-and-resilience-1': { rating: 3, target: 5 },
  'services-1': 5,
  'services-3': 2,
  'value-2': 3,
};

function reportFile() {
  const file = fullAssessmentFile({
    framework: OUTCOMES,
    id: REPORT_ID,
    answers: REPORT_ANSWERS,
    details: { title: REPORT_TITLE, organisation: 'Anytown Borough Council' },
    created: '2026-11-20T10:00:00Z',
    updated: '2026-11-20T10:05:00Z',
  });
  file.assessment.plan = {
    entries: {
      'data-1': { status: 'in_progress', owner: HOSTILE_OWNER, phase: 'now', effort: 'small' },
      'inclusion-1': { phase: 'next' },
    },
  };
  return file;
}

/** The paragraphs of word/document.xml in order, each with its style and text. */
function paragraphsOf(xml) {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
    style: inner.match(/<w:pStyle w:val="([^"]+)"/)?.[1] ?? null,
    text: unescapeXml([...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

test('the Word report has the printed report’s headings, tables, plan and charts, hostile text as text, on A4', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await seedSavedResults(page, [reportFile()], `#/report/${REPORT_ID}`);
  await expect(h1(page)).toHaveText(REPORT_TITLE);
  const report = main(page).locator('article.report');
  await expect(report.getByRole('heading', { level: 2, name: 'Roadmap', exact: true })).toBeVisible();

  // What the page shows.
  const h2s = (await report.locator('h2').allTextContents()).map((t) => t.trim());
  const h3s = (await report.locator('h3').allTextContents()).map((t) => t.trim());
  const scores = (await readTable(report.getByRole('table', { name: 'Score for each outcome, out of 5', exact: true }))).slice(1);
  expect(scores.map((row) => row[0])).toEqual(OUTCOMES.areas.map((a) => a.title));
  const planStatements = await report
    .getByRole('table', { name: /^Action plan, ranked by/ })
    .locator('tbody tr td:nth-child(2)')
    .evaluateAll((cells) => cells.map((cell) => cell.lastChild.textContent.trim()));
  expect(planStatements.length).toBeGreaterThan(3);
  const charts = await report.locator('canvas').evaluateAll((canvases) => canvases.map((c) => c.getAttribute('aria-label')));
  expect(charts.length, 'scores, gaps, levels and the roadmap').toBe(4);
  await expect(report.getByText(HOSTILE_EVIDENCE, { exact: true })).toHaveCount(1);

  const docx = await downloadFrom(page, main(page).getByRole('button', { name: WORD_BUTTON }), testInfo);
  expect(docx.name).toMatch(new RegExp(`^almanac-${OUTCOMES.id}-report-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // The document's own parts: headings styled as headings, tables as tables, a picture per chart.
  const xml = await zipPart(docx.bytes, 'word/document.xml');
  const paragraphs = paragraphsOf(xml);
  expect(paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([REPORT_TITLE]);
  expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text), 'Heading 1: the page’s h2s').toEqual(h2s);
  expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text), 'Heading 2: the page’s h3s, then each outcome’s answers').toEqual([
    ...h3s,
    ...OUTCOMES.areas.map((a) => a.title),
  ]);
  const pageTables = await report.locator('table').count();
  expect((xml.match(/<w:tbl>/g) ?? []).length, 'every table of the page, and the cover’s details').toBeGreaterThanOrEqual(pageTables + 1);
  expect((xml.match(/<pic:pic[\s>]/g) ?? []).length, 'a picture per chart on the page').toBe(charts.length);
  const descriptions = [...xml.matchAll(/<wp:docPr\b[^>]*\bdescr="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  expect(descriptions, 'each picture has its chart’s text alternative').toEqual(charts);
  expect(xml).not.toContain('<script>');
  expect(paragraphs.some((p) => p.text.includes(HOSTILE_EVIDENCE))).toBe(true);

  // LibreOffice's text of it.
  const txtFiles = await convert(docx.bytes, 'report.docx', 'txt:Text (encoded):UTF8');
  const text = txtFiles['report.txt'].toString('utf8').replace(/^\ufeff/, '');
  await testInfo.attach('report.txt', { body: text, contentType: 'text/plain' });
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  for (const heading of [REPORT_TITLE, ...h2s, ...h3s]) {
    expect(lines, `the text has the heading "${heading}" on a line of its own`).toContain(heading);
  }
  // The scores table: each outcome's row, with the score the page shows beside it.
  const scoresStart = lines.indexOf(h2s[1]);
  // A table comes out a cell a line: outcome, score, target, gap, what was answered.
  expect(scores[0], 'the page’s table has a target column').toHaveLength(4);
  for (const [area, score, target, answered] of scores) {
    const at = lines.indexOf(area, scoresStart);
    expect(at, `${area} in the scores table`).toBeGreaterThan(scoresStart);
    expect([lines[at + 1], lines[at + 2], lines[at + 4]], `${area}'s score, target and answers`).toEqual([score, target, answered]);
  }
  // The action plan's statements, in the page's order.
  let from = lines.indexOf('Action plan');
  expect(from).toBeGreaterThan(0);
  for (const statement of planStatements) {
    const at = lines.indexOf(statement, from + 1);
    expect(at, `"${statement}" follows in the plan`).toBeGreaterThan(from);
    from = at;
  }
  expect(text).toContain(HOSTILE_EVIDENCE);
  expect(text).toContain(HOSTILE_OWNER);

  // And as a PDF: A4 pages, with the same words.
  const pdfFiles = await convert(docx.bytes, 'report.docx', 'pdf');
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-pdf-'));
  try {
    const pdf = path.join(work, 'report.pdf');
    await writeFile(pdf, pdfFiles['report.pdf']);
    await testInfo.attach('report.pdf', { path: pdf, contentType: 'application/pdf' });
    const { stdout: info } = await run('pdfinfo', [pdf]);
    const size = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m);
    expect(size, info).toBeTruthy();
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))], 'A4 in points').toEqual([595, 842]);
    expect(Number(info.match(/^Pages:\s+(\d+)/m)[1])).toBeGreaterThan(2);
    const { stdout: pdfText } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const flat = pdfText.replace(/\s+/g, ' ');
    for (const expected of [REPORT_TITLE, ...h2s, HOSTILE_EVIDENCE]) expect(flat, `the PDF has "${expected}"`).toContain(expected);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
