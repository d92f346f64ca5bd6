// Framework content a digital lead would trust (issue 15), as a person meets it: the action plan's
// challenges, what helps and good practice, once for each area; their own weights for an
// assessment; an assessment made with version 1.0.0 of a framework, opened with its own text and
// re-assessed on the current version; a full assessment started from the quick check through the
// crosswalk; and the quick check's next steps with a common challenge. Everything expected is read
// from the framework files the app is built with, and worked out here, not taken from the app.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  FRAMEWORK as QUICK_CHECK,
  QUESTIONS,
  answerRest,
  expectResult,
  h1,
  main,
  openApp,
  readSavedItem,
  savedItems,
  seedSavedResults,
  startQuickCheck,
  weightedMean,
} from './helpers.mjs';
import {
  BY_DEFAULT,
  CAPABILITIES,
  CROSSWALK,
  OUTCOMES,
  SAVED_STATUS,
  alsoCoveredDetails,
  areaHelp,
  areaHelpSummary,
  exampleText,
  expectOverview,
  expectStatuses,
  fullAssessmentFile,
  isWide,
  linkedElsewhere,
  longToday,
  ratingRadio,
  savedStatus,
  scoreExplanation,
  statementBlock,
  statementGroup,
  statementsOf,
  storedAssessments,
  taskLink,
  weightText,
} from './full-helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (...parts) => JSON.parse(readFileSync(path.join(ROOT, ...parts), 'utf8'));

const OUTCOMES_V1 = readJson('frameworks', 'archive', `${OUTCOMES.id}-${OUTCOMES.previous_version}.json`);
const OLD_FILE = readJson('tests', 'fixtures', 'framework-versions', OUTCOMES.previous_version, `${OUTCOMES.id}.json`);
const TOP = OUTCOMES.scale.levels.length;
const ASSESSMENT_URL = /#\/assessment\/([a-z0-9-]+)$/;

const statementById = (framework, id) => statementsOf(framework).find((s) => s.id === id);
const areaById = (framework, id) => framework.areas.find((area) => area.id === id);

/** Opens a statement from the overview: its area's page on a wide screen, its own page on a phone. */
async function openStatement(page, statement, { wide }) {
  await taskLink(page, statement.area).click();
  if (wide) {
    await expect(h1(page)).toHaveText(statement.area.title);
  } else {
    for (let number = 1; number < statement.number; number += 1) {
      await main(page).getByRole('link', { name: 'Continue', exact: true }).click();
    }
    await expect(h1(page)).toHaveText(statement.text);
  }
  await expect(statementGroup(page, statement)).toBeVisible();
}

/** Back to the overview from a statement opened with `openStatement`. */
async function returnToOverview(page, statement, { wide }) {
  if (wide) {
    await main(page).getByRole('link', { name: 'Save and return to the overview' }).click();
  } else {
    for (let number = statement.number; number >= 1; number -= 1) {
      await main(page).getByRole('link', { name: 'Back', exact: true }).click();
    }
  }
  await expect(page).toHaveURL(ASSESSMENT_URL);
}

/** The start page's choice of a framework's current version (its description ends "Version 2.0.0."). */
const frameworkChoice = (page, framework) =>
  main(page)
    .getByRole('group', { name: 'Which framework do you want to assess against?' })
    .getByRole('radio', { name: framework.title, exact: true, description: new RegExp(`Version ${framework.version.replace(/\./g, '\\.')}\\.$`) });

/** The statement's level radio with this name, whatever its value. */
const namedRadio = (page, statement, name) => statementGroup(page, statement).getByRole('radio', { name, exact: true });

// ---------------------------------------------------------------------------------------------
// (a) and (b): the action plan of an outcomes assessment.

const PLAN_ID = 'e2e-content-plan';
const PLAN_TITLE = 'Anytown outcomes 2026';
// Seven items in four outcomes (two each in Data, Inclusion and Connectivity, one in Services);
// Democracy is at the top of the scale, so not in the plan. Data and Services weigh 1.5.
const PLAN_ANSWERS = {
  'connectivity-1': 2,
  'connectivity-2': 3,
  'data-1': 2,
  'data-2': 4,
  'democracy-1': 5,
  'inclusion-1': 1,
  'inclusion-2': 3,
  'services-4': 3,
};
const PLAN_FILE = fullAssessmentFile({
  framework: OUTCOMES,
  id: PLAN_ID,
  answers: PLAN_ANSWERS,
  details: { title: PLAN_TITLE },
});

