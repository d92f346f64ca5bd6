// Journey: the results of a full "Digitalisation outcomes" assessment, its action plan, the CSV
// exports (and LibreOffice opening them), and the printed report. Every figure, sentence, rank and
// CSV row is worked out here from the seeded answers, independently of the app.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  afterPendingWrites,
  downloadFrom,
  formatMean,
  h1,
  inspectCanvas,
  main,
  parseCsv,
  pngSize,
  readTable,
  seedSavedResults,
  weightedMean,
} from './helpers.mjs';
import { areaHelp, areaHelpSummary, exampleText, scoreExplanation } from './full-helpers.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FW = JSON.parse(readFileSync(path.join(ROOT, 'frameworks', 'digitalisation-outcomes.json'), 'utf8'));
const TOP = Math.max(...FW.scale.levels.map((level) => level.value));
const DK_LABEL = FW.scale.dont_know;
const NA_LABEL = FW.scale.not_applicable;
const BOM = '\ufeff';
const isDesktop = (testInfo) => testInfo.project.name === 'desktop';

// ---------------------------------------------------------------------------------------------
// The seeded assessment.

const ID = 'e2e-outcomes-results';
const TITLE = 'Anytown digital maturity 2026';
const ORGANISATION = 'Anytown Borough Council';
const FORMULA_EVIDENCE = '=HYPERLINK("http://example.invalid/","Wi-Fi survey")';
const AWKWARD_EVIDENCE = 'Asset register, "Data 2025" review\nOwners named for 40 of 60 data sets';

// statement id -> level | DONT_KNOW | NOT_APPLICABLE, or { rating, target, evidence, confidence }.
// Value (4 statements) and services-4 are not answered. Chosen so that: the strongest (Democracy)
// and weakest (Local productivity) areas are unique; the three largest gaps are distinct; Data's
// target equals its score and Organisational capability's is below it (no gap); Inclusion and
// Services tie on gap (framework order); no score or gap is a rounding tie; the framework's weights
// show in the plan (data-2 and services-3, gap 3 x weight 1.5, rank above inclusion-1 and
// local-productivity-1, gap 4 x weight 1); and the plan has ties on gap x weight broken by the lower
// current level (local-productivity-2 before ethics-3 before ethics-1) and then by framework order.
const ANSWERS = {
  'connectivity-1': 2,
  'connectivity-2': { rating: 3, target: 4, evidence: FORMULA_EVIDENCE, confidence: 'high' },
  'connectivity-3': 4,
  'connectivity-4': DONT_KNOW,
  'data-1': { rating: 1, target: 3, evidence: AWKWARD_EVIDENCE, confidence: 'low' },
  'data-2': 2,
  'data-3': 5,
  'data-4': 4,
  'democracy-1': 5,
  'democracy-2': 5,
  'democracy-3': 5,
  'democracy-4': { rating: 5, evidence: 'Webcasts with captions since 2024.', confidence: 'medium' },
  'ethics-1': 3,
  'ethics-2': NOT_APPLICABLE,
  'ethics-3': { rating: 2, target: 4 },
  'ethics-4': 3,
  'inclusion-1': { rating: 1, evidence: 'Digital exclusion map (2025)' },
  'inclusion-2': 2,
  'inclusion-3': 2,
  'inclusion-4': { rating: 1, target: 2 },
  'inclusion-5': DONT_KNOW,
  'leadership-1': 5,
  'leadership-2': { rating: 4, target: 5 },
  'leadership-3': { rating: 2, target: 3 },
  'leadership-4': 5,
  'local-productivity-1': 1,
  'local-productivity-2': { rating: 1, target: 3 },
  'local-productivity-3': { rating: 1, target: 3 },
  'local-productivity-4': { rating: 1, target: 3 },
  'organisational-capability-1': { rating: 3, target: 3 },
  'organisational-capability-5': { rating: 4, target: 4 },
  'organisational-capability-3': 5,
  'organisational-capability-4': { rating: 4, target: 3 },
  'partnership-1': 5,
  'partnership-2': 5,
  'partnership-3': 3,
  'partnership-4': 5,
  'security-and-resilience-1': { rating: 3, target: 5 },
  'security-and-resilience-2': 2,
  'security-and-resilience-3': 4,
  'security-and-resilience-4': 5,
  'services-1': 5,
  'services-2': 4,
  'services-3': 2,
  'services-5': { rating: 3, target: 4 },
};

const answerTo = (id) => {
  const given = ANSWERS[id];
  return given === undefined ? {} : typeof given === 'object' ? given : { rating: given };
};

function seededFile({ plan } = {}) {
  const assessment = {
    id: ID,
    framework: { id: FW.id, version: FW.version },
    created: '2026-11-20T10:00:00Z',
    updated: '2026-11-20T10:05:00Z',
    position: 0,
    answers: Object.fromEntries(Object.keys(ANSWERS).map((id) => [id, answerTo(id)])),
    details: { title: TITLE, organisation: ORGANISATION, scope: 'whole_council', date: '2026-11-20' },
    ...(plan ? { plan } : {}),
  };
  return { format: 'almanac.assessment', schema_version: 1, assessment };
}

