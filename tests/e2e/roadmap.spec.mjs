// Journey: the action plan as a work programme (issue 16). Phase, effort and level to reach on
// plan items; the roadmap page with its projected scores; ranking by value for effort and naming
// phases now / next / later; the plan CSV; the roadmap in the printed report; and, on a
// re-assessment, what became of the last plan. Every order, score, date and cell is worked out
// here from the framework file and the seeded answers, independently of the app.
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
  formatMean,
  h1,
  inspectCanvas,
  main,
  openApp,
  parseCsv,
  readTable,
  savedItems,
  seedSavedResults,
  weightedMean,
} from './helpers.mjs';
import {
  OUTCOMES as FW,
  SAVED_STATUS,
  fullAssessmentFile,
  isWide,
  ratingRadio,
  savedStatus,
  statementsOf,
  storedAssessments,
  taskLink,
} from './full-helpers.mjs';

const run = promisify(execFile);
const TOP = Math.max(...FW.scale.levels.map((level) => level.value));
const DK_LABEL = FW.scale.dont_know;
const NA_LABEL = FW.scale.not_applicable;

// ---------------------------------------------------------------------------------------------
// The seeded assessment: completed, every statement answered.

const ID = 'e2e-roadmap';
const TITLE = 'Anytown roadmap 2026';
const ORGANISATION = 'Anytown Borough Council';

// statement id -> level | DONT_KNOW | NOT_APPLICABLE, or { rating, target }. Almost everything is
// at the top of the scale or at its target, so the plan holds seven items, across Connectivity
// (weight 1), Data and Services (1.5), Inclusion and Security and resilience (1):
//   inclusion-3 Don't know; data-1 2→5 (3 × 1.5 = 4.5); connectivity-2 2→5 (3.0) and data-2 3→5
//   (2 × 1.5 = 3.0), tied, the lower current level first; connectivity-1 1→3 (2.0); services-2
//   4→5 (1.5); security-and-resilience-1 3→4 (1.0).
// Areas with four scored answers can have a mean on a rounding tie (x.25, x.75); a "Not
// applicable" in the areas the plan raises keeps every projected score off one.
const ANSWERS = {
  'connectivity-1': { rating: 1, target: 3 },
  'connectivity-2': 2,
  'connectivity-3': { rating: 4, target: 4 },
  'connectivity-4': NOT_APPLICABLE,
  'data-1': 2,
  'data-2': 3,
  'data-3': { rating: 4, target: 4 },
  'data-4': NOT_APPLICABLE,
  'democracy-1': 5,
  'democracy-2': { rating: 3, target: 3 },
  'democracy-3': 5,
  'democracy-4': 5,
  'ethics-1': 5,
  'ethics-2': NOT_APPLICABLE,
  'ethics-3': 5,
  'ethics-4': { rating: 3, target: 2 },
  'inclusion-1': 5,
  'inclusion-2': { rating: 4, target: 4 },
  'inclusion-3': DONT_KNOW,
  'inclusion-4': 5,
  'inclusion-5': { rating: 2, target: 2 },
  'leadership-1': { rating: 3, target: 3 },
  'leadership-2': 5,
  'leadership-3': 5,
  'leadership-4': 5,
  'local-productivity-1': { rating: 3, target: 3 },
  'local-productivity-2': { rating: 2, target: 2 },
  'local-productivity-3': { rating: 4, target: 4 },
  'local-productivity-4': { rating: 3, target: 3 },
  'organisational-capability-1': 5,
  'organisational-capability-5': 5,
  'organisational-capability-3': { rating: 4, target: 4 },
  'organisational-capability-4': { rating: 4, target: 4 },
  'partnership-1': 5,
  'partnership-2': { rating: 3, target: 3 },
  'partnership-3': { rating: 3, target: 3 },
  'partnership-4': 5,
  'security-and-resilience-1': { rating: 3, target: 4 },
  'security-and-resilience-2': 5,
  'security-and-resilience-3': { rating: 4, target: 4 },
  'security-and-resilience-4': NOT_APPLICABLE,
  'services-1': 5,
  'services-2': 4,
  'services-3': { rating: 3, target: 3 },
  'services-4': 5,
  'services-5': 5,
  'value-2': 5,
  'value-3': { rating: 3, target: 3 },
  'value-4': 5,
  'value-5': 5,
};

const STATEMENTS = statementsOf(FW);
const statementById = (id) => STATEMENTS.find((s) => s.id === id);
const answerTo = (id) => (typeof ANSWERS[id] === 'object' ? ANSWERS[id] : { rating: ANSWERS[id] });
const levelName = (value) => FW.scale.levels.find((level) => level.value === value).name;
const levelText = (value) => `${value} (${levelName(value)})`;
const ratingLabel = (rating) =>
  rating === DONT_KNOW ? DK_LABEL : rating === NOT_APPLICABLE ? NA_LABEL : `${rating}: ${levelName(rating)}`;

function seededFile({ id = ID, plan } = {}) {
  const file = fullAssessmentFile({
    framework: FW,
    id,
    answers: Object.fromEntries(Object.keys(ANSWERS).map((s) => [s, answerTo(s)])),
    details: { title: TITLE, organisation: ORGANISATION, scope: 'whole_council', date: '2026-11-20' },
    created: '2026-11-20T10:00:00Z',
    updated: '2026-11-20T11:00:00Z',
    completed: '2026-11-20T11:00:00Z',
  });
  if (plan) file.assessment.plan = plan;
  return file;
}

// ---------------------------------------------------------------------------------------------
// Phases: UK financial-year quarters (Q1 is April to June; 2026/27 starts on 1 April 2026).
// Worked out from today in this machine's time zone, which the browser shares (checked against
// the options the plan offers).

const longDay = (date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);