/** `OUTCOMES` with a person's own weights (area id -> weight) in place of the framework's. */
function weighted(weights = {}) {
  return { ...OUTCOMES, areas: OUTCOMES.areas.map((area) => ({ ...area, weight: weights[area.id] ?? area.weight ?? 1 })) };
}

/**
 * The plan's statement ids by the ranking rule, for `framework`'s weights: (top of the scale - level)
 * x weight, largest first; ties to the lower level, then framework order. (No targets are set and
 * no answer is "Don't know" here.)
 */
function rankedIds(framework) {
  return statementsOf(framework)
    .map((statement, position) => ({ statement, position, level: PLAN_ANSWERS[statement.id] }))
    .filter((item) => typeof item.level === 'number' && item.level < TOP)
    .map((item) => ({ ...item, priority: (TOP - item.level) * item.statement.area.weight }))
    .sort((a, b) => b.priority - a.priority || a.level - b.level || a.position - b.position)
    .map((item) => item.statement.id);
}

/** The areas of a plan, in the plan's order, once each. */
const areasOf = (framework, ids) => [...new Set(ids.map((id) => statementById(framework, id).area.id))].map((id) => areaById(framework, id));

/** The overall score for the seeded answers with `framework`'s weights. */
function overallOf(framework) {
  return weightedMean(
    framework.areas.map((area) => {
      const levels = area.statements.map((s) => PLAN_ANSWERS[s.id]).filter((level) => typeof level === 'number');
      return { sum: levels.reduce((a, b) => a + b, 0), count: levels.length, weight: area.weight };
    }),
  );
}

const planItems = (page) => main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
const planHeadings = (page) => planItems(page).getByRole('heading', { level: 2 });
const planTexts = (ids) => ids.map((id) => statementById(OUTCOMES, id).text);
const weightsForm = (page) => main(page).locator('details').filter({ has: page.locator('summary').getByText('Change the weights', { exact: true }) });
const weightField = (page, area) => weightsForm(page).getByRole('textbox', { name: area.title, exact: true });
const storedPlanFile = async (page) => (await storedAssessments(page))[PLAN_ID];
const INVALID_WEIGHT = 'Enter a weight more than 0 and at most 100, such as 1.5';

test.beforeAll(() => {
  // The seed gives what the tests below rely on.
  expect(rankedIds(weighted())).toEqual(['data-1', 'inclusion-1', 'connectivity-1', 'services-4', 'connectivity-2', 'inclusion-2', 'data-2']);
  expect(rankedIds(weighted({ inclusion: 2 }))).toEqual(['inclusion-1', 'data-1', 'inclusion-2', 'connectivity-1', 'services-4', 'connectivity-2', 'data-2']);
  expect([overallOf(weighted()), overallOf(weighted({ inclusion: 2 }))]).toEqual(['3.1', '2.9']);
  const kinds = (id) => areaById(OUTCOMES, id).examples.map((example) => example.kind);
  expect(kinds('data'), 'Data has a real example and an illustration').toEqual(expect.arrayContaining(['example', 'illustration']));
  expect(kinds('inclusion'), 'Inclusion has only illustrations').not.toContain('example');
});

