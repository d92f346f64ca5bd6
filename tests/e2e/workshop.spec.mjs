// Journey: a facilitator turns five colleagues' quick checks into a workshop pack, prints it,
// records the levels the room agreed (accepting in one step those everyone gave alike), and
// makes the agreed assessment, which has a result and an action plan of its own (issue 16).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, FRAMEWORK, NOT_APPLICABLE, QUESTIONS, afterPendingWrites, assessmentFile, h1, jsonUpload, main, openApp, readTable } from './helpers.mjs';
import { isWide, longToday, storedAssessments } from './full-helpers.mjs';

const run = promisify(execFile);
const GROUP = 'Digital board workshop';
const PEOPLE = 5;
const NONE = undefined;

// Each statement's answers from the five colleagues, in order. q10 is split evenly from 1 to 5
// and q4 has one person four levels from the rest, so q10 comes first; q7 is two levels apart.
// q1, q2, q9 (a level), q5 ("Don't know") and q8 ("Not applicable") are unanimous; q6 is not,
// because one person did not answer it.
const ANSWERS = {
  q1: [2, 2, 2, 2, 2],
  q2: [3, 3, 3, 3, 3],
  q3: [2, 3, 2, 3, 2],
  q4: [1, 5, 5, 5, 5],
  q5: [DONT_KNOW, DONT_KNOW, DONT_KNOW, DONT_KNOW, DONT_KNOW],
  q6: [3, 3, 3, 3, NONE],
  q7: [2, 2, 4, 4, DONT_KNOW],
  q8: [NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE],
  q9: [4, 4, 4, 4, 4],
  q10: [1, 5, 1, 5, 3],
  q11: [3, 3, 3, 4, 3],
  q12: [1, 2, 1, 2, 2],
};
const ORDER = ['q10', 'q4', 'q7', 'q1', 'q2', 'q3', 'q5', 'q6', 'q8', 'q9', 'q11', 'q12'];
const UNANIMOUS = ['q1', 'q2', 'q5', 'q8', 'q9'];
const LABELS = ['ICT', 'ICT', 'Finance', NONE, NONE];

const question = (id) => QUESTIONS.find((q) => q.id === id);
const numberOf = (id) => ORDER.indexOf(id) + 1;
const levelName = (value) => FRAMEWORK.scale.levels.find((level) => level.value === value).name;

const FILES = LABELS.map((_, person) => {
  const answers = Object.fromEntries(
    Object.entries(ANSWERS)
      .filter(([, ratings]) => ratings[person] !== NONE)
      .map(([id, ratings]) => [id, ratings[person]]),
  );
  return jsonUpload(`colleague-${person + 1}.json`, assessmentFile({ id: `colleague-${person + 1}`, answers }));
});

/** The group as the combine journey makes it: created on the compare page, files uploaded, confirmed. */
async function groupOfFive(page) {
  await openApp(page, '#/compare');
  await main(page).getByLabel('Name of a new group').fill(GROUP);
  await main(page).getByRole('button', { name: 'Create group' }).click();
  await expect(h1(page)).toHaveText(GROUP);
  await expect(main(page).getByRole('link', { name: 'Prepare a workshop pack' }), 'only once the group has members').toHaveCount(0);
  await main(page).getByLabel('Upload assessment files').setInputFiles(FILES);
  const question = main(page).getByRole('group', { name: 'Add these assessments to the group?' });
  await expect(question).toContainText('5 new assessments will be added.');
  await question.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(page).getByText('5 respondents', { exact: true })).toBeVisible();
  for (const [person, label] of LABELS.entries()) {
    if (label === NONE) continue;
    const box = main(page).getByRole('textbox', { name: `Role or team for colleague-${person + 1}.json` });
    await box.fill(label);
    await box.press('Tab');
  }
  await expect.poll(() => storedGroup(page).then((group) => group.members.filter((m) => m.label).length)).toBe(3);
}

async function storedGroup(page) {
  await afterPendingWrites(page);
  return page.evaluate(() => JSON.parse(Object.entries(localStorage).find(([key]) => key.startsWith('almanac.group.'))[1]));
}

const statementSection = (page, id) => main(page).getByRole('region', { name: `${numberOf(id)}. ${question(id).text}` });
const agreedRadio = (page, id, label) =>
  main(page).getByRole('group', { name: `Agreed level for statement ${numberOf(id)}`, exact: true }).getByRole('radio', { name: label, exact: true });
const noteBox = (page, id) => main(page).getByRole('textbox', { name: `Note from the workshop for statement ${numberOf(id)} (optional)` });