function quarter(year, q) {
  // The quarter's last month is June, September, December or (the next year's) March.
  const lastDay = new Date(Date.UTC(year, 3 * q + 3, 0)); // day 0 of the month after
  return {
    code: `${year}-q${q}`,
    label: `Q${q} ${year}/${String((year + 1) % 100).padStart(2, '0')}`,
    ends: longDay(lastDay),
    order: year * 4 + q,
  };
}

/** The current quarter and the seven after it, as the plan offers them. */
function offeredQuarters(today = new Date()) {
  const month = today.getMonth() + 1;
  let [year, q] = month >= 4 ? [today.getFullYear(), Math.floor((month - 4) / 3) + 1] : [today.getFullYear() - 1, 4];
  const quarters = [];
  for (let i = 0; i < 8; i += 1) {
    quarters.push(quarter(year, q));
    [year, q] = q === 4 ? [year + 1, 1] : [year, q + 1];
  }
  return quarters;
}

const QUARTERS = offeredQuarters();
const [THIS_QUARTER, NEXT_QUARTER] = QUARTERS;
const HORIZONS = {
  now: { code: 'now', label: 'Now', ends: null, order: 1e6 },
  next: { code: 'next', label: 'Next', ends: null, order: 1e6 + 1 },
  later: { code: 'later', label: 'Later', ends: null, order: 1e6 + 2 },
};
/** A phase from its code: "2026-q3" (any quarter), "now", "next", "later". */
function phaseOf(code) {
  const found = code.match(/^(\d{4})-q([1-4])$/);
  return found ? quarter(Number(found[1]), Number(found[2])) : HORIZONS[code];
}
/** Named the other way: quarters up to this one are Now, the next one Next, any later one Later. */
function horizonOf(code) {
  const order = phaseOf(code).order;
  return order <= THIS_QUARTER.order ? 'now' : order === NEXT_QUARTER.order ? 'next' : 'later';
}
const toHorizons = (entries) =>
  Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, e.phase ? { ...e, phase: horizonOf(e.phase) } : e]));

// ---------------------------------------------------------------------------------------------
// Efforts: "small", "medium", "large" or "N days".