test('(a) the action plan shows each area’s challenges, what helps and labelled good practice, once per area', async ({ page, checkA11y }) => {
  await seedSavedResults(page, [PLAN_FILE], `#/result/${PLAN_ID}`);
  await expect(h1(page)).toHaveText(`${PLAN_TITLE} result`);
  await main(page).getByRole('link', { name: 'See the full action plan' }).click();
  await expect(h1(page)).toHaveText('Action plan');
  const ranked = rankedIds(weighted());
  await expect(planHeadings(page)).toHaveText(planTexts(ranked));

  // Nothing under the items themselves; after them, one folded section per area in the plan, in
  // the plan's order, even where the plan has two items of the area.
  await expect(planItems(page)).toHaveCount(ranked.length);
  await expect(planItems(page).locator('details')).toHaveCount(0);
  await expect(main(page).getByRole('heading', { level: 2, name: 'Challenges and good practice', exact: true })).toBeVisible();
  const areas = areasOf(OUTCOMES, ranked);
  expect(areas.map((area) => area.id)).toEqual(['data', 'inclusion', 'connectivity', 'services']);
  await expect(main(page).locator('details > summary')).toHaveText(['How the plan is ranked', 'Change the weights', ...areas.map(areaHelpSummary)]);
  await expect(main(page).getByText(areaHelpSummary(areaById(OUTCOMES, 'democracy')))).toHaveCount(0);

  for (const area of areas) {
    const help = areaHelp(page, area);
    await expect(help).toHaveCount(1);
    await expect(help.getByText(area.challenges[0].challenge, { exact: true })).toBeHidden();
    await help.locator('summary').click();
    await expect(help).toHaveAttribute('open', '');

    // Each challenge, then "What helps:" and its mitigations.
    await expect(help.getByRole('heading', { level: 3, name: 'Common challenges, and what helps' })).toBeVisible();
    const challenges = help.getByRole('list').first().locator(':scope > li');
    await expect(challenges).toHaveCount(area.challenges.length);
    for (const [index, { challenge, mitigations }] of area.challenges.entries()) {
      const shown = challenges.nth(index);
      await expect(shown.getByText(challenge, { exact: true })).toBeVisible();
      await expect(shown.getByText('What helps:', { exact: true })).toBeVisible();
      await expect(shown.getByRole('listitem')).toHaveText(mitigations);
      // Shown once on the page, not once per item.
      await expect(main(page).getByText(challenge, { exact: true })).toHaveCount(1);
    }

    // Each example labelled: a real one with its source, an invented one as an illustration.
    await expect(help.getByRole('heading', { level: 3, name: 'Good practice' })).toBeVisible();
    const examples = help.getByRole('list').last().locator(':scope > li');
    await expect(examples).toHaveCount(area.examples.length);
    for (const [index, example] of area.examples.entries()) {
      await expect(examples.nth(index)).toHaveText(exampleText(OUTCOMES, example), { useInnerText: true });
      await expect(examples.nth(index).locator('strong')).toHaveText(example.kind === 'example' ? 'Example' : 'Illustration');
    }
    await expect(help.getByText(/^An illustration is invented to show what good looks like; an example is a real case/)).toBeVisible();
  }
  // The real example in Data names its article.
  const data = areaById(OUTCOMES, 'data');
  const real = data.examples.find((example) => example.kind === 'example');
  await expect(areaHelp(page, data).getByText(`Source: ${OUTCOMES.sources.find((s) => s.id === real.source).title}`, { exact: true })).toBeVisible();

  await checkA11y(page, 'action plan with every area’s challenges and good practice open');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkA11y(page, 'action plan with challenges and good practice open, dark');
});

