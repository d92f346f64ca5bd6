// Journey 1: a person takes the whole quick check, reloads half-way, and reads their result.
import { test, expect } from './fixtures.mjs';
import {
  DONT_KNOW,
  FRAMEWORK,
  QUESTION_COUNT,
  QUESTIONS,
  answerAndContinue,
  answerRest,
  choose,
  expectQuestion,
  expectResult,
  h1,
  inspectCanvas,
  main,
  openApp,
  radio,
  startQuickCheck,
} from './helpers.mjs';

// Levels chosen so the three lowest outcomes are unambiguous (Inclusion 1, Security and
// resilience 1, Local productivity 2) and the overall score is not a rounding tie (43 / 13: Data,
// Leadership, Services and Value weigh 1.5, the others 1).
const ANSWERS = {
  q1: 3, // Connectivity: Planned and growing
  q2: 4, // Data: Standard practice
  q3: 5, // Democracy: Embedded and improving
  q4: DONT_KNOW, // Ethics
  q5: 1, // Inclusion: Not yet
  q6: 4, // Leadership
  q7: 2, // Local productivity: In places
  q8: 3, // Organisational capability
  q9: 4, // Partnership
  q10: 1, // Security and resilience
  q11: 5, // Services
  q12: 3, // Value
};

test('complete the quick check, surviving a reload half-way, and read the result', async ({ page, baseURL, checkA11y }, testInfo) => {
  // Every request the page makes, to prove nothing leaves the app's own origin.
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));

  await openApp(page);
  await expect(h1(page)).toHaveText('How digital is your council?');
  await checkA11y(page, 'home, nothing saved');
  await startQuickCheck(page);
  await expect(main(page).getByText(`Question 1 of ${QUESTION_COUNT}`)).toBeVisible();
  await checkA11y(page, 'question 1');

  // Continue without an answer: the error summary takes focus and the field says what is wrong.
  await main(page).getByRole('button', { name: 'Continue' }).click();
  const summary = main(page).getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const message = `Select how well this describes your council, or choose “${FRAMEWORK.scale.dont_know}”`;
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
  await expect(summary).toBeFocused();
  const fieldError = main(page).getByRole('group').getByText(`Error: ${message}`);
  await expect(fieldError).toBeVisible();
  await expect(main(page).getByRole('group', { name: new RegExp(QUESTIONS[0].text.replace(/[?]/g, '\\?')) }))
    .toHaveAccessibleDescription(new RegExp(`Error: ${message}`));
  await expectQuestion(page, 1); // still on question 1
  await checkA11y(page, 'question 1 with its error');

  // The summary's link takes the person to the first option.
  await summary.getByRole('link', { name: message }).click();
  await expect(radio(page, 1)).toBeFocused();

  // Answering clears the error.
  await choose(page, ANSWERS.q1);
  await expect(summary).toBeHidden();
  await expect(fieldError).toBeHidden();
  await main(page).getByRole('button', { name: 'Continue' }).click();

  for (let number = 2; number <= 4; number += 1) {
    await answerAndContinue(page, number, ANSWERS[QUESTIONS[number - 1].id]);
  }

  // Answer question 5, then reload: the same question comes back, its answer still chosen.
  await expectQuestion(page, 5);
  await choose(page, ANSWERS.q5);
  await page.reload();
  await expectQuestion(page, 5);
  await expect(radio(page, ANSWERS.q5)).toBeChecked();
  await expect(radio(page, 2)).not.toBeChecked();

  // The earlier answers are kept too.
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expectQuestion(page, 4);
  await expect(radio(page, DONT_KNOW)).toBeChecked();

  // The home page offers to continue, where the person left off.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(h1(page)).toHaveText('How digital is your council?');
  await expect(main(page).getByText(`You have answered 5 of ${QUESTION_COUNT} questions`)).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Start the quick check' })).toHaveCount(0);
  await checkA11y(page, 'home, quick check in progress');
  await main(page).getByRole('link', { name: 'Continue the quick check' }).click();
  await expectQuestion(page, 4);
  await expect(radio(page, DONT_KNOW)).toBeChecked();
  await main(page).getByRole('button', { name: 'Continue' }).click();
  await expectQuestion(page, 5);
  await expect(radio(page, ANSWERS.q5)).toBeChecked();
  await main(page).getByRole('button', { name: 'Continue' }).click();

  await answerRest(page, ANSWERS, { from: 6 });

  // The result, checked against scores worked out here from the answers given.
  const expected = await expectResult(page, ANSWERS);
  expect(expected.overall).toBe('3.3'); // 43 / 13, weighted, "Don't know" left out; unweighted 35 / 11 = 3.2
  await expect(main(page).getByText(`You answered ${QUESTION_COUNT} of ${QUESTION_COUNT} questions. 1 “${FRAMEWORK.scale.dont_know}” is not scored.`, { exact: false })).toBeVisible();

  // The chart: an image with a text alternative, drawn sharply for the screen's pixel density.
  const chart = main(page).getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /\S/);
  await expect(chart).toHaveAccessibleName(/^Chart of the score for each of the 12 outcomes/);
  const dpr = testInfo.project.use.deviceScaleFactor ?? 1;
  await expect
    .poll(async () => (await chart.evaluate(inspectCanvas)).colours.length, { message: 'the chart has been drawn' })
    .toBeGreaterThanOrEqual(4);
  const drawn = await chart.evaluate(inspectCanvas);
  expect(drawn.dpr).toBe(dpr);
  expect(drawn.width, `backing width ${drawn.width} = CSS width ${drawn.cssWidth} x ${dpr}`).toBe(Math.round(drawn.cssWidth * dpr));
  expect(drawn.height, `backing height ${drawn.height} = CSS height ${drawn.cssHeight} x ${dpr}`).toBe(Math.round(drawn.cssHeight * dpr));
  expect(drawn.cssWidth).toBeGreaterThan(200);
  // Not blank: the light theme's background, grid, text and the scores are all there, each over
  // at least 50 pixels, and no single colour covers the canvas. A phone shows a bar per outcome;
  // a wider screen a radar, whose shape is filled.
  expect(drawn.colours).toEqual(expect.arrayContaining([
    '255,255,255,255', // background, #ffffff
    '177,180,182,255', // grid, #b1b4b6
    '11,12,12,255', // labels, #0b0c0c
    '29,112,184,255', // the bars, or the radar's outline and points, #1d70b8
    ...(drawn.cssWidth < 480 ? [] : ['198,219,237,255']), // the radar's fill: #1d70b8 at 25% over the background
  ]));
  expect(drawn.dominantShare).toBeLessThan(0.95);

  // What to work on next: the three lowest-scored outcomes, lowest first.
  const steps = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(main(page).getByRole('heading', { level: 2, name: 'What to work on next' })).toBeVisible();
  await expect(steps).toHaveCount(3);
  await expect(steps.getByRole('heading', { level: 3 })).toHaveText(['Inclusion', 'Security and resilience', 'Local productivity']);
  expect(expected.nextSteps.map((step) => step.area)).toEqual(['Inclusion', 'Security and resilience', 'Local productivity']);
  for (const [index, step] of expected.nextSteps.entries()) {
    const question = QUESTIONS.find((q) => q.area === step.area);
    await expect(steps.nth(index)).toContainText(`You answered: ${step.level} (${step.levelName})`);
    await expect(steps.nth(index)).toContainText(question.levels[step.level - 1].next_step);
  }
  await checkA11y(page, 'result');

  // When the system switches to dark mode, the chart is redrawn in the dark theme's colours.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(async () => (await chart.evaluate(inspectCanvas)).colours, { message: 'the chart is redrawn for dark mode' })
    .toEqual(expect.arrayContaining(['27,29,31,255', '142,197,245,255'])); // background #1b1d1f, answers #8ec5f5
  expect((await chart.evaluate(inspectCanvas)).colours).not.toContain('255,255,255,255');
  await page.emulateMedia({ colorScheme: 'light' });

  // The home page now offers a new check, and counts the saved result.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(main(page).getByRole('button', { name: 'Start the quick check' })).toBeVisible();
  await expect(main(page).getByRole('link', { name: 'You have 1 saved result' })).toBeVisible();

  // Nothing was requested from anywhere but the app's own origin.
  const appOrigin = new URL(baseURL).origin;
  const origins = [...new Set(requested.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).origin))];
  expect(origins).toEqual([appOrigin]);
  expect(requested.some((url) => url.endsWith('.wasm'))).toBe(true);
});
