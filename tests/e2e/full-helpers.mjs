// Helpers for the full-assessment specs (full-assessment.spec.mjs, custom-framework.spec.mjs):
// the built-in frameworks read from the files the app is built with, scores worked out here
// independently of the app, assessment files for seeding storage, and steps through the UI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures.mjs';
import { DONT_KNOW, NOT_APPLICABLE, afterPendingWrites, formatMean, h1, main, weightedMean } from './helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadFramework(name) {
  return JSON.parse(readFileSync(path.join(ROOT, 'frameworks', `${name}.json`), 'utf8'));
}

export const OUTCOMES = loadFramework('digitalisation-outcomes');
export const CAPABILITIES = loadFramework('digital-capabilities');
export const BY_DEFAULT = loadFramework('digital-by-default');

export function statementsOf(framework) {
  return framework.areas.flatMap((area) => area.statements.map((statement, index) => ({ ...statement, area, number: index + 1 })));
}

/** The radio's label for a rating: a level's name, or the scale's "Don't know" / "Not applicable". */
export function ratingLabel(framework, rating) {
  if (rating === DONT_KNOW) return framework.scale.dont_know;
  if (rating === NOT_APPLICABLE) return framework.scale.not_applicable;
  return framework.scale.levels.find((level) => level.value === rating).name;
}

/** How check answers and the result table word a rating: "3: Planned and growing", "Don't know". */
export function ratingText(framework, rating) {
  return typeof rating === 'number' ? `${rating}: ${ratingLabel(framework, rating)}` : ratingLabel(framework, rating);
}

/** The rating radios' order on the page: the levels, then "Don't know", then "Not applicable". */
export function ratingIndex(framework, rating) {
  if (rating === DONT_KNOW) return framework.scale.levels.length;
  if (rating === NOT_APPLICABLE) return framework.scale.levels.length + 1;
  return rating - 1;
}

/**
 * The result page's scores, worked out here: [area title, score] rows and the overall score.
 * An area's score is the mean of its levels ("Don't know" and "Not applicable" left out), worked
 * out exactly: it can be an exact tie (13 / 4 = 3.25), which Rust's `{:.1}` rounds to the even
 * digit as `formatMean` does. The overall score is the mean of the area scores weighted by each
 * area's weight in the framework file (`weightedMean`, which refuses a tie the app's f64 could
 * print either way). `ratings` maps statement id -> level | DONT_KNOW | NOT_APPLICABLE.
 */
export function expectedScores(framework, ratings) {
  const areas = framework.areas.map((area) => {
    const levels = area.statements.map((s) => ratings[s.id]).filter((r) => typeof r === 'number');
    const sum = levels.reduce((a, b) => a + b, 0);
    return { title: area.title, sum, count: levels.length, weight: area.weight ?? 1, row: [area.title, formatMean(sum, levels.length)] };
  });
  const overall = areas.some((a) => a.count > 0) ? weightedMean(areas) : null;
  return { overall, rows: areas.map((a) => a.row) };
}

/**
 * An assessment file as Almanac stores and downloads it (src/domain/exchange.rs).
 * `answers` maps statement id -> a rating, or a whole answer { rating, target, evidence, confidence }.
 */
export function fullAssessmentFile({
  framework,
  id,
  answers = {},
  details,
  created = '2026-11-20T10:00:00Z',
  updated = created,
  completed,
  previous,
}) {
  const assessment = {
    id,
    framework: { id: framework.id, version: framework.version },
    created,
    updated,
    ...(completed ? { completed } : {}),
    position: 0,
    answers: Object.fromEntries(
      Object.entries(answers).map(([statement, answer]) => [statement, typeof answer === 'object' ? answer : { rating: answer }]),
    ),
    ...(details ? { details } : {}),
    ...(previous ? { previous } : {}),
  };
  return { format: 'almanac.assessment', schema_version: 1, assessment };
}

/** Every saved assessment's stored file, by id, read straight from local storage. */
export async function storedAssessments(page) {
  await afterPendingWrites(page);
  return page.evaluate(() =>
    Object.fromEntries(
      Object.entries(localStorage)
        .filter(([key]) => key.startsWith('almanac.assessment.'))
        .map(([key, value]) => [key.slice('almanac.assessment.'.length), JSON.parse(value)]),
    ),
  );
}