test('(b) a person’s own weight re-ranks the plan and shows in the report; a bad weight is refused; reset', async ({ page, checkA11y }) => {
  await seedSavedResults(page, [PLAN_FILE], `#/plan/${PLAN_ID}`);
  await expect(h1(page)).toHaveText('Action plan');
  const before = rankedIds(weighted());
  await expect(planHeadings(page)).toHaveText(planTexts(before));

  // A field for every outcome, each saying the framework's weight.
  const form = weightsForm(page);
  await form.locator('summary').click();
  await expect(form.getByRole('textbox')).toHaveCount(OUTCOMES.areas.length);
  for (const area of OUTCOMES.areas) {
    await expect(weightField(page, area)).toHaveValue(weightText(area.weight));
    await expect(weightField(page, area)).toHaveAccessibleDescription(`The framework gives ${weightText(area.weight)}`);
  }
  await expect(form.getByRole('button', { name: /^Use the framework’s weights/ })).toHaveCount(0);
  await checkA11y(page, 'action plan with the weights open');

  // Inclusion counts double: saved as it changes, and the plan and its help re-ranked.
  const inclusion = areaById(OUTCOMES, 'inclusion');
  await weightField(page, inclusion).fill('2');
  await weightField(page, inclusion).press('Tab');
  const after = rankedIds(weighted({ inclusion: 2 }));
  await expect(planHeadings(page)).toHaveText(planTexts(after));
  await expect(main(page).getByText(`1. ${inclusion.title}`, { exact: true })).toBeVisible();
  await expect(main(page).locator('details > summary')).toHaveText([
    'How the plan is ranked',
    'Change the weights',
    ...areasOf(OUTCOMES, after).map(areaHelpSummary),
  ]);
  await expect.poll(async () => (await storedPlanFile(page)).assessment.weights).toEqual({ inclusion: '2' });

  // Weights that cannot be used are named, and not saved: the plan stays as it is.
  for (const bad of ['0', 'heavy', '250']) {
    await weightField(page, inclusion).fill(bad);
    await weightField(page, inclusion).press('Tab');
    await expect(form.getByText(`Error: ${INVALID_WEIGHT}`, { exact: true })).toBeVisible();
    await expect(weightField(page, inclusion)).toHaveAccessibleDescription(`The framework gives 1 Error: ${INVALID_WEIGHT}`);
    await expect(planHeadings(page)).toHaveText(planTexts(after));
    expect((await storedPlanFile(page)).assessment.weights, `"${bad}" is not saved`).toEqual({ inclusion: '2' });
  }
  await checkA11y(page, 'action plan with a weight refused');

  // After a reload the saved weight is back, and no error.
  await page.reload();
  await expect(h1(page)).toHaveText('Action plan');
  await weightsForm(page).locator('summary').click();
  await expect(weightField(page, inclusion)).toHaveValue('2');
  await expect(weightField(page, inclusion)).toHaveAccessibleDescription('The framework gives 1');
  await expect(main(page).getByText(INVALID_WEIGHT)).toHaveCount(0);
  await expect(planHeadings(page)).toHaveText(planTexts(after));

  // The report: the overall score with the person's weight, named as theirs.
  await main(page).getByRole('link', { name: 'Printable report' }).click();
  await expect(h1(page)).toHaveText(PLAN_TITLE);
  const own = weighted({ inclusion: 2 });
  expect(overallOf(own)).not.toBe(overallOf(weighted()));
  await expect(main(page).getByText(`Overall score: ${overallOf(own)} out of ${TOP}.`, { exact: true })).toBeVisible();
  expect(scoreExplanation(own)).toContain(`${inclusion.title} 2`);
  await expect(main(page).getByText(scoreExplanation(own), { exact: true })).toBeVisible();
  await expect(
    main(page).getByText(`The weights are this assessment’s own, set in place of the framework’s for: ${inclusion.title}.`, { exact: true }),
  ).toBeVisible();
  await checkA11y(page, 'report with the person’s own weights');

  // Back on the plan, one button puts every weight back as the framework has it.
  await page.goBack();
  await expect(h1(page)).toHaveText('Action plan');
  const reopened = weightsForm(page);
  if ((await reopened.getAttribute('open')) === null) await reopened.locator('summary').click();
  const reset = reopened.getByRole('button', { name: `Use the framework’s weights for every ${OUTCOMES.area_names.singular}`, exact: true });
  await reset.click();
  await expect(weightField(page, inclusion)).toHaveValue('1');
  await expect(reset).toHaveCount(0);
  await expect(planHeadings(page)).toHaveText(planTexts(before));
  await expect.poll(async () => (await storedPlanFile(page)).assessment.weights).toBeUndefined();
  await main(page).getByRole('link', { name: 'Printable report' }).click();
  await expect(main(page).getByText(`Overall score: ${overallOf(weighted())} out of ${TOP}.`, { exact: true })).toBeVisible();
  await expect(main(page).getByText(/^The weights are this assessment’s own/)).toHaveCount(0);
});

// ---------------------------------------------------------------------------------------------
// (c) An assessment made with version 1.0.0, and re-assessing it on the current version.