/** The pack printed to an A4 PDF, as text with white space collapsed. */
async function printedText(page, testInfo, name) {
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-workshop-'));
  try {
    const pdf = path.join(work, `${name}.pdf`);
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await testInfo.attach(`${name}.pdf`, { path: pdf, contentType: 'application/pdf' });
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    return stdout.replace(/\s+/g, ' ');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

test('a workshop pack puts the widest disagreement first, prints, records the agreed levels and makes the agreed assessment', async ({ page, checkA11y }, testInfo) => {
  // Four accessibility scans of a long page, two PDFs and a reload: longer than the default.
  test.setTimeout(120_000);
  await groupOfFive(page);
  await main(page).getByRole('link', { name: 'Prepare a workshop pack' }).click();
  await expect(page).toHaveURL(/#\/group\/[a-z0-9-]+\/workshop$/);
  await expect(h1(page)).toHaveText(GROUP);
  await expect(main(page).getByText('Workshop pack', { exact: true })).toBeVisible();
  await expect(main(page).getByText(`The answers of ${PEOPLE} people to “${FRAMEWORK.title}”, version ${FRAMEWORK.version}: first the 3 statements`)).toBeVisible();

  // Every statement once, the disagreements first (widest and most evenly split first), then the
  // rest in the framework's order.
  const headings = await main(page).getByRole('heading', { level: 2, name: /^\d+\. / }).allInnerTexts();
  expect(headings).toEqual(ORDER.map((id, index) => `${index + 1}. ${question(id).text}`));
  await expect(statementSection(page, 'q10').getByText('Answers two or more levels apart')).toBeVisible();
  await expect(statementSection(page, 'q1').getByText('Answers two or more levels apart')).toHaveCount(0);

  // How many chose each level, with each level's descriptor for this statement; no names.
  const first = await readTable(statementSection(page, 'q10').getByRole('table', { name: 'How many chose each level, statement 1' }));
  expect(first).toEqual([
    ['Level', 'Name', 'What it looks like', 'People'],
    ...[2, 0, 1, 0, 2].map((count, index) => [String(index + 1), levelName(index + 1), question('q10').levels[index].descriptor, String(count)]),
    ['–', FRAMEWORK.scale.dont_know, '', '0'],
    ['–', FRAMEWORK.scale.not_applicable, '', '0'],
    ['–', 'Not answered', '', '0'],
  ]);
  await expect(statementSection(page, 'q10').getByText('5 people: two said 1, one said 3, two said 5.', { exact: true })).toBeVisible();
  await expect(statementSection(page, 'q7').getByText("5 people: two said 2, two said 4, one didn't know.", { exact: true })).toBeVisible();
  const silent = await readTable(statementSection(page, 'q6').getByRole('table'));
  expect(silent.slice(-3).map((row) => [row[1], row[3]])).toEqual([[FRAMEWORK.scale.dont_know, '0'], [FRAMEWORK.scale.not_applicable, '0'], ['Not answered', '1']]);
  await expect(statementSection(page, 'q6').getByText('5 people: four said 3, one did not answer.', { exact: true })).toBeVisible();
  await expect(statementSection(page, 'q10').getByText('Roles or teams that answered: Finance, ICT.', { exact: true })).toBeVisible();
  await expect(statementSection(page, 'q10').getByRole('listitem')).toHaveText(['What evidence would settle this?', 'What would it take to move up one level?']);
  await expect(main(page)).not.toContainText('colleague-');

  await expect(main(page).getByText('0 of 12 statements decided.', { exact: true })).toBeVisible();
  await checkA11y(page, 'workshop pack, nothing recorded');

  // Nothing recorded yet: the agreed assessment cannot be made.
  await main(page).getByRole('button', { name: 'Make the agreed assessment' }).click();
  await expect(page.getByRole('alert')).toContainText('Record the agreed level of at least one statement first');

  if (isWide(testInfo)) {
    // On paper: the pack and a line to write each agreed level on, and none of the app around it.
    const text = await printedText(page, testInfo, 'workshop-pack');
    for (const expected of [
      'Workshop pack',
      GROUP,
      `1. ${question('q10').text}`,
      `12. ${question('q12').text}`,
      '5 people: two said 1, one said 3, two said 5.',
      question('q10').levels[4].descriptor,
      'Roles or teams that answered: Finance, ICT.',
      'What evidence would settle this?',
      'What would it take to move up one level?',
    ]) {
      expect(text, `the printed pack has "${expected}"`).toContain(expected);
    }
    expect(text.match(/Agreed level: _{20,}/g) ?? [], 'a line for every statement').toHaveLength(12);
    for (const chrome of ['Print the pack', 'Decisions so far', 'Back to the group', 'Not decided yet', 'Make the agreed assessment', 'colleague-']) {
      expect(text, `the printed pack has no "${chrome}"`).not.toContain(chrome);
    }
  }

  // The room settles the widest disagreement, with a note, and the next one; the third waits.
  await agreedRadio(page, 'q10', `3: ${levelName(3)}`).check();
  await noteBox(page, 'q10').fill('Agreed after looking at the board minutes.');
  await noteBox(page, 'q10').press('Tab');
  await agreedRadio(page, 'q4', `5: ${levelName(5)}`).check();
  await expect(main(page).getByText('2 of 12 statements decided.', { exact: true })).toBeVisible();

  // The five statements everyone answered alike, in one step.
  await main(page).getByRole('button', { name: 'Accept the 5 statements everyone agreed on' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: '5 statements everyone agreed on were recorded as agreed.' })).toBeFocused();
  await expect(main(page).getByText('7 of 12 statements decided.', { exact: true })).toBeVisible();
  await expect(main(page).getByRole('button', { name: /^Accept the/ })).toHaveCount(0);
  await expect(agreedRadio(page, 'q5', FRAMEWORK.scale.dont_know)).toBeChecked();
  await expect(agreedRadio(page, 'q8', FRAMEWORK.scale.not_applicable)).toBeChecked();
  await expect(agreedRadio(page, 'q1', `2: ${levelName(2)}`)).toBeChecked();
  await expect(agreedRadio(page, 'q6', 'Not decided yet'), 'one person did not answer q6').toBeChecked();

  // The undecided statements are listed, each a link to its place in the pack.
  const undecided = ['q7', 'q3', 'q6', 'q11', 'q12'];
  const links = main(page).getByRole('listitem').getByRole('link');
  await expect(links).toHaveText(undecided.map((id) => `${numberOf(id)}. ${question(id).text}`));
  await links.first().click();
  await expect(main(page).getByRole('heading', { level: 2, name: `3. ${question('q7').text}` })).toBeFocused();
  await expect(page).toHaveURL(/#\/group\/[a-z0-9-]+\/workshop$/);

  // What was recorded is saved with the group, and survives a reload.
  const group = await storedGroup(page);
  expect(group.schema_version).toBe(3);
  expect(group.agreed.q10).toEqual({ rating: 3, note: 'Agreed after looking at the board minutes.' });
  expect(group.agreed.q5).toEqual({ rating: 'dont_know' });
  expect(Object.keys(group.agreed).sort()).toEqual(['q1', 'q10', 'q2', 'q4', 'q5', 'q8', 'q9']);
  await page.reload();
  await expect(h1(page)).toHaveText(GROUP);
  await expect(agreedRadio(page, 'q10', `3: ${levelName(3)}`)).toBeChecked();
  await expect(noteBox(page, 'q10')).toHaveValue('Agreed after looking at the board minutes.');
  await checkA11y(page, 'workshop pack, levels recorded');

  if (isWide(testInfo)) {
    const text = await printedText(page, testInfo, 'workshop-pack-recorded');
    expect(text).toContain(`Agreed level: 3: ${levelName(3)}`);
    expect(text).toContain('Agreed after looking at the board minutes.');
    expect(text).toContain(`Agreed level: ${FRAMEWORK.scale.dont_know}`);
    expect(text.match(/Agreed level: _{20,}/g) ?? [], 'a line for each undecided statement').toHaveLength(undecided.length);
  }

  // The agreed assessment: decided statements rated, the spread of views and the note as
  // evidence, left in progress because five statements are undecided.
  await expect(main(page).getByText('5 statements are not decided yet.', { exact: false })).toBeVisible();
  await main(page).getByRole('button', { name: 'Make the agreed assessment' }).click();
  await expect(page).toHaveURL(/#\/result\/[a-z0-9-]+$/);
  await expect(h1(page)).toHaveText(`Agreed view: ${GROUP} result`);
  await expect(main(page).getByText(`Agreed in a workshop on ${longToday()} by ${PEOPLE} people.`, { exact: true })).toBeVisible();
  await expect(main(page).getByText(/You have answered 7 of 12 questions/)).toBeVisible();

  const stored = Object.values(await storedAssessments(page)).find((file) => file.assessment.workshop);
  const { assessment } = stored;
  expect(assessment.workshop.people).toBe(PEOPLE);
  expect(assessment.details.title).toBe(`Agreed view: ${GROUP}`);
  expect(assessment.completed).toBeUndefined();
  expect(assessment.answers.q10).toEqual({ rating: 3, evidence: '5 people: two said 1, one said 3, two said 5.\n\nAgreed after looking at the board minutes.' });
  expect(assessment.answers.q5).toEqual({ rating: DONT_KNOW, evidence: "5 people: five didn't know." });
  expect(assessment.answers.q6).toEqual({ evidence: '5 people: four said 3, one did not answer.' });
  for (const id of UNANIMOUS) expect(assessment.answers[id].rating).toBe(ANSWERS[id][0]);

  // Like any other assessment, it has an action plan.
  await main(page).getByRole('link', { name: 'See the full action plan' }).click();
  await expect(h1(page)).toHaveText('Action plan');
  await checkA11y(page, 'action plan of the agreed assessment');
});

test('a workshop pack of a group with no files, or of no group, says so', async ({ page }) => {
  await openApp(page, '#/compare');
  await main(page).getByLabel('Name of a new group').fill('Empty');
  await main(page).getByRole('button', { name: 'Create group' }).click();
  await expect(h1(page)).toHaveText('Empty');
  const address = page.url().replace(/#\/group\/([a-z0-9-]+)$/, '#/group/$1/workshop');
  await page.goto(address);
  await expect(h1(page)).toHaveText('Empty');
  await expect(main(page).getByText(/^This group has no assessment files yet/)).toBeVisible();
  await openApp(page, '#/group/no-such-group/workshop');
  await expect(h1(page)).toHaveText('Page not found');
});