const SIZES = { small: 'Small', medium: 'Medium', large: 'Large' };
const daysIn = (code) => Number(code.match(/^(\d+) days?$/)[1]);
const effortLabel = (code) => SIZES[code] ?? (daysIn(code) === 1 ? '1 day' : `${daysIn(code)} days`);
/** What value for effort divides by: small 1, medium 2, large 3; up to 5 days 1, up to 20 days 2, more 3. */
function effortPoints(code) {
  if (code === undefined) return null;
  if (code in SIZES) return { small: 1, medium: 2, large: 3 }[code];
  const days = daysIn(code);
  return days <= 5 ? 1 : days <= 20 ? 2 : 3;
}
/** A phase's effort, added up in the terms given: "1 small and 5 days", "Not sized yet". */
function effortTotal(codes) {
  const count = (size) => codes.filter((c) => c === size).length;
  const days = codes.filter((c) => c !== undefined && !(c in SIZES)).reduce((sum, c) => sum + daysIn(c), 0);
  const parts = ['small', 'medium', 'large'].filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}`);
  if (days > 0) parts.push(days === 1 ? '1 day' : `${days} days`);
  const sized = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  const unsized = codes.filter((c) => c === undefined).length;
  if (!sized) return unsized ? 'Not sized yet' : 'Nothing to do';
  return unsized ? `${sized}; ${unsized} not sized yet` : sized;
}

// ---------------------------------------------------------------------------------------------
// The plan, worked out here.

const weightHundredths = (area) => Math.round((area.weight ?? 1) * 100);

/**
 * The plan items in order. `entries` as stored (statement id -> { phase, effort, reach, status });
 * `ranking` 'gap_times_weight' (Don't know first, then gap × weight) or 'value_for_effort' (Don't
 * know first, then items with an effort by gap × weight ÷ effort points, then items with none by
 * gap × weight); ties to the lower current level, then framework order. Compared as exact
 * fractions (weights in hundredths). `order` is the person's own order, which comes first.
 */
function planOf({ entries = {}, ranking = 'gap_times_weight', order = [] } = {}) {
  const items = [];
  STATEMENTS.forEach((statement, position) => {
    const { rating, target } = answerTo(statement.id);
    const entry = entries[statement.id] ?? {};
    if (rating === DONT_KNOW) {
      items.push({ statement, position, findOut: true, current: 0, entry });
    } else if (typeof rating === 'number') {
      const aim = target ?? TOP;
      if (aim <= rating) return;
      // The level to reach: the person's choice within (current, target], else one above current.
      const reach = entry.reach > rating && entry.reach <= aim ? entry.reach : rating + 1;
      items.push({ statement, position, current: rating, target: aim, reach, worth: (aim - rating) * weightHundredths(statement.area), entry });
    }
  });
  const key = (item) => {
    if (item.findOut) return { group: 0, num: 0, den: 1 };
    const points = ranking === 'value_for_effort' ? effortPoints(item.entry.effort) : 1;
    return points ? { group: 1, num: item.worth, den: points } : { group: 2, num: item.worth, den: 1 };
  };
  items.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka.group - kb.group || kb.num * ka.den - ka.num * kb.den || a.current - b.current || a.position - b.position;
  });
  const placed = order.map((id) => items.find((item) => item.statement.id === id)).filter(Boolean);
  return [...placed, ...items.filter((item) => !order.includes(item.statement.id))];
}
const idsOf = (items) => items.map((item) => item.statement.id);

/** Scores for ratings (statement id -> rating): each area the mean of its levels, overall weighted. */
function scoresOf(ratings) {
  const areas = FW.areas.map((area) => {
    const levels = area.statements.map((s) => ratings[s.id]).filter((r) => typeof r === 'number');
    return { sum: levels.reduce((a, b) => a + b, 0), count: levels.length, weight: area.weight ?? 1 };
  });
  return { overall: weightedMean(areas), areas: areas.map((a) => formatMean(a.sum, a.count)) };
}

/**
 * The roadmap: phases in date order (only those with items), each with its items in plan order,
 * its effort and the scores once it and every earlier phase is done (each item at its level to
 * reach; "Don't know" changes nothing); the unphased items; and every item at its target.
 */
function roadmapOf(plan) {
  const now = Object.fromEntries(STATEMENTS.map((s) => [s.id, answerTo(s.id).rating]));
  const codes = [...new Set(plan.map((item) => item.entry.phase).filter(Boolean))].sort((a, b) => phaseOf(a).order - phaseOf(b).order);
  const running = { ...now };
  const phases = codes.map((code) => {
    const items = plan.filter((item) => item.entry.phase === code);
    for (const item of items) if (!item.findOut) running[item.statement.id] = Math.max(running[item.statement.id], item.reach);
    return { phase: phaseOf(code), items, effort: effortTotal(items.map((item) => item.entry.effort)), scores: scoresOf(running) };
  });
  const atTarget = { ...now };
  for (const item of plan) if (!item.findOut) atTarget[item.statement.id] = item.target;
  return { now: scoresOf(now), phases, unphased: plan.filter((item) => !item.entry.phase), target: scoresOf(atTarget) };
}

// The work programme set in the first test and seeded in the others: two items in this quarter,
// one (at a level above the default) and the "Don't know" item in the next, and efforts on two
// items with no phase, so that value for effort has sizes of every kind to divide by.
const WORK = {
  'services-2': { phase: THIS_QUARTER.code, effort: '5 days' },
  'security-and-resilience-1': { phase: THIS_QUARTER.code, effort: 'small' },
  'data-1': { phase: NEXT_QUARTER.code, reach: 4 },
  'inclusion-3': { phase: NEXT_QUARTER.code },
  'connectivity-2': { effort: 'large' },
  'data-2': { effort: '20 days' },
};
/** As stored: every entry has a status. */
const stored = (entries) => Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, { status: 'not_started', ...e }]));

const GAP_ORDER = idsOf(planOf({ entries: WORK }));
const VALUE_ORDER = idsOf(planOf({ entries: WORK, ranking: 'value_for_effort' }));
const ROADMAP = roadmapOf(planOf({ entries: WORK }));

// A sanity check that the seed gives what the comments above promise.
test.beforeAll(() => {
  expect(GAP_ORDER).toEqual([
    'inclusion-3', 'data-1', 'connectivity-2', 'data-2', 'connectivity-1', 'services-2', 'security-and-resilience-1',
  ]);
  // Value for effort: data-2 (3.0 ÷ 2) ties services-2 (1.5 ÷ 1), the lower current level first;
  // connectivity-2 (3.0 ÷ 3) ties security (1.0 ÷ 1); then the unsized by gap × weight.
  expect(VALUE_ORDER).toEqual([
    'inclusion-3', 'data-2', 'services-2', 'connectivity-2', 'security-and-resilience-1', 'data-1', 'connectivity-1',
  ]);
  // The overall score moves at every stage, so each column is told apart.
  const overall = [ROADMAP.now, ...ROADMAP.phases.map((p) => p.scores), ROADMAP.target].map((s) => s.overall);
  expect(new Set(overall).size, `overall scores ${overall.join(', ')}`).toBe(4);
  expect(ROADMAP.phases.map((p) => p.effort)).toEqual(['1 small and 5 days', 'Not sized yet']);
});

// ---------------------------------------------------------------------------------------------
// Page parts.

const planItems = (page) => main(page).locator('li.plan__item');
const planItem = (page, id) =>
  planItems(page).filter({ has: page.getByRole('heading', { level: 2, name: statementById(id).text, exact: true }) });
const field = (page, id, label) => planItem(page, id).getByLabel(label, { exact: true });
const optionTexts = (select) => select.locator('option').allTextContents();
const selectedText = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent ?? null);
async function storedFile(page, id = ID) {
  await afterPendingWrites(page);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `almanac.assessment.${id}`);
}
const storedPlan = async (page, id = ID) => (await storedFile(page, id)).assessment.plan;
const DAYS_ERROR = 'Enter a whole number of days from 1 to 999';

const projectionTable = (page) =>
  main(page).getByRole('table', { name: `Projected scores out of ${TOP}: overall and for each outcome, if every item reaches its level`, exact: true });
const phaseCards = (page) => main(page).locator('ol.roadmap > li.roadmap__phase');
const unphasedItems = (page) => main(page).locator('ol.roadmap ~ ul.roadmap__items > li.roadmap__item');
const roadmapChartName = (phases, area) =>
  `Line chart of the overall score${area ? ` and the score for ${area}` : ''} now, at the end of each of the ${phases} phases and with every item at its target, on a scale of 0 to ${TOP}. The same figures are in the table that follows.`;
const roadmapChart = (page) => main(page).getByRole('img', { name: /^Line chart of the overall score/ });

/** The projection table as rows, header first. */
function projectionRows(roadmap) {
  const stages = [roadmap.now, ...roadmap.phases.map((p) => p.scores), roadmap.target];
  return [
    ['Outcome', 'Today', ...roadmap.phases.map((p) => `End of ${p.phase.label}`), 'Every item at its target'],
    ['Overall', ...stages.map((s) => s.overall)],
    ...FW.areas.map((area, index) => [area.title, ...stages.map((s) => s.areas[index])]),
  ];
}

/** How the roadmap shows an item: [area, statement, what to do, status and effort]. */
function roadmapItem(item) {
  const decided = [{ not_started: 'Not started', in_progress: 'In progress', done: 'Done' }[item.entry.status ?? 'not_started']];
  if (item.entry.effort) decided.push(`Effort: ${effortLabel(item.entry.effort).toLowerCase()}`);
  return [
    item.statement.area.title,
    item.statement.text,
    item.findOut ? `Find out: the answer was “${DK_LABEL}”` : `From ${levelText(item.current)} to ${levelText(item.reach)}`,
    decided.join(' · '),
  ];
}
const readItems = (items) =>
  items.evaluateAll((lis) => lis.map((li) => [...li.children].map((child) => child.textContent.replace(/\s+/g, ' ').trim())));

/** Checks the roadmap page against `roadmap` (from `roadmapOf`). */
async function expectRoadmap(page, roadmap) {
  await expect(h1(page)).toHaveText('Roadmap');
  const last = roadmap.phases.at(-1);
  await expect(
    main(page).getByText(
      `Your overall score is ${roadmap.now.overall} out of ${TOP} now. If every item reaches its level, it will be ${last.scores.overall} at the end of ${last.phase.label}, and ${roadmap.target.overall} with every item at its target.`,
      { exact: true },
    ),
  ).toBeVisible();
  expect(await readTable(projectionTable(page))).toEqual(projectionRows(roadmap));

  // The phases, in order, each with its end date (quarters only), effort, score and items.
  await expect(phaseCards(page)).toHaveCount(roadmap.phases.length);
  for (const [index, expected] of roadmap.phases.entries()) {
    const card = phaseCards(page).nth(index);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(expected.phase.label);
    if (expected.phase.ends) await expect(card.locator('.hint').first()).toHaveText(`Ends ${expected.phase.ends}`);
    else await expect(card.getByText(/^Ends /)).toHaveCount(0);
    await expect(card.getByRole('term')).toHaveText(['Effort', 'Overall score at the end']);
    await expect(card.getByRole('definition')).toHaveText([expected.effort, `${expected.scores.overall} out of ${TOP}`]);
    expect(await readItems(card.locator('li.roadmap__item')), expected.phase.label).toEqual(expected.items.map(roadmapItem));
  }
  await expect(main(page).getByRole('heading', { level: 3, name: 'Not in a phase yet', exact: true })).toHaveCount(roadmap.unphased.length ? 1 : 0);
  expect(await readItems(unphasedItems(page)), 'not in a phase yet').toEqual(roadmap.unphased.map(roadmapItem));
}

/** Checks the roadmap chart is drawn at the screen's density on `background`; returns its pixels as a data URL. */
async function expectChartDrawn(page, testInfo, { background, phases, area }) {
  const canvas = roadmapChart(page);
  await expect(canvas).toHaveAttribute('aria-label', roadmapChartName(phases, area));
  await expect.poll(async () => (await canvas.evaluate(inspectCanvas)).colours, { message: 'the roadmap chart has been drawn' }).toContain(background);
  const drawn = await canvas.evaluate(inspectCanvas);
  const dpr = testInfo.project.use.deviceScaleFactor ?? 1;
  expect(drawn.dpr).toBe(dpr);
  expect(drawn.cssWidth).toBeGreaterThan(200);
  expect(drawn.width).toBe(Math.round(drawn.cssWidth * dpr));
  expect(drawn.height).toBe(Math.round(drawn.cssHeight * dpr));
  expect(drawn.colours.length, `several colours: ${drawn.colours.join(' ')}`).toBeGreaterThanOrEqual(3);
  // A line chart is mostly background; the lines, grid and labels cover the rest.
  expect(drawn.dominantShare, 'the background does not cover the whole canvas').toBeLessThan(0.99);
  return canvas.evaluate((c) => c.toDataURL());
}

// ---------------------------------------------------------------------------------------------
// 1. Phase, effort and level to reach on the plan; the roadmap they make.

test('plan: phase, effort and level to reach are saved at once and kept; a bad number of days is refused; the roadmap shows the projection', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(120_000);
  await seedSavedResults(page, [seededFile()], `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  await expect(planItems(page).getByRole('heading', { level: 2 })).toHaveText(GAP_ORDER.map((id) => statementById(id).text));

  // Nothing in a phase yet: the roadmap says so and sends the person back.
  await main(page).getByRole('link', { name: 'See the roadmap' }).click();
  await expect(page).toHaveURL(new RegExp(`#/roadmap/${ID}$`));
  await expect(h1(page)).toHaveText('Roadmap');
  await expect(main(page).getByText(/^No item has a phase yet\./)).toBeVisible();
  await expect(phaseCards(page)).toHaveCount(0);
  await expect(projectionTable(page)).toHaveCount(0);
  await main(page).getByRole('link', { name: 'Go to the action plan' }).click();
  await expect(h1(page)).toHaveText('Action plan');

  // The fields on offer: this quarter and the seven after it; the sizes; the levels from one
  // above the current level to the target, one above by default; none for "Don't know".
  for (const id of GAP_ORDER) {
    expect(await optionTexts(field(page, id, 'Phase')), id).toEqual(['Not planned yet', ...QUARTERS.map((q) => q.label)]);
    await expect(field(page, id, 'Phase')).toHaveValue('');
    expect(await optionTexts(field(page, id, 'Effort')), id).toEqual(['Not given', 'Small', 'Medium', 'Large', 'A number of days']);
    await expect(field(page, id, 'Days of work')).toHaveCount(0);
  }
  expect(await field(page, 'data-1', 'Phase').locator('option').evaluateAll((os) => os.map((o) => o.value))).toEqual(['', ...QUARTERS.map((q) => q.code)]);
  await expect(field(page, 'inclusion-3', 'Level to reach in this phase')).toHaveCount(0);
  expect(await optionTexts(field(page, 'data-1', 'Level to reach in this phase'))).toEqual([3, 4, 5].map(levelText));
  expect(await selectedText(field(page, 'data-1', 'Level to reach in this phase'))).toBe(levelText(3));
  expect(await optionTexts(field(page, 'connectivity-1', 'Level to reach in this phase'))).toEqual([2, 3].map(levelText));
  expect(await optionTexts(field(page, 'services-2', 'Level to reach in this phase'))).toEqual([levelText(5)]);

  // Phases, a level to reach and sizes; each saved as soon as it is chosen.
  await field(page, 'services-2', 'Phase').selectOption({ label: THIS_QUARTER.label });
  await field(page, 'security-and-resilience-1', 'Phase').selectOption({ label: THIS_QUARTER.label });
  await field(page, 'security-and-resilience-1', 'Effort').selectOption({ label: 'Small' });
  await field(page, 'data-1', 'Phase').selectOption({ label: NEXT_QUARTER.label });
  await field(page, 'data-1', 'Level to reach in this phase').selectOption({ label: levelText(4) });
  await field(page, 'inclusion-3', 'Phase').selectOption({ label: NEXT_QUARTER.label });
  await field(page, 'connectivity-2', 'Effort').selectOption({ label: 'Large' });
  // So far: everything but services-2's effort and data-2's.
  const soFar = { ...WORK, 'services-2': { phase: THIS_QUARTER.code } };
  delete soFar['data-2'];
  await expect.poll(async () => (await storedPlan(page))?.entries).toEqual(stored(soFar));

  // A number of days: the field appears; nothing is saved until it holds a whole number 1–999.
  await field(page, 'services-2', 'Effort').selectOption({ label: 'A number of days' });
  const days = field(page, 'services-2', 'Days of work');
  await expect(days).toBeVisible();
  await expect(days).toHaveValue('');
  const error = planItem(page, 'services-2').locator('.error-message');
  await expect(error).toHaveCount(0);
  for (const bad of ['0', 'abc', '1000', '2.5', '-3']) {
    await days.fill(bad);
    await expect(error, `"${bad}" is refused`).toHaveText(`Error: ${DAYS_ERROR}`);
    expect((await storedPlan(page)).entries['services-2'], `"${bad}" is not saved`).toEqual({ status: 'not_started', phase: THIS_QUARTER.code });
  }
  await checkA11y(page, 'action plan with phases, efforts and a days error');
  await days.fill('5');
  await expect(error).toHaveCount(0);
  // An effort in days at the boundary of medium, on an item with no phase. Choosing days takes
  // a size away at once (the page no longer shows it), and emptying the days field takes them away.
  await field(page, 'data-2', 'Effort').selectOption({ label: 'Large' });
  await expect.poll(async () => (await storedPlan(page))?.entries['data-2']).toEqual({ status: 'not_started', effort: 'large' });
  await field(page, 'data-2', 'Effort').selectOption({ label: 'A number of days' });
  await expect.poll(async () => (await storedPlan(page))?.entries['data-2']).toBeUndefined();
  await field(page, 'data-2', 'Days of work').fill('20');
  await expect.poll(async () => (await storedPlan(page))?.entries).toEqual(stored(WORK));
  await field(page, 'data-2', 'Days of work').fill('');
  await expect.poll(async () => (await storedPlan(page))?.entries['data-2']).toBeUndefined();
  await field(page, 'data-2', 'Days of work').fill('20');
  await expect.poll(async () => (await storedPlan(page))?.entries).toEqual(stored(WORK));
  await checkA11y(page, 'action plan with phases and efforts');

  // After a reload, every choice is still there.
  await page.reload();
  await expect(h1(page)).toHaveText('Action plan');
  await expect(planItems(page).getByRole('heading', { level: 2 })).toHaveText(GAP_ORDER.map((id) => statementById(id).text));
  for (const id of GAP_ORDER) {
    const entry = WORK[id] ?? {};
    await expect(field(page, id, 'Phase'), `${id}: phase`).toHaveValue(entry.phase ?? '');
    const size = entry.effort === undefined ? '' : entry.effort in SIZES ? entry.effort : 'days';
    await expect(field(page, id, 'Effort'), `${id}: effort`).toHaveValue(size);
    if (size === 'days') await expect(field(page, id, 'Days of work'), `${id}: days`).toHaveValue(String(daysIn(entry.effort)));
    else await expect(field(page, id, 'Days of work'), `${id}: no days field`).toHaveCount(0);
  }
  expect(await selectedText(field(page, 'services-2', 'Phase'))).toBe(THIS_QUARTER.label);
  expect(await selectedText(field(page, 'data-1', 'Phase'))).toBe(NEXT_QUARTER.label);
  await expect(field(page, 'data-1', 'Level to reach in this phase')).toHaveValue('4');
  await expect(field(page, 'connectivity-1', 'Level to reach in this phase')).toHaveValue('2');
  expect((await storedPlan(page)).entries).toEqual(stored(WORK));

  // The roadmap.
  await main(page).getByRole('link', { name: 'See the roadmap' }).click();
  await expect(page).toHaveURL(new RegExp(`#/roadmap/${ID}$`));
  await expectRoadmap(page, ROADMAP);

  // On a phone the phases are stacked; on a wide screen they sit side by side.
  const [first, second] = [await phaseCards(page).nth(0).boundingBox(), await phaseCards(page).nth(1).boundingBox()];
  if (isWide(testInfo)) {
    expect(Math.abs(second.y - first.y), 'side by side: the same top').toBeLessThan(1);
    expect(second.x, 'side by side: the second to the right of the first').toBeGreaterThanOrEqual(first.x + first.width);
  } else {
    expect(Math.abs(second.x - first.x), 'stacked: the same left edge').toBeLessThan(1);
    expect(second.y, 'stacked: the second below the first').toBeGreaterThanOrEqual(first.y + first.height);
  }

  // The chart: drawn; choosing an outcome adds its line and names it.
  const overallOnly = await expectChartDrawn(page, testInfo, { background: '255,255,255,255', phases: 2 });
  await main(page).getByLabel('Also show one outcome', { exact: true }).selectOption({ label: 'Data' });
  await expect(roadmapChart(page)).toHaveAttribute('aria-label', roadmapChartName(2, 'Data'));
  await expect.poll(() => roadmapChart(page).evaluate((c) => c.toDataURL()), { message: 'the chart is redrawn with Data' }).not.toBe(overallOnly);
  await checkA11y(page, 'roadmap, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectChartDrawn(page, testInfo, { background: '27,29,31,255', phases: 2, area: 'Data' });
  await checkA11y(page, 'roadmap, dark');
});