// The plan decisions some tests seed: a person's order for one item, and two entries.
const SEEDED_PLAN = {
  entries: {
    'inclusion-1': { status: 'in_progress', owner: 'Priya Shah, Head of Digital', due: '2027-03-31' },
    'local-productivity-1': { status: 'done', owner: '@digital-team' },
  },
  order: ['local-productivity-1'],
};

const statements = FW.areas.flatMap((area) => area.statements.map((statement) => ({ ...statement, area })));
const statementById = (id) => statements.find((s) => s.id === id);
const levelName = (value) => FW.scale.levels.find((level) => level.value === value).name;
const ratingLabel = (rating) =>
  rating === DONT_KNOW ? DK_LABEL : rating === NOT_APPLICABLE ? NA_LABEL : `${rating}: ${levelName(rating)}`;

// ---------------------------------------------------------------------------------------------
// What the app should show, worked out here.

/** a/b and c/d compared exactly (denominators positive). */
const compare = (a, b, c, d) => a * d - c * b;

/** Rust's `{:.1}` of an f64 that is not exactly a tie: checks that n/d is not within rounding distance of one. */
function formatExact(n, d) {
  expect(2 * ((n * 10) % d), `${n}/${d} is not a rounding tie`).not.toBe(d);
  return formatMean(n, d);
}

const AREAS = FW.areas.map((area) => {
  const answers = area.statements.map((s) => answerTo(s.id));
  const levels = answers.map((a) => a.rating).filter((r) => typeof r === 'number');
  const targets = answers.map((a) => a.target).filter((t) => t !== undefined);
  const sum = levels.reduce((a, b) => a + b, 0);
  const targetSum = targets.reduce((a, b) => a + b, 0);
  const count = (rating) => answers.filter((a) => a.rating === rating).length;
  const dontKnow = count(DONT_KNOW);
  const answered = answers.filter((a) => a.rating !== undefined).length;
  const scored = levels.length > 0;
  const targeted = targets.length > 0;
  // The gap as an exact fraction, target - score = (targetSum * n - sum * t) / (t * n).
  const hasGap = scored && targeted && compare(targetSum, targets.length, sum, levels.length) > 0;
  const gap = hasGap ? [targetSum * levels.length - sum * targets.length, targets.length * levels.length] : null;
  return {
    area,
    title: area.title,
    weight: area.weight ?? 1,
    sum,
    n: levels.length,
    scoreText: scored ? formatExact(sum, levels.length) : 'No score',
    targetText: targeted ? formatExact(targetSum, targets.length) : 'Not set',
    answeredText: `${answered} of ${area.statements.length}${dontKnow ? `, ${dontKnow} “${DK_LABEL}”` : ''}`,
    gap,
    gapText: gap ? formatExact(...gap) : null,
    dontKnow,
    answered,
    // Columns 1..TOP, then Don't know, Not applicable, not answered.
    levelCounts: [
      ...FW.scale.levels.map((level) => count(level.value)),
      dontKnow,
      count(NOT_APPLICABLE),
      answers.filter((a) => a.rating === undefined).length,
    ],
  };
});

const SCORED = AREAS.filter((a) => a.n > 0);
// Largest gap first; equal gaps keep the framework's order (a stable sort).
const GAPS = AREAS.filter((a) => a.gap).sort((x, y) => compare(y.gap[0], y.gap[1], x.gap[0], x.gap[1]));
// Strongest: the first area with the highest score; weakest: the first with the lowest.
const STRONGEST = SCORED.reduce((best, a) => (compare(a.sum, a.n, best.sum, best.n) > 0 ? a : best));
const WEAKEST = SCORED.reduce((worst, a) => (compare(a.sum, a.n, worst.sum, worst.n) < 0 ? a : worst));
const TOTAL = statements.length;
const ANSWERED = AREAS.reduce((n, a) => n + a.answered, 0);
const DONT_KNOWS = AREAS.reduce((n, a) => n + a.dontKnow, 0);
const NOT_APPLICABLES = AREAS.reduce((n, a) => n + a.levelCounts[TOP + 1], 0);
// Overall: the mean of the area scores weighted by the framework's weights, worked out exactly.
const OVERALL = weightedMean(AREAS.map((a) => ({ sum: a.sum, count: a.n, weight: a.weight })));

const SENTENCES = {
  completeness:
    `You answered ${ANSWERED} of ${TOTAL} questions. ${DONT_KNOWS} “${DK_LABEL}” and ${NOT_APPLICABLES} “${NA_LABEL}” are not scored.`,
  strength: `Your strongest outcome is ${STRONGEST.title} (${STRONGEST.scoreText}) and your weakest is ${WEAKEST.title} (${WEAKEST.scoreText}).`,
  gaps: `The largest gaps between score and target are in ${GAPS.slice(0, 2).map((a) => `${a.title} (${a.gapText})`).join(', ')} and ${GAPS[2].title} (${GAPS[2].gapText}).`,
  evidence: `${DONT_KNOWS} answers are “${DK_LABEL}”, in ${AREAS.filter((a) => a.dontKnow).map((a) => `${a.title} (${a.dontKnow})`).join(' and ')}. Finding these out is the first step in the action plan.`,
};