/**
 * What a re-assessment on the current version should carry (statement id -> the earlier answer):
 * each statement takes the answer to its own id, or else to the first statement it `replaces`;
 * and what it should leave, with why, in the order of the earlier statement ids.
 */
function expectedCarry(old, from, to) {
  const carried = {};
  const used = new Set();
  for (const statement of statementsOf(to)) {
    const source = [statement.id, ...(statement.replaces ?? [])].find((id) => old.answers[id] !== undefined);
    if (source) {
      carried[statement.id] = old.answers[source];
      used.add(source);
    }
  }
  const left = Object.keys(old.answers)
    .filter((id) => !used.has(id))
    .sort()
    .map((id) => {
      const merged = statementsOf(to).find((s) => (s.replaces ?? []).includes(id));
      const reason = merged
        ? `it was merged into “${merged.text}”, which kept the answer you gave there`
        : `version ${to.version} no longer asks it`;
      return `“${statementById(from, id).text}”: ${reason}`;
    });
  return { carried, left };
}

test('(c) an assessment made with version 1.0.0 opens with its own text, and re-assessing carries it to the current version', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(90_000);
  const wide = isWide(testInfo);
  const old = OLD_FILE.assessment;
  const from = OUTCOMES_V1;
  expect(old.framework).toEqual({ id: OUTCOMES.id, version: from.version });
  expect(from.version).not.toBe(OUTCOMES.version);
  const oldTop = from.scale.levels.at(-1).name;
  expect(oldTop, 'the top level was renamed in the new version').not.toBe(OUTCOMES.scale.levels.at(-1).name);
  // The two changes the journey looks for: value-1 merged into services-4 (both answered), and
  // organisational-capability-2 no longer asked.
  expect(statementById(OUTCOMES, 'services-4').replaces).toContain('value-1');
  expect(old.answers['services-4'], 'services-4 was answered').toBeDefined();
  expect(statementById(OUTCOMES, 'value-1')).toBeUndefined();
  expect(statementById(OUTCOMES, 'organisational-capability-2')).toBeUndefined();
  const { carried, left } = expectedCarry(old, from, OUTCOMES);
  expect(left).toHaveLength(2);

  // Saved results: the old assessment, on its own version, offered a re-assessment on the new one.
  await seedSavedResults(page, [OLD_FILE]);
  await expect(savedItems(page)).toHaveCount(1);
  const card = savedItems(page).first();
  const oldCard = await readSavedItem(card);
  expect(oldCard).toMatchObject({ Framework: `${OUTCOMES.title} (version ${from.version})`, Status: 'Completed' });
  const reassess = card.getByRole('button', { name: `Re-assess on version ${OUTCOMES.version}`, exact: true });
  await expect(reassess).toBeVisible();
  await expect(card.getByRole('button', { name: 'Re-assess from a copy' })).toHaveCount(0);
  await checkA11y(page, 'saved results with an assessment on an earlier version');

  // It opens with the old version's text: its scale (the old top level) and its statements.
  await card.getByRole('link', { name: 'View result' }).click();
  await expect(h1(page)).toHaveText(`${old.details.title} result`);
  await expect(main(page).getByRole('table', { name: /^Number of statements at each level, by outcome\./ })).toHaveAccessibleName(
    `Number of statements at each level, by outcome. Levels: ${from.scale.levels.map((l) => `${l.value} = ${l.name}`).join(', ')}.`,
  );
  await main(page).getByRole('link', { name: 'Change your answers' }).click();
  await expect(h1(page)).toHaveText(old.details.title);
  await expect(main(page).getByText(`${OUTCOMES.title} · version ${from.version}`, { exact: true })).toBeVisible();
  const dropped = { ...statementById(from, 'organisational-capability-2') };
  await openStatement(page, dropped, { wide });
  await expect(namedRadio(page, dropped, oldTop)).toBeVisible();
  await expect(namedRadio(page, dropped, OUTCOMES.scale.levels.at(-1).name)).toHaveCount(0);
  await expect(ratingRadio(page, from, dropped, old.answers[dropped.id].rating)).toBeChecked();
  await expect(ratingRadio(page, from, dropped, old.answers[dropped.id].rating)).toBeDisabled();
  await checkA11y(page, 'a statement of the earlier version');

  // Re-assess on the current version.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  await expect(savedItems(page)).toHaveCount(1);
  await reassess.click();
  const complete = OUTCOMES.areas.filter((area) => area.statements.every((s) => carried[s.id] !== undefined));
  await expectOverview(page, { title: old.details.title, completed: complete.length, total: OUTCOMES.areas.length, areaNames: OUTCOMES.area_names.plural });
  const newId = page.url().match(ASSESSMENT_URL)[1];
  expect(newId).not.toBe(old.id);
  await expect(main(page).getByText(`${OUTCOMES.title} · version ${OUTCOMES.version}`, { exact: true })).toBeVisible();

  // What came across, and each answer that could not, with why.
  const note = main(page).getByRole('region', { name: `Started on version ${OUTCOMES.version} from your version ${from.version} answers` });
  await expect(note).toBeVisible();
  await expect(note).toContainText(`${Object.keys(carried).length} answers carried over.`);
  await expect(note).toContainText(`${left.length} answers could not be carried over. Your earlier assessment keeps them:`);
  await expect(note.getByRole('listitem')).toHaveText(left);
  await expectStatuses(
    page,
    OUTCOMES,
    Object.fromEntries(OUTCOMES.areas.map((area) => [area.id, complete.includes(area) ? 'Completed' : 'In progress'])),
  );
  await checkA11y(page, 'overview of a re-assessment on the new version');

  // Stored: a new, unfinished assessment on the current version with the carried answers; the old
  // one exactly as it was.
  const stored = await storedAssessments(page);
  expect(stored[old.id]).toEqual(OLD_FILE);
  expect(stored[newId].assessment).toMatchObject({
    framework: { id: OUTCOMES.id, version: OUTCOMES.version },
    previous: old.id,
    answers: carried,
    details: { ...old.details, date: new Date().toLocaleDateString('sv') },
  });
  expect(Object.keys(stored[newId].assessment.answers).sort()).toEqual(Object.keys(carried).sort());
  expect(stored[newId].assessment.completed).toBeUndefined();

  // The merged statement has the answer given to it before, on the new scale.
  const merged = statementById(OUTCOMES, 'services-4');
  await openStatement(page, merged, { wide });
  await expect(ratingRadio(page, OUTCOMES, merged, old.answers['services-4'].rating)).toBeChecked();
  await expect(namedRadio(page, merged, OUTCOMES.scale.levels.at(-1).name)).toBeVisible();
  await expect(namedRadio(page, merged, oldTop)).toHaveCount(0);

  // Saved results: the new one on the current version, offered a plain copy; the old one unchanged.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  await expect(savedItems(page)).toHaveCount(2);
  const newCard = savedItems(page).nth(0);
  expect(await readSavedItem(newCard)).toMatchObject({ Framework: `${OUTCOMES.title} (version ${OUTCOMES.version})`, Status: 'In progress' });
  await expect(newCard.getByRole('button', { name: 'Re-assess from a copy', exact: true })).toBeVisible();
  expect(await readSavedItem(savedItems(page).nth(1))).toEqual(oldCard);

  // A new assessment is offered the current version of each framework only.
  await openApp(page, '#/start');
  const frameworks = main(page).getByRole('group', { name: 'Which framework do you want to assess against?' });
  await expect(frameworks.getByRole('radio')).toHaveCount(3);
  await expect(frameworks.getByRole('radio', { name: OUTCOMES.title, exact: true })).toHaveCount(1);
  await expect(frameworkChoice(page, OUTCOMES)).toHaveCount(1);
});