/** Ratings only, from a stored file's answers. */
export function ratingsOf(file) {
  return Object.fromEntries(
    Object.entries(file.assessment.answers).filter(([, a]) => a.rating !== undefined).map(([id, a]) => [id, a.rating]),
  );
}

/** "23 November 2026": today as the app writes a date (the browser runs in this machine's time zone). */
export function longToday() {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

export const SAVED_STATUS = /^Saved on this device at (1[0-2]|[1-9]):[0-5]\d(am|pm)$/;

// ---------------------------------------------------------------------------------------------
// Steps through the UI.

export const isWide = (testInfo) => testInfo.project.name === 'desktop';

/** Presses Tab (or Shift+Tab) until `target` has focus, failing after `limit` presses. */
export async function tabTo(page, target, { limit = 20, backwards = false } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** A statement's level question: a fieldset named by the statement's text. */
export function statementGroup(page, statement) {
  return main(page).getByRole('group', { name: statement.text, exact: true });
}

/**
 * Everything asked about one statement (level, target, evidence, confidence). On a wide screen
 * each statement is a <section> holding its fieldset; on a phone the page holds one statement.
 */
export function statementBlock(page, statement) {
  // `has` is matched inside each section, so it starts from the page, not from <main>.
  const group = page.getByRole('group', { name: statement.text, exact: true });
  return main(page).locator('section').filter({ has: group }).or(
    main(page).filter({ has: page.getByRole('heading', { level: 1, name: statement.text, exact: true }) }),
  );
}

export function ratingRadio(page, framework, statement, rating) {
  return statementGroup(page, statement).getByRole('radio', { name: ratingLabel(framework, rating), exact: true });
}

export const targetSelect = (page, statement) => statementBlock(page, statement).getByLabel('Target level in 12 months (optional)');
export const evidenceBox = (page, statement) => statementBlock(page, statement).getByLabel('Evidence (optional)');
export const confidenceRadio = (page, statement, label) =>
  statementBlock(page, statement)
    .getByRole('group', { name: 'How confident are you in this answer? (optional)' })
    .getByRole('radio', { name: label, exact: true });

export const savedStatus = (page) => main(page).getByRole('status');

/** Waits for the overview (task list) of an assessment. */
export async function expectOverview(page, { title, completed, total, areaNames }) {
  await expect(page).toHaveURL(/#\/assessment\/[a-z0-9-]+$/);
  await expect(h1(page)).toHaveText(title);
  await expect(main(page).getByRole('heading', { level: 2, name: `You have completed ${completed} of ${total} ${areaNames}` })).toBeVisible();
}

/** The task list link for an area; its accessible description is the area's status. */
export function taskLink(page, area) {
  return main(page).getByRole('list').getByRole('link', { name: area.title, exact: true });
}

/** Checks every area's status on the task list: `statuses` maps area id -> status ('Not started' by default). */
export async function expectStatuses(page, framework, statuses = {}) {
  for (const area of framework.areas) {
    await expect(taskLink(page, area), area.title).toHaveAccessibleDescription(statuses[area.id] ?? 'Not started');
  }
}

/**
 * Answers an area by pointer (clicks), on either layout, then returns to the overview.
 * `answers` maps statement id -> rating or { rating, target, evidence, confidence: 'Low' | 'Medium' | 'High' }.
 */
export async function answerAreaByClicks(page, framework, area, answers, { wide }) {
  for (const [index, statement] of area.statements.entries()) {
    const given = answers[statement.id];
    const answer = typeof given === 'object' ? given : { rating: given };
    if (!wide) await expect(h1(page)).toHaveText(statement.text);
    if (answer.rating !== undefined) {
      await ratingRadio(page, framework, statement, answer.rating).check();
      await expect(ratingRadio(page, framework, statement, answer.rating)).toBeChecked();
    }
    if (answer.target !== undefined) await targetSelect(page, statement).selectOption(String(answer.target));
    if (answer.evidence !== undefined) await evidenceBox(page, statement).fill(answer.evidence);
    if (answer.confidence !== undefined) await confidenceRadio(page, statement, answer.confidence).check();
    await expect(savedStatus(page)).toHaveText(SAVED_STATUS);
    if (!wide && index < area.statements.length - 1) {
      await main(page).getByRole('link', { name: 'Continue', exact: true }).click();
    }
  }
  await main(page).getByRole('link', { name: 'Save and return to the overview' }).click();
  await expect(page).toHaveURL(/#\/assessment\/[a-z0-9-]+$/);
}

// ---------------------------------------------------------------------------------------------
// An area's challenges and good practice, shown once per area after the action plan.

const counted = (count, one, many) => `${count} ${count === 1 ? one : many}`;

/** The summary of an area's help: "Inclusion: 4 challenges, 2 examples" (a count of 0 left out). */
export function areaHelpSummary(area) {
  const counts = [
    [area.challenges?.length ?? 0, 'challenge', 'challenges'],
    [area.examples?.length ?? 0, 'example', 'examples'],
  ].filter(([count]) => count > 0);
  return `${area.title}: ${counts.map(([count, one, many]) => counted(count, one, many)).join(', ')}`;
}

/** The <details> holding an area's help on the action plan. */
export function areaHelp(page, area) {
  return main(page).locator('details').filter({ has: page.locator('summary').getByText(areaHelpSummary(area), { exact: true }) });
}

/**
 * How an example reads, its label first ("Example" for a real case, with "Source: <title>" from
 * the framework's sources under it; "Illustration" for an invented one). Compare with
 * `toHaveText(…, { useInnerText: true })`: the source is a line of its own.
 */
export function exampleText(framework, example) {
  const label = example.kind === 'example' ? 'Example' : 'Illustration';
  const source = example.source ? framework.sources.find((s) => s.id === example.source) : null;
  if (example.source) expect(source, `source ${example.source} is in ${framework.id}'s sources`).toBeTruthy();
  return `${label} ${example.text}${source ? ` Source: ${source.title}` : ''}`;
}

/** A weight as the app writes it: 1, 1.5, 0.25. */
export const weightText = (weight) => String(Number(weight.toFixed(2)));

/**
 * "How the score is worked out", on the result page and in the report: the scale's ends, and,
 * when the areas' weights differ, each weight that is not the most common one (the first area's
 * on a tie), in framework order, then the most common. `framework.areas[].weight` may be a
 * person's own weights.
 */
export function scoreExplanation(framework) {
  const noun = framework.area_names.singular;
  const { levels, dont_know: dontKnow, not_applicable: notApplicable } = framework.scale;
  const weights = framework.areas.map((area) => area.weight ?? 1);
  const often = (weight) => weights.filter((w) => w === weight).length;
  const usual = weights.reduce((best, weight) => (often(weight) > often(best) ? weight : best), weights[0]);
  const named = framework.areas.filter((area) => (area.weight ?? 1) !== usual).map((area) => `${area.title} ${weightText(area.weight)}`);
  const overall = named.length
    ? `the overall score is the average of the ${noun} scores, weighted by each ${noun}'s importance (${named.join(', ')}; every other ${noun} ${weightText(usual)})`
    : `the overall score is the average of the ${noun} scores`;
  return (
    `Each answer scores its level, from 1 (${levels[0].name}) to ${levels.length} (${levels.at(-1).name}). ` +
    `Each ${noun}'s score is the average of its answers, and ${overall}. ` +
    `“${dontKnow}” and “${notApplicable}” answers are left out, so they neither raise nor lower a score.`
  );
}

/** Which statements of the built-in frameworks cover the same ground (frameworks/crosswalk.json). */
export const CROSSWALK = JSON.parse(readFileSync(path.join(ROOT, 'frameworks', 'crosswalk.json'), 'utf8'));

/** The statements of other frameworks the crosswalk links to this one: [{ framework, statement }]. */
export function linkedElsewhere(framework, statementId) {
  const link = CROSSWALK.links.find((l) => l.statements.some((s) => s.framework === framework.id && s.statement === statementId));
  return (link?.statements ?? []).filter((s) => s.framework !== framework.id);
}

/** A statement's "Also covered in other frameworks" (a <details>, shown when the crosswalk links it). */
export function alsoCoveredDetails(page, statement) {
  return statementBlock(page, statement)
    .locator('details')
    .filter({ has: page.locator('summary').getByText('Also covered in other frameworks', { exact: true }) });
}