/**
 * The plan by the ranking rule: "Don't know" first, then gap x weight (gap = target - current,
 * the top of the scale where no target is set), ties to the lower current level, then framework
 * order; at or above target and "Not applicable" are left out. `order` is the person's order,
 * which comes first, the rest following in ranked order.
 */
function rankedPlan(order = []) {
  const items = [];
  statements.forEach((statement, position) => {
    const { rating, target } = answerTo(statement.id);
    if (rating === DONT_KNOW) {
      items.push({ statement, position, current: 0, priority: Infinity, findOut: true });
    } else if (typeof rating === 'number') {
      const aim = target ?? TOP;
      if (aim > rating) {
        items.push({ statement, position, current: rating, target: aim, priority: (aim - rating) * (statement.area.weight ?? 1) });
      }
    }
  });
  const byRank = (a, b) =>
    (a.priority === b.priority ? 0 : b.priority > a.priority ? 1 : -1) || a.current - b.current || a.position - b.position;
  items.sort(byRank);
  const placed = order.map((id) => items.find((item) => item.statement.id === id)).filter(Boolean);
  return [...placed, ...items.filter((item) => !order.includes(item.statement.id))];
}

/** What the plan page says to do for an item, and the advice under it. */
function planAction(item) {
  return item.findOut
    ? `Find out: the answer was “${DK_LABEL}”`
    : `Improve from ${item.current} (${levelName(item.current)}) to ${item.target} (${levelName(item.target)})`;
}
const FIND_OUT_ADVICE = 'Find out where your council stands on this: ask the service, look for data or documents, then answer the statement again.';
const nextStep = (item) => item.statement.levels[item.current - 1].next_step;

/** Swaps the item `id` with its neighbour, as "Move up" / "Move down" does. */
function moved(ids, id, up) {
  const out = [...ids];
  const index = out.indexOf(id);
  const other = up ? index - 1 : index + 1;
  [out[index], out[other]] = [out[other], out[index]];
  return out;
}

const PLAN_HEADER = [
  'Rank', 'Area', 'Statement', 'Action', 'Current level', 'Level to reach', 'Target level', 'Priority', 'Next step', 'Phase', 'Effort', 'Status', 'Owner', 'Due',
];
const STATUS_LABELS = { not_started: 'Not started', in_progress: 'In progress', done: 'Done' };

/** The plan CSV's rows for a plan in `items` order, with `entries` (statement id -> stored entry). */
function planCsvRows(items, entries = {}) {
  return items.map((item, index) => {
    const entry = entries[item.statement.id] ?? {};
    return [
      String(index + 1),
      item.statement.area.title,
      item.statement.text,
      item.findOut ? 'Find out' : 'Improve',
      item.findOut ? '' : String(item.current),
      // No level to reach is chosen here: one above the current level.
      item.findOut ? '' : String(item.current + 1),
      item.findOut ? '' : String(item.target),
      item.findOut ? 'First' : item.priority.toFixed(1),
      item.findOut ? '' : nextStep(item),
      '',
      '',
      STATUS_LABELS[entry.status ?? 'not_started'],
      entry.owner ?? '',
      entry.due ?? '',
    ];
  });
}

const ANSWERS_HEADER = ['Area', 'Statement ID', 'Statement', 'Answer', 'Level', 'Target level', 'Confidence', 'Evidence'];
const CONFIDENCE = { low: 'Low', medium: 'Medium', high: 'High' };

/** The answers CSV's rows; a cell that a spreadsheet would run as a formula starts with an apostrophe. */
function answersCsvRows() {
  return statements.map((statement) => {
    const { rating, target, confidence, evidence } = answerTo(statement.id);
    return [
      statement.area.title,
      statement.id,
      statement.text,
      rating === undefined ? 'Not answered' : ratingLabel(rating),
      typeof rating === 'number' ? String(rating) : '',
      target === undefined ? '' : String(target),
      confidence ? CONFIDENCE[confidence] : '',
      evidence === FORMULA_EVIDENCE ? `'${FORMULA_EVIDENCE}` : (evidence ?? ''),
    ];
  });
}