// ---------------------------------------------------------------------------------------------
// (d) and (e): the quick check, its next steps, and a full assessment started from it.

// One "Don't know" (its linked statement is not carried); otherwise levels 1 to 4, so each of the
// lowest three outcomes has a next step.
const QC_ANSWERS = { q1: 3, q2: 2, q3: 4, q4: 2, q5: DONT_KNOW, q6: 3, q7: 1, q8: 2, q9: 3, q10: 2, q11: 4, q12: 3 };

/** The levels a new outcomes assessment should start from: for each statement linked to answered quick check questions, the lowest level. */
function expectedStart(answers) {
  const start = {};
  for (const statement of statementsOf(OUTCOMES)) {
    const link = CROSSWALK.links.find((l) => l.statements.some((s) => s.framework === OUTCOMES.id && s.statement === statement.id));
    const levels = (link?.statements ?? [])
      .filter((s) => s.framework === QUICK_CHECK.id)
      .map((s) => answers[s.statement])
      .filter((level) => typeof level === 'number');
    if (levels.length) start[statement.id] = Math.min(...levels);
  }
  return start;
}

/** The other frameworks' statements the crosswalk links to `statement`, as the statement page lists them. */
function alsoCovered(framework, statement, others) {
  return linkedElsewhere(framework, statement.id).map((s) => {
    const other = others.find((f) => f.id === s.framework);
    return `${other.title}: “${statementById(other, s.statement).text}”`;
  });
}