// ---------------------------------------------------------------------------------------------
// 2. Ranking by value for effort; naming the phases now, next and later.

const RULE_COMMON =
  'Statements answered “Don’t know” come first: find out where you stand before acting. The gap is your target level minus your current level; where no target is set, the target is the top of the scale. The weight is the importance given to the statement’s area.';
const RULE_END =
  'Ties go to the lower current level. Statements already at their target, and those not applicable, are left out. You can move items up and down: your order is kept until you choose a rule again.';
const RULES = {
  gap: `${RULE_COMMON} The rest are ranked by gap × weight. ${RULE_END}`,
  value: `${RULE_COMMON} The rest are ranked by value for effort: gap × weight divided by the effort, counting small as 1, medium as 2 and large as 3 (an effort in days counts as small up to 5 days, medium up to 20, large beyond). Items with no effort given come after those with one, ranked by gap × weight. ${RULE_END}`,
};

test('plan: value for effort re-ranks the plan (setting aside the person’s order); now, next and later rename the phases', async ({ page, checkA11y }) => {
  test.setTimeout(90_000);
  // The work programme, with two more phases: connectivity-2 in a quarter already over (a year
  // before this one, as in a plan made last year) and connectivity-1 three quarters on.
  const LAST_YEAR = quarter(Number(THIS_QUARTER.code.slice(0, 4)) - 1, Number(THIS_QUARTER.code.slice(-1)));
  const entries = {
    ...WORK,
    'connectivity-2': { ...WORK['connectivity-2'], phase: LAST_YEAR.code },
    'connectivity-1': { phase: QUARTERS[3].code },
  };
  // The person had moved security-and-resilience-1 to the top.
  const order = ['security-and-resilience-1'];
  await seedSavedResults(page, [seededFile({ plan: { entries: stored(entries), order } })], `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  const headings = planItems(page).getByRole('heading', { level: 2 });
  const texts = (ids) => ids.map((id) => statementById(id).text);
  await expect(headings).toHaveText(texts(idsOf(planOf({ entries, order }))));
  // A quarter no longer offered stays on offer for the item that has it.
  expect(await optionTexts(field(page, 'connectivity-2', 'Phase'))).toEqual(['Not planned yet', LAST_YEAR.label, ...QUARTERS.map((q) => q.label)]);
  await expect(field(page, 'connectivity-2', 'Phase')).toHaveValue(LAST_YEAR.code);
  const ranking = main(page).getByRole('group', { name: 'Rank the plan by' });
  await expect(ranking.getByRole('radio')).toHaveCount(2);
  await expect(ranking.getByRole('radio', { name: 'Gap × weight', exact: true })).toBeChecked();
  await main(page).getByText('How the plan is ranked', { exact: true }).click();
  const rule = main(page).locator('details').filter({ hasText: 'How the plan is ranked' }).locator('.details__text');
  await expect(rule).toHaveText(RULES.gap);

  // Value for effort: a new order, the rule in words, the person's order set aside.
  await ranking.getByRole('radio', { name: 'Value for effort', exact: true }).check();
  await expect(headings).toHaveText(texts(VALUE_ORDER));
  await expect(rule).toHaveText(RULES.value);
  for (const [index, id] of VALUE_ORDER.entries()) {
    await expect(planItem(page, id).getByText(`${index + 1}. ${statementById(id).area.title}`, { exact: true })).toBeVisible();
  }
  await expect.poll(async () => {
    const plan = await storedPlan(page);
    return { ranking: plan.ranking, order: plan.order };
  }).toEqual({ ranking: 'value_for_effort', order: undefined });
  await page.reload();
  await expect(headings).toHaveText(texts(VALUE_ORDER));
  await expect(main(page).getByRole('group', { name: 'Rank the plan by' }).getByRole('radio', { name: 'Value for effort', exact: true })).toBeChecked();

  // Now, next and later: last year's quarter and this one become Now, the next one Next, the
  // one after Later.
  const phasing = main(page).getByRole('group', { name: 'Name the phases as' });
  await expect(phasing.getByRole('radio', { name: 'Financial-year quarters (Q1 is April to June)', exact: true })).toBeChecked();
  await phasing.getByRole('radio', { name: 'Now, next and later', exact: true }).check();
  const renamed = toHorizons(entries);
  expect(Object.fromEntries(Object.entries(renamed).filter(([, e]) => e.phase).map(([id, e]) => [id, e.phase]))).toEqual({
    'services-2': 'now', 'security-and-resilience-1': 'now', 'connectivity-2': 'now', 'data-1': 'next', 'inclusion-3': 'next', 'connectivity-1': 'later',
  });
  await expect.poll(async () => (await storedPlan(page)).entries).toEqual(stored(renamed));
  expect((await storedPlan(page)).phasing).toBe('now_next_later');
  // Each item's Phase field follows at once. (Soft: when it does not, the rest still runs.)
  const phaseFields = async () =>
    Promise.all(VALUE_ORDER.map(async (id) => ({ id, options: await optionTexts(field(page, id, 'Phase')), value: await field(page, id, 'Phase').inputValue() })));
  const expectedFields = VALUE_ORDER.map((id) => ({ id, options: ['Not planned yet', 'Now', 'Next', 'Later'], value: renamed[id]?.phase ?? '' }));
  await expect.soft.poll(phaseFields, { message: 'the Phase fields offer Now, Next and Later as soon as they are chosen', timeout: 3_000 }).toEqual(expectedFields);
  // And after a reload.
  await page.reload();
  await expect(h1(page)).toHaveText('Action plan');
  expect(await phaseFields(), 'the Phase fields after a reload').toEqual(expectedFields);
  await checkA11y(page, 'action plan, value for effort, now/next/later');

  // The roadmap follows: headings Now, Next and Later, no end dates, items in the new order.
  await main(page).getByRole('link', { name: 'See the roadmap' }).click();
  const roadmap = roadmapOf(planOf({ entries: renamed, ranking: 'value_for_effort' }));
  expect(roadmap.phases.map((p) => p.phase.label)).toEqual(['Now', 'Next', 'Later']);
  await expectRoadmap(page, roadmap);
  // The scores do not depend on what the phases are called.
  expect(projectionRows(roadmap).slice(1)).toEqual(projectionRows(roadmapOf(planOf({ entries }))).slice(1).map((row) => {
    // Last year's quarter and this one are one phase now: drop the column of the first.
    return [row[0], row[1], ...row.slice(3)];
  }));
});

// ---------------------------------------------------------------------------------------------
// 3. The plan CSV.

const PLAN_HEADER = [
  'Rank', 'Area', 'Statement', 'Action', 'Current level', 'Level to reach', 'Target level', 'Priority', 'Next step', 'Phase', 'Effort', 'Status', 'Owner', 'Due',
];

function planCsvRows(items) {
  return items.map((item, index) => [
    String(index + 1),
    item.statement.area.title,
    item.statement.text,
    item.findOut ? 'Find out' : 'Improve',
    item.findOut ? '' : String(item.current),
    item.findOut ? '' : String(item.reach),
    item.findOut ? '' : String(item.target),
    item.findOut ? 'First' : (item.worth / 100).toFixed(1),
    item.findOut ? '' : item.statement.levels[item.current - 1].next_step,
    item.entry.phase ? phaseOf(item.entry.phase).label : '',
    item.entry.effort ? effortLabel(item.entry.effort) : '',
    { not_started: 'Not started', in_progress: 'In progress', done: 'Done' }[item.entry.status ?? 'not_started'],
    item.entry.owner ?? '',
    item.entry.due ?? '',
  ]);
}

/** A downloaded CSV: a UTF-8 byte order mark, CRLF records, exactly `header` + `rows`. */
function expectCsv(bytes, header, rows) {
  expect([...bytes.subarray(0, 3)], 'a UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n'), 'the last record ends with CRLF').toBe(true);
  const records = parseCsv(text.slice(1));
  expect(records[0]).toEqual(header);
  expect(records.slice(1)).toEqual(rows);
}

test('plan CSV: phase, effort and level to reach for each item', async ({ page }, testInfo) => {
  const entries = { ...stored(WORK), 'services-2': { status: 'in_progress', owner: 'Sam Jones', due: '2027-03-31', phase: THIS_QUARTER.code, effort: '5 days' } };
  await seedSavedResults(page, [seededFile({ plan: { entries } })], `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  const download = main(page).getByRole('button', { name: 'Download the plan (CSV)' });
  let csv = await downloadFrom(page, download, testInfo);
  expect(csv.name).toBe(`almanac-${FW.id}-action-plan-2026-11-20.csv`);
  expectCsv(csv.bytes, PLAN_HEADER, planCsvRows(planOf({ entries })));

  // Ranked by value for effort, with the phases named now / next / later.
  await main(page).getByRole('radio', { name: 'Value for effort', exact: true }).check();
  await main(page).getByRole('radio', { name: 'Now, next and later', exact: true }).check();
  await expect.poll(async () => (await storedPlan(page)).entries['services-2'].phase).toBe('now');
  csv = await downloadFrom(page, download, testInfo);
  expectCsv(csv.bytes, PLAN_HEADER, planCsvRows(planOf({ entries: toHorizons(entries), ranking: 'value_for_effort' })));
});

// ---------------------------------------------------------------------------------------------
// 4. The printed report.

test('printed report: a Roadmap section with the phases and the projected overall scores, only when a phase is set', async ({ page }, testInfo) => {
  test.skip(!isWide(testInfo), 'printing is checked once, in desktop Chromium');
  test.setTimeout(90_000);
  const unplanned = seededFile({ id: 'e2e-roadmap-unplanned' });
  await seedSavedResults(page, [seededFile({ plan: { entries: stored(WORK) } }), unplanned], `#/report/${unplanned.assessment.id}`);
  await expect(h1(page)).toHaveText(TITLE);
  await expect(main(page).getByRole('heading', { level: 2, name: 'Action plan', exact: true })).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 2, name: 'Roadmap', exact: true })).toHaveCount(0);

  await openApp(page, `#/report/${ID}`);
  await expect(h1(page)).toHaveText(TITLE);
  await expect(main(page).getByRole('heading', { level: 2, name: 'Roadmap', exact: true })).toBeVisible();
  expect(await readTable(projectionTable(page))).toEqual(projectionRows(ROADMAP));
  await expect(phaseCards(page).getByRole('heading', { level: 3 })).toHaveText(ROADMAP.phases.map((p) => p.phase.label));
  await expectChartDrawn(page, testInfo, { background: '255,255,255,255', phases: 2 });

  const work = await mkdtemp(path.join(tmpdir(), 'almanac-roadmap-pdf-'));
  try {
    const pdf = path.join(work, 'report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await testInfo.attach('report.pdf', { path: pdf, contentType: 'application/pdf' });
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const flat = text.replace(/\s+/g, ' ');
    const start = flat.indexOf('Roadmap The action plan in phases');
    expect(start, 'the PDF has the Roadmap section').toBeGreaterThan(0);
    const roadmap = flat.slice(start);
    const expected = [
      `Projected scores out of ${TOP}: overall and for each outcome, if every item reaches its level`,
      ...ROADMAP.phases.map((p) => `End of ${p.phase.label}`),
      'Every item at its target',
      ...ROADMAP.phases.flatMap((p) => [
        p.phase.label,
        `Ends ${p.phase.ends}`,
        p.effort,
        `Overall score at the end: ${p.scores.overall} out of ${TOP}`,
      ]),
      'Not in a phase yet',
    ];
    for (const phrase of expected) expect(roadmap, `the Roadmap section has "${phrase}"`).toContain(phrase);
    // The projection's overall row, in column order.
    const overallRow = ['Overall', ROADMAP.now.overall, ...ROADMAP.phases.map((p) => p.scores.overall), ROADMAP.target.overall].join(' ');
    expect(roadmap).toContain(overallRow);
    expect(roadmap, 'the chart\'s area picker is not printed').not.toContain('Also show one outcome');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// 5. A year on: re-assessing, and what became of the last plan.

test('re-assessment: what became of the last plan, and the plan delivered beside each answer', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(90_000);
  // The last plan: security-and-resilience-1 done, services-2 in progress, the rest not started.
  const entries = {
    ...stored(WORK),
    'security-and-resilience-1': { ...stored(WORK)['security-and-resilience-1'], status: 'done' },
    'services-2': { ...stored(WORK)['services-2'], status: 'in_progress' },
  };
  const original = seededFile({ plan: { entries } });
  await seedSavedResults(page, [original], '#/saved');
  await expect(savedItems(page)).toHaveCount(1);
  await savedItems(page).first().getByRole('button', { name: 'Re-assess from a copy', exact: true }).click();
  await expect(page).toHaveURL(/#\/assessment\/[a-z0-9-]+$/);
  const copyId = page.url().match(/#\/assessment\/([a-z0-9-]+)$/)[1];
  expect(copyId).not.toBe(ID);

  // On the new assessment, security-and-resilience-1 goes up a level, from 3 to 4.
  const raised = statementById('security-and-resilience-1');
  await taskLink(page, raised.area).click();
  await ratingRadio(page, FW, raised, 4).check();
  await expect(savedStatus(page)).toHaveText(SAVED_STATUS);
  const copy = (await storedAssessments(page))[copyId].assessment;
  expect(copy.previous).toBe(ID);
  expect(copy.plan).toBeUndefined();
  const before = Object.fromEntries(STATEMENTS.map((s) => [s.id, answerTo(s.id).rating]));
  const after = { ...before, [raised.id]: 4 };
  const moved = (id) => {
    const [b, a] = [before[id], after[id]];
    if (typeof b !== 'number' || typeof a !== 'number') return 'Cannot compare';
    return a > b ? `Up ${a - b}` : a < b ? `Down ${b - a}` : 'Same';
  };
  const statusLabel = (id) => ({ not_started: 'Not started', in_progress: 'In progress', done: 'Done' })[entries[id]?.status ?? 'not_started'];

  // The new assessment's plan: every item of the last plan, in its order, with its status then
  // and the answers then and now.
  await openApp(page, `#/plan/${copyId}`);
  await expect(h1(page)).toHaveText('Action plan');
  const lastPlan = planOf({ entries });
  const section = main(page).getByRole('region', { name: 'What became of the last plan' });
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('What became of the last plan');
  const done = lastPlan.filter((item) => entries[item.statement.id]?.status === 'done').length;
  const up = lastPlan.filter((item) => moved(item.statement.id).startsWith('Up')).length;
  await expect(section.getByText(
    `The plan of your earlier assessment, “${TITLE}” (20 November 2026), had ${lastPlan.length} items: ${done} marked done, and ${up} whose answer has moved up since.`,
    { exact: true },
  )).toBeVisible();
  // Each item heads its own row group: the statement, then how it was marked and its answers.
  const delivered = lastPlan.flatMap(({ statement }) => [
    [`${statement.text} (${statement.area.title})`],
    [statusLabel(statement.id), ratingLabel(before[statement.id]), ratingLabel(after[statement.id]), moved(statement.id)],
  ]);
  // The item marked done whose answer went up a level reads so.
  const raisedAt = delivered.findIndex((row) => row[0] === `${raised.text} (${raised.area.title})`);
  expect(delivered[raisedAt + 1]).toEqual(['Done', ratingLabel(3), ratingLabel(4), 'Up 1']);
  expect(await readTable(main(page).locator('#plan-delivered'))).toEqual([['Marked as', 'Answer then', 'Answer now', 'Moved'], ...delivered]);
  await checkA11y(page, 'a re-assessment’s action plan with the last plan');

  // The earlier assessment's own plan page has no earlier plan to look back on.
  await openApp(page, `#/plan/${ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  await expect(main(page).getByRole('heading', { name: 'What became of the last plan' })).toHaveCount(0);

  // Side by side: the status the last plan gave each statement ("Not in the plan" otherwise).
  await openApp(page, `#/compare/${ID}/${copyId}`);
  await expect(h1(page)).toHaveText('Two assessments side by side');
  const inPlan = new Set(idsOf(lastPlan));
  const table = main(page).getByRole('table', { name: 'Each statement’s answer, and the status the earlier assessment’s action plan gave it', exact: true });
  expect(await readTable(table)).toEqual([
    ['Earlier', 'Later', 'Change', 'Plan delivered'],
    ...STATEMENTS.flatMap((s) => [
      [`${s.text} (${s.area.title})`],
      [ratingLabel(before[s.id]), ratingLabel(after[s.id]), moved(s.id), inPlan.has(s.id) ? statusLabel(s.id) : 'Not in the plan'],
    ]),
  ]);
  const tally = (kind) => STATEMENTS.filter((s) => moved(s.id).startsWith(kind)).length;
  const statements = (n) => (n === 1 ? '1 statement' : `${n} statements`);
  await expect(main(page).getByText(
    `${statements(tally('Up'))} went up, ${statements(tally('Down'))} went down and ${statements(tally('Same'))} stayed the same.`,
    { exact: true },
  )).toBeVisible();
  await checkA11y(page, `${testInfo.project.name}: side by side with the plan delivered`);
});