/** Checks a downloaded CSV: a UTF-8 byte order mark, CRLF records, and exactly `header` + `rows`. */
function expectCsv(bytes, header, rows) {
  expect([...bytes.subarray(0, 3)], 'a UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith('\r\n'), 'the last record ends with CRLF').toBe(true);
  const records = parseCsv(text.slice(1));
  expect(records[0]).toEqual(header);
  for (const record of records) expect(record, `every record has ${header.length} fields`).toHaveLength(header.length);
  expect(records.slice(1)).toEqual(rows);
  return text;
}

// A sanity check that the seed gives what the comments above promise.
test.beforeAll(() => {
  expect(OVERALL).toBe('3.3'); // weighted: the plain mean of the area scores would be 3.2
  expect([STRONGEST.title, WEAKEST.title]).toEqual(['Democracy', 'Local productivity']);
  expect(GAPS.map((a) => `${a.title} ${a.gapText}`)).toEqual([
    'Local productivity 2.0', 'Security and resilience 1.5', 'Ethics 1.3', 'Connectivity 1.0', 'Inclusion 0.5', 'Services 0.5',
  ]);
  const ranked = rankedPlan().map((item) => item.statement.id);
  expect(ranked.slice(0, 6)).toEqual(['connectivity-4', 'inclusion-5', 'data-2', 'services-3', 'inclusion-1', 'local-productivity-1']);
  expect(ranked.indexOf('local-productivity-4')).toBeLessThan(ranked.indexOf('ethics-3'));
  expect(ranked.indexOf('ethics-3')).toBeLessThan(ranked.indexOf('ethics-1'));
  for (const excluded of ['ethics-2', 'data-3', 'organisational-capability-1', 'organisational-capability-4', 'services-4']) {
    expect(ranked).not.toContain(excluded);
  }
});

// ---------------------------------------------------------------------------------------------
// Page parts.

const CHART_NAMES = {
  scores: /^Chart of the score and the target for each of the 12 outcomes, on a scale of 1 to 5\. The same figures are in the table that follows\.$/,
  gaps: /^Bar chart of the gap between score and target for each outcome that has one, largest first\. The same figures are in the table that follows\.$/,
  levels: /^Heat map of how many statements in each outcome are at each level\. The same counts are in the table that follows\.$/,
};
const chart = (page, which) => main(page).getByRole('img', { name: CHART_NAMES[which] });
const scoreTable = (page) => main(page).getByRole('table', { name: `Score for each outcome, out of ${TOP}`, exact: true });
const gapTable = (page) => main(page).getByRole('table', { name: 'Gap between score and target, largest first', exact: true });
const levelTable = (page) => main(page).getByRole('table', { name: /^Number of statements at each level, by outcome\./ });
const planItems = (page) => main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
const planItem = (page, id) => planItems(page).filter({ has: page.getByRole('heading', { level: 2, name: statementById(id).text, exact: true }) });
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "Move up: <statement>"; Chromium puts a space before the colon, as the statement is in an
// absolutely positioned (visually hidden) span, which a screen reader does not voice differently.
const moveButton = (page, id, up) =>
  main(page).getByRole('button', { name: new RegExp(`^${up ? 'Move up' : 'Move down'} ?: ${escapeRegExp(statementById(id).text)}$`) });

/** The stored file of the seeded assessment, read straight from local storage. */
async function storedFile(page) {
  await afterPendingWrites(page);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `almanac.assessment.${ID}`);
}