const carriedCount = (n) =>
  n === 1
    ? '1 level was carried over from an earlier assessment and waits for you to confirm it. It is marked on its statement.'
    : `${n} levels were carried over from an earlier assessment and wait for you to confirm them. Each is marked on its statement.`;

test('(d) a full assessment started from the quick check: carried levels are marked until confirmed, and say where else they are covered', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(120_000);
  const wide = isWide(testInfo);
  const start = expectedStart(QC_ANSWERS);
  const carriedIds = Object.keys(start);
  expect(carriedIds.length, 'every quick check question answered with a level carries to a statement').toBe(11);
  const described = `your ${QUICK_CHECK.title} of ${longToday()}`;

  // The quick check, as anyone takes it.
  await openApp(page);
  await startQuickCheck(page);
  await answerRest(page, QC_ANSWERS);
  await expectResult(page, QC_ANSWERS);

  // Starting a full assessment: the offer appears once a framework that shares ground is chosen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await main(page).getByRole('link', { name: 'Start a full assessment' }).click();
  await expect(h1(page)).toHaveText('Start a full assessment');
  const carry = main(page).getByRole('checkbox', { name: `Start from ${described}`, exact: true });
  await expect(main(page).getByRole('checkbox')).toHaveCount(0);
  await frameworkChoice(page, OUTCOMES).check();
  await expect(carry).toBeChecked();
  await expect(carry).toHaveAccessibleDescription(
    `${carriedIds.length} statements of this framework cover the same ground as questions you answered there. They start at your earlier level, marked as carried over until you confirm or change each one.`,
  );
  await checkA11y(page, 'start page offering to start from the quick check');
  await main(page).getByRole('button', { name: 'Start assessment' }).click();

  // The overview says how many levels wait to be confirmed.
  await expectOverview(page, { title: OUTCOMES.title, completed: 0, total: OUTCOMES.areas.length, areaNames: OUTCOMES.area_names.plural });
  const id = page.url().match(ASSESSMENT_URL)[1];
  await expect(main(page).getByText(carriedCount(carriedIds.length), { exact: true })).toBeVisible();
  const started = (await storedAssessments(page))[id].assessment.answers;
  expect(started).toEqual(Object.fromEntries(carriedIds.map((sid) => [sid, { rating: start[sid], carried_from: described }])));
  await expectStatuses(
    page,
    OUTCOMES,
    Object.fromEntries(OUTCOMES.areas.filter((area) => area.statements.some((s) => start[s.id])).map((area) => [area.id, 'In progress'])),
  );
  await checkA11y(page, 'overview with carried levels');

  // A carried level is marked on its statement, with where else the statement is covered.
  const first = statementById(OUTCOMES, 'connectivity-1');
  await openStatement(page, first, { wide });
  const block = statementBlock(page, first);
  const inset = block.getByText(
    `This level was carried over from ${described}. Check it still fits this statement: confirm it, or choose another level.`,
    { exact: true },
  );
  await expect(inset).toBeVisible();
  await expect(ratingRadio(page, OUTCOMES, first, start[first.id])).toBeChecked();
  const quickQuestion = QUESTIONS.find((q) => q.id === 'q1');
  const elsewhere = alsoCoveredDetails(page, first);
  await elsewhere.locator('summary').click();
  await expect(elsewhere.getByRole('listitem')).toHaveText(alsoCovered(OUTCOMES, first, [QUICK_CHECK, CAPABILITIES, BY_DEFAULT]));
  await expect(elsewhere.getByRole('listitem')).toContainText([`${QUICK_CHECK.title}: “${quickQuestion.text}”`]);
  await checkA11y(page, 'statement with a carried level');

  // "Confirm this level" keeps the level as the person's own.
  await block.getByRole('button', { name: 'Confirm this level', exact: true }).click();
  await expect(inset).toHaveCount(0);
  await expect(block.getByRole('button', { name: 'Confirm this level' })).toHaveCount(0);
  await expect(ratingRadio(page, OUTCOMES, first, start[first.id])).toBeChecked();
  await expect(savedStatus(page)).toHaveText(SAVED_STATUS);
  await expect.poll(async () => (await storedAssessments(page))[id].assessment.answers[first.id]).toEqual({ rating: start[first.id] });
  await returnToOverview(page, first, { wide });
  await expect(main(page).getByText(carriedCount(carriedIds.length - 1), { exact: true })).toBeVisible();

  // Choosing another level confirms it too.
  const second = statementById(OUTCOMES, 'ethics-1');
  expect(start[second.id]).toBeDefined();
  await openStatement(page, second, { wide });
  const secondBlock = statementBlock(page, second);
  await expect(secondBlock.getByRole('button', { name: 'Confirm this level', exact: true })).toBeVisible();
  const other = start[second.id] + 1;
  await ratingRadio(page, OUTCOMES, second, other).check();
  await expect(secondBlock.getByRole('button', { name: 'Confirm this level' })).toHaveCount(0);
  await expect(secondBlock.getByText(/^This level was carried over/)).toHaveCount(0);
  await expect.poll(async () => (await storedAssessments(page))[id].assessment.answers[second.id]).toEqual({ rating: other });
  await returnToOverview(page, second, { wide });
  await expect(main(page).getByText(carriedCount(carriedIds.length - 2), { exact: true })).toBeVisible();
  expect((await storedAssessments(page))[id].assessment.answers[first.id]).toEqual({ rating: start[first.id] });
});