/** Checks every chart's canvas: a labelled image, drawn (not blank), sharp for the screen. */
async function expectChartsDrawn(page, testInfo, { background }) {
  const dpr = testInfo.project.use.deviceScaleFactor ?? 1;
  for (const which of Object.keys(CHART_NAMES)) {
    const canvas = chart(page, which);
    await expect(canvas, `the ${which} chart is a labelled image`).toHaveAttribute('aria-label', CHART_NAMES[which]);
    await expect
      .poll(async () => (await canvas.evaluate(inspectCanvas)).colours, { message: `the ${which} chart has been drawn` })
      .toContain(background);
    const drawn = await canvas.evaluate(inspectCanvas);
    expect(drawn.dpr).toBe(dpr);
    expect(drawn.cssWidth, `${which}: CSS width`).toBeGreaterThan(200);
    expect(drawn.width, `${which}: backing width ${drawn.width} = CSS width ${drawn.cssWidth} x ${dpr}`).toBe(Math.round(drawn.cssWidth * dpr));
    expect(drawn.height, `${which}: backing height ${drawn.height} = CSS height ${drawn.cssHeight} x ${dpr}`).toBe(Math.round(drawn.cssHeight * dpr));
    expect(drawn.colours.length, `${which}: several colours, each over 50+ pixels: ${drawn.colours.join(' ')}`).toBeGreaterThanOrEqual(4);
    expect(drawn.dominantShare, `${which}: no single colour covers the canvas`).toBeLessThan(0.95);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Results.

test('results: charts, their tables, the summary, PNG downloads and the answers CSV', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(90_000);
  await seedSavedResults(page, [seededFile()], `#/result/${ID}`);
  await expect(h1(page)).toHaveText(`${TITLE} result`);
  await expect(main(page).getByText(`${OVERALL} out of ${TOP}`, { exact: true })).toBeVisible();
  await expect(main(page).getByText(`Closest level: ${levelName(Math.round(Number(OVERALL)))}`)).toBeVisible();
  await expect(main(page).getByText(`You have answered ${ANSWERED} of ${TOTAL} questions, so this result is not complete yet.`)).toBeVisible();

  // The summary sentences.
  for (const sentence of Object.values(SENTENCES)) {
    await expect(main(page).getByText(sentence, { exact: true })).toBeVisible();
  }
  // How the score is worked out names the framework's weights.
  expect(scoreExplanation(FW)).toContain('(Data 1.5, Leadership 1.5, Services 1.5, Value 1.5; every other outcome 1)');
  await main(page).getByText('How the score is worked out', { exact: true }).click();
  await expect(main(page).getByText(scoreExplanation(FW), { exact: true })).toBeVisible();

  // The charts: labelled images, drawn at the screen's pixel density, with their headings.
  await expect(main(page).getByRole('heading', { level: 2, name: 'Score and target for each outcome' })).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Gaps to close, largest first' })).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Answers by level' })).toBeVisible();
  await expect(main(page).getByRole('img')).toHaveCount(3);
  await expectChartsDrawn(page, testInfo, { background: '255,255,255,255' });

  // The tables hold the same figures, worked out here.
  expect(await readTable(scoreTable(page))).toEqual([
    ['Outcome', 'Score', 'Target', 'Answered'],
    ...AREAS.map((a) => [a.title, a.scoreText, a.targetText, a.answeredText]),
  ]);
  expect(await readTable(gapTable(page))).toEqual([
    ['Outcome', 'Score', 'Target', 'Gap'],
    ...GAPS.map((a) => [a.title, a.scoreText, a.targetText, `+${a.gapText}`]),
  ]);
  await expect(levelTable(page)).toHaveAccessibleName(
    `Number of statements at each level, by outcome. Levels: ${FW.scale.levels.map((l) => `${l.value} = ${l.name}`).join(', ')}.`,
  );
  expect(await readTable(levelTable(page))).toEqual([
    ['Outcome', ...FW.scale.levels.map((l) => String(l.value)), DK_LABEL, NA_LABEL, 'Not answered'],
    ...AREAS.map((a) => [a.title, ...a.levelCounts.map(String)]),
  ]);
  await checkA11y(page, 'full result, light');

  // Each chart downloads as a real PNG drawn at one size whatever the screen (640 CSS pixels wide
  // at twice the pixels), so one made on a phone is as legible as one made on a desktop and the
  // same size: the scores as a radar 460 CSS pixels tall, the gaps as tall as their rows, and the
  // heat map's 12 rows beside their labels (544 CSS pixels; a phone's page puts them under them).
  for (const which of Object.keys(CHART_NAMES)) {
    const label = await chart(page, which).getAttribute('aria-label');
    const button = main(page).getByRole('button', { name: `Download this chart as a PNG image (${label})`, exact: true });
    const png = await downloadFrom(page, button, testInfo);
    expect(png.name).toBe(`almanac-${FW.id}-${which}.png`);
    const { cssHeight } = await chart(page, which).evaluate(inspectCanvas);
    const height = { scores: 920, gaps: Math.round(cssHeight * 2), levels: 1088 }[which];
    expect(pngSize(png.bytes), `${which}: the PNG's own size`).toEqual({ width: 1280, height });
  }

  // The answers as CSV: every statement, the formula-like evidence defused, the awkward one intact.
  const csv = await downloadFrom(page, main(page).getByRole('button', { name: 'Download answers (CSV)' }), testInfo);
  expect(csv.name).toBe(`almanac-${FW.id}-answers-2026-11-20.csv`);
  const text = expectCsv(csv.bytes, ANSWERS_HEADER, answersCsvRows());
  expect(text).toContain(`"'${FORMULA_EVIDENCE.replace(/"/g, '""')}"`);
  expect(text).toContain(`"${AWKWARD_EVIDENCE.replace(/"/g, '""')}"`);

  // Dark mode: the charts are redrawn in the dark theme, and the page is still accessible.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectChartsDrawn(page, testInfo, { background: '27,29,31,255' });
  for (const which of Object.keys(CHART_NAMES)) {
    expect((await chart(page, which).evaluate(inspectCanvas)).colours[0], `${which}: the dark background is the commonest colour`).toBe('27,29,31,255');
  }
  await checkA11y(page, 'full result, dark');
});

// ---------------------------------------------------------------------------------------------
// 2. Action plan.