test('(e) the quick check’s next steps each name a common challenge, what helps, and an example or illustration', async ({ page, checkA11y }) => {
  await openApp(page);
  await startQuickCheck(page);
  await answerRest(page, QC_ANSWERS);
  const expected = await expectResult(page, QC_ANSWERS);
  expect(expected.nextSteps).toHaveLength(3);

  const expectSteps = async () => {
    const steps = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(steps.getByRole('heading', { level: 3 })).toHaveText(expected.nextSteps.map((step) => step.area));
    for (const [index, step] of expected.nextSteps.entries()) {
      const area = QUICK_CHECK.areas.find((a) => a.title === step.area);
      const [challenge] = area.challenges;
      const [example] = area.examples;
      const shown = steps.nth(index);
      await expect(shown.getByText(`You answered: ${step.level} (${step.levelName})`, { exact: true })).toBeVisible();
      await expect(shown.getByText(area.statements[0].levels[step.level - 1].next_step, { exact: true })).toBeVisible();
      await expect(shown.locator('p').filter({ hasText: 'A common challenge:' })).toHaveText(
        `A common challenge: ${challenge.challenge} What helps: ${challenge.mitigations[0]}`,
      );
      await expect(shown.locator('p').filter({ hasText: example.text })).toHaveText(
        `${example.kind === 'example' ? 'Example' : 'Illustration'}: ${example.text}`,
      );
    }
  };
  await expectSteps();
  await checkA11y(page, 'quick check result with challenges and examples');

  // Coming back to the result later, on a fresh page load, shows them too.
  await page.reload();
  await expect(h1(page)).toHaveText('Quick check result');
  await expectSteps();
});