test('action plan: ranked items with advice, decisions and order kept over a reload, and the plan CSV', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(120_000);
  await seedSavedResults(page, [seededFile()], `#/result/${ID}`);
  await main(page).getByRole('link', { name: 'See the full action plan' }).click();
  await expect(page).toHaveURL(new RegExp(`#/plan/${ID}$`));
  await expect(h1(page)).toHaveText('Action plan');
  await expect(main(page).getByText(TITLE, { exact: true })).toBeVisible();

  // The items, in the order the ranking rule gives, each with its action and the framework's advice.
  const ranked = rankedPlan();
  expect(ranked).toHaveLength(28);
  const items = planItems(page);
  await expect(items).toHaveCount(ranked.length);
  await expect(items.getByRole('heading', { level: 2 })).toHaveText(ranked.map((item) => item.statement.text));
  for (const [index, item] of ranked.entries()) {
    const shown = items.nth(index);
    await expect(shown.getByText(`${index + 1}. ${item.statement.area.title}`, { exact: true })).toBeVisible();
    await expect(shown.getByText(planAction(item), { exact: true })).toBeVisible();
    await expect(shown.getByText(item.findOut ? FIND_OUT_ADVICE : nextStep(item), { exact: true })).toBeVisible();
  }
  await expect(moveButton(page, ranked[0].statement.id, true)).toBeDisabled();
  await expect(moveButton(page, ranked.at(-1).statement.id, false)).toBeDisabled();
  await checkA11y(page, 'action plan, light');

  // The ranking rule is explained.
  await main(page).getByText('How the plan is ranked', { exact: true }).click();
  await expect(main(page).getByText(/^Statements answered “Don’t know” come first/)).toBeVisible();

  // Challenges and good practice are not repeated under each item: they follow the list, once for
  // each area in the plan, in the plan's order, each folded away under its title and counts.
  const first = planItem(page, 'inclusion-1');
  await expect(items.locator('details')).toHaveCount(0);
  await expect(main(page).getByRole('heading', { level: 2, name: 'Challenges and good practice', exact: true })).toBeVisible();
  const planAreas = [...new Set(ranked.map((item) => item.statement.area))];
  await expect(main(page).locator('details > summary')).toHaveText(['How the plan is ranked', 'Change the weights', ...planAreas.map(areaHelpSummary)]);
  const inclusion = statementById('inclusion-1').area;
  const help = areaHelp(page, inclusion);
  await expect(help.getByText(inclusion.challenges[0].challenge, { exact: true })).toBeHidden();
  await help.getByText(areaHelpSummary(inclusion), { exact: true }).click();
  await expect(help).toHaveAttribute('open', '');
  for (const { challenge, mitigations } of inclusion.challenges) {
    const shown = help.getByRole('listitem').filter({ has: page.getByText(challenge, { exact: true }) });
    await expect(shown.getByText('What helps:', { exact: true })).toBeVisible();
    await expect(shown.getByRole('listitem')).toHaveText(mitigations);
  }
  for (const example of inclusion.examples) {
    await expect(help.getByRole('listitem').filter({ hasText: example.text })).toHaveText(exampleText(FW, example), { useInnerText: true });
  }
  await checkA11y(page, 'action plan with details open, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkA11y(page, 'action plan with details open, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Decisions on two items: status, owner, due date.
  await first.getByLabel('Status').selectOption('In progress');
  await first.getByLabel('Owner').fill('Priya Shah, Head of Digital');
  await first.getByLabel('Due date').fill('2027-03-31');
  const last = planItem(page, ranked.at(-1).statement.id);
  await last.getByLabel('Status').selectOption('Done');
  await last.getByLabel('Owner').fill('@digital-team');
  const entries = {
    'inclusion-1': { status: 'in_progress', owner: 'Priya Shah, Head of Digital', due: '2027-03-31' },
    [ranked.at(-1).statement.id]: { status: 'done', owner: '@digital-team' },
  };
  await expect.poll(async () => (await storedFile(page)).assessment.plan?.entries).toEqual(entries);

  // Reordering: the first item down one place (by pointer), then local-productivity-1 up four
  // places to second (by keyboard); focus stays on the button pressed, so it can be pressed again.
  let order = ranked.map((item) => item.statement.id);
  await moveButton(page, 'connectivity-4', false).click();
  order = moved(order, 'connectivity-4', false);
  await expect(items.getByRole('heading', { level: 2 })).toHaveText(order.map((id) => statementById(id).text));
  await expect(moveButton(page, 'connectivity-4', false)).toBeFocused();
  await moveButton(page, 'local-productivity-1', true).focus();
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Enter');
    order = moved(order, 'local-productivity-1', true);
    await expect(items.getByRole('heading', { level: 2 })).toHaveText(order.map((id) => statementById(id).text));
    await expect(moveButton(page, 'local-productivity-1', true)).toBeFocused();
  }
  expect(order.slice(0, 4)).toEqual(['inclusion-5', 'local-productivity-1', 'connectivity-4', 'data-2']);
  await expect(planItem(page, 'local-productivity-1').getByText('2. Local productivity', { exact: true })).toBeVisible();
  await expect(moveButton(page, 'inclusion-5', true)).toBeDisabled();
  await expect(moveButton(page, 'connectivity-4', true)).toBeEnabled();
  await expect.poll(async () => (await storedFile(page)).assessment.plan?.order).toEqual(order);

  // After a reload, everything is still there.
  await page.reload();
  await expect(h1(page)).toHaveText('Action plan');
  await expect(items.getByRole('heading', { level: 2 })).toHaveText(order.map((id) => statementById(id).text));
  await expect(first.getByLabel('Status')).toHaveValue('In progress');
  await expect(first.getByLabel('Owner')).toHaveValue('Priya Shah, Head of Digital');
  await expect(first.getByLabel('Due date')).toHaveValue('2027-03-31');
  await expect(last.getByLabel('Status')).toHaveValue('Done');
  await expect(last.getByLabel('Owner')).toHaveValue('@digital-team');
  await expect(last.getByLabel('Due date')).toHaveValue('');
  await expect(planItem(page, 'data-1').getByLabel('Status')).toHaveValue('Not started');
  for (const [index, id] of order.entries()) {
    await expect(planItem(page, id).getByText(`${index + 1}. ${statementById(id).area.title}`, { exact: true })).toBeVisible();
  }

  // The plan as CSV: the person's order and decisions; the owner starting with "@" is defused.
  const stored = await storedFile(page);
  const csv = await downloadFrom(page, main(page).getByRole('button', { name: 'Download the plan (CSV)' }), testInfo);
  expect(csv.name).toBe(`almanac-${FW.id}-action-plan-${stored.assessment.updated.slice(0, 10)}.csv`);
  const rows = planCsvRows(rankedPlan(order), entries).map((row) => row.map((cell) => (cell === '@digital-team' ? "'@digital-team" : cell)));
  expectCsv(csv.bytes, PLAN_HEADER, rows);
});

// At the top or bottom the pressed button becomes disabled, so focus goes to its neighbour.
test.describe('moving an item to either end of the plan', () => {

  test('action plan: moving an item to the top keeps keyboard focus on it', async ({ page }) => {
    await seedSavedResults(page, [seededFile()], `#/plan/${ID}`);
    await expect(h1(page)).toHaveText('Action plan');
    const second = rankedPlan()[1].statement.id; // inclusion-5
    await moveButton(page, second, true).focus();
    await page.keyboard.press('Enter');
    await expect(planItems(page).first().getByRole('heading', { level: 2 })).toHaveText(statementById(second).text);
    await expect(moveButton(page, second, true)).toBeDisabled();
    // "Move up" can no longer take focus: its neighbour "Move down" should have it, not <body>.
    await expect(moveButton(page, second, false)).toBeFocused({ timeout: 2_000 });
  });

  test('action plan: moving an item to the bottom keeps keyboard focus on it', async ({ page }) => {
    await seedSavedResults(page, [seededFile()], `#/plan/${ID}`);
    await expect(h1(page)).toHaveText('Action plan');
    const penultimate = rankedPlan().at(-2).statement.id; // connectivity-3
    await moveButton(page, penultimate, false).focus();
    await page.keyboard.press('Enter');
    await expect(planItems(page).last().getByRole('heading', { level: 2 })).toHaveText(statementById(penultimate).text);
    await expect(moveButton(page, penultimate, false)).toBeDisabled();
    await expect(moveButton(page, penultimate, true)).toBeFocused({ timeout: 2_000 });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The CSV files open in LibreOffice Calc.

test('the answers and plan CSV files convert to xlsx with LibreOffice', async ({ page }, testInfo) => {
  test.skip(!isDesktop(testInfo), 'one run is enough: the files are the same on every screen');
  test.setTimeout(120_000);
  await seedSavedResults(page, [seededFile({ plan: SEEDED_PLAN })], `#/result/${ID}`);
  const answers = await downloadFrom(page, main(page).getByRole('button', { name: 'Download answers (CSV)' }), testInfo);
  await main(page).getByRole('link', { name: 'See the full action plan' }).click();
  await expect(h1(page)).toHaveText('Action plan');
  const plan = await downloadFrom(page, main(page).getByRole('button', { name: 'Download the plan (CSV)' }), testInfo);
  expectCsv(answers.bytes, ANSWERS_HEADER, answersCsvRows());
  expectCsv(plan.bytes, PLAN_HEADER, planCsvRows(rankedPlan(SEEDED_PLAN.order), SEEDED_PLAN.entries).map((row) =>
    row.map((cell) => (cell === '@digital-team' ? "'@digital-team" : cell))));

  // In a folder of its own, with its own LibreOffice profile, so parallel runs do not clash.
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-soffice-'));
  try {
    for (const csv of [answers, plan]) {
      const source = path.join(work, csv.name);
      await writeFile(source, csv.bytes);
      const { stdout, stderr } = await run(
        'soffice',
        [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', work, source],
        { timeout: 90_000 },
      ).catch((error) => {
        throw new Error(`soffice failed (exit ${error.code}) on ${csv.name}: ${error.stderr || error.message}`);
      });
      const xlsx = path.join(work, csv.name.replace(/\.csv$/, '.xlsx'));
      const size = await stat(xlsx).then((s) => s.size, () => 0);
      expect(size, `${xlsx} exists and is not empty (soffice said: ${stdout} ${stderr})`).toBeGreaterThan(0);
      // An xlsx file is a zip archive.
      expect((await readFile(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. The printable report.

test('report page: cover, summary, charts, plan and answers; accessible in light and dark', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(90_000);
  await seedSavedResults(page, [seededFile({ plan: SEEDED_PLAN })], `#/result/${ID}`);
  await main(page).getByRole('link', { name: 'Printable report' }).click();
  await expect(page).toHaveURL(new RegExp(`#/report/${ID}$`));
  await expect(h1(page)).toHaveText(TITLE);

  // The cover.
  const cover = main(page).getByRole('definition');
  await expect(cover.filter({ hasText: ORGANISATION })).toHaveText(ORGANISATION);
  await expect(cover.filter({ hasText: `${FW.title}, version ${FW.version}` })).toHaveCount(1);
  await expect(cover.filter({ hasText: 'In progress: not yet marked as complete' })).toHaveCount(1);
  await expect(cover.filter({ hasText: FW.source })).toHaveCount(1);

  // The summary and the charts.
  await expect(main(page).getByRole('heading', { level: 2, name: 'Summary', exact: true })).toBeVisible();
  await expect(main(page).getByText(`Overall score: ${OVERALL} out of ${TOP}.`, { exact: true })).toBeVisible();
  for (const sentence of Object.values(SENTENCES)) {
    await expect(main(page).getByText(sentence, { exact: true })).toBeVisible();
  }
  await expect(main(page).getByText(scoreExplanation(FW), { exact: true })).toBeVisible();
  await expect(main(page).getByText(/^The weights are this assessment’s own/)).toHaveCount(0);
  await expectChartsDrawn(page, testInfo, { background: '255,255,255,255' });
  expect((await readTable(scoreTable(page))).slice(1)).toEqual(AREAS.map((a) => [a.title, a.scoreText, a.targetText, a.answeredText]));

  // The plan: the person's order first, then the ranking; their decisions beside each item.
  const planTable = main(page).getByRole('table', { name: 'Action plan, ranked by gap × weight' });
  const plan = rankedPlan(SEEDED_PLAN.order);
  expect(await readTable(planTable)).toEqual([
    ['Rank', 'Statement', 'Action', 'Next step', 'Status, owner, due, phase, effort'],
    ...plan.map((item, index) => {
      const entry = SEEDED_PLAN.entries[item.statement.id] ?? {};
      const due = entry.due ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(entry.due)) : null;
      return [
        String(index + 1),
        `${item.statement.area.title} ${item.statement.text}`,
        item.findOut ? 'Find out' : `${item.current} → ${item.target}`,
        item.findOut ? 'Find out where your council stands, then answer again.' : nextStep(item),
        [STATUS_LABELS[entry.status ?? 'not_started'], entry.owner, due].filter(Boolean).join(', '),
      ];
    }),
  ]);

  // Every answer, area by area.
  await expect(main(page).getByRole('heading', { level: 2, name: 'All answers', exact: true })).toBeVisible();
  for (const area of FW.areas) {
    const table = main(page).getByRole('table', { name: area.title, exact: true });
    expect(await readTable(table), area.title).toEqual([
      ['Statement', 'Answer', 'Target', 'Confidence', 'Evidence'],
      ...area.statements.map((s) => {
        const { rating, target, confidence, evidence } = answerTo(s.id);
        return [
          s.text,
          rating === undefined ? 'Not answered' : ratingLabel(rating),
          target === undefined ? '' : String(target),
          confidence ? CONFIDENCE[confidence] : '',
          (evidence ?? '').replace(/\s+/g, ' '),
        ];
      }),
    ]);
  }
  await checkA11y(page, 'report, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectChartsDrawn(page, testInfo, { background: '27,29,31,255' });
  await checkA11y(page, 'report, dark');
});

test('printed report: an A4 PDF with the report and none of the app around it; nothing wider than the page', async ({ page }, testInfo) => {
  test.skip(!isDesktop(testInfo), 'printing is checked once, in desktop Chromium');
  test.setTimeout(90_000);
  await seedSavedResults(page, [seededFile({ plan: SEEDED_PLAN })], `#/report/${ID}`);
  await expect(h1(page)).toHaveText(TITLE);
  await expectChartsDrawn(page, testInfo, { background: '255,255,255,255' });

  const work = await mkdtemp(path.join(tmpdir(), 'almanac-pdf-'));
  try {
    const pdf = path.join(work, 'report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await testInfo.attach('report.pdf', { path: pdf, contentType: 'application/pdf' });
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const flat = text.replace(/\s+/g, ' ');
    const pages = (text.match(/\f/g) ?? []).length;
    expect(pages, 'the report runs to several pages').toBeGreaterThan(3);
    for (const expected of [
      'Digital maturity self-assessment',
      TITLE,
      ORGANISATION,
      `${FW.title}, version ${FW.version}`,
      'Summary',
      `Overall score: ${OVERALL} out of ${TOP}.`,
      'Score and target for each outcome',
      'Gaps to close, largest first',
      'Answers by level',
      'Action plan',
      'All answers',
      `Page 1 of ${pages}`,
      `Page ${pages} of ${pages}`,
    ]) {
      expect(flat, `the PDF's text has "${expected}"`).toContain(expected);
    }
    for (const chrome of ['Skip to main content', 'Saved results', 'Print or save as PDF', 'Download this chart', 'Back to the results', 'Almanac keeps everything in this browser']) {
      expect(flat, `the PDF's text has no "${chrome}"`).not.toContain(chrome);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  // Laid out for print at the width of A4's printable area (210mm less 2 x 14mm margins), no
  // element sticks out sideways.
  const printable = Math.floor(((210 - 2 * 14) / 25.4) * 96);
  await page.setViewportSize({ width: printable, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect
    .poll(() => chart(page, 'scores').evaluate((canvas) => canvas.getBoundingClientRect().width), { message: 'the chart is redrawn for the narrower page' })
    .toBeLessThanOrEqual(printable);
  const overflow = await page.evaluate((limit) => {
    const wide = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > limit + 0.5 || rect.left < -0.5) {
        wide.push(`${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} ${Math.round(rect.left)}..${Math.round(rect.right)}: ${element.textContent.trim().slice(0, 40)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 15) };
  }, printable);
  expect(overflow.wide, `elements wider than ${printable}px`).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(printable);
});
