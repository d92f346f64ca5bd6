// Charts on a phone. At 320 to 400 CSS pixels the result's chart and a group's range chart are a
// bar per outcome whose scale spans most of the width; a wider screen gets the radar. Measured
// from the canvas's own pixels: the grid colour's columns are where the scale (or a radar's rings)
// runs, and the series colour's runs down one column are the bars.
import { test, expect } from './fixtures.mjs';
import { QUESTIONS, QUESTION_COUNT, assessmentFile, h1, main, openApp, seedSavedResults, jsonUpload } from './helpers.mjs';
import { OUTCOMES, fullAssessmentFile, statementsOf } from './full-helpers.mjs';

const LIGHT = { background: [255, 255, 255], grid: [177, 180, 182], series: [29, 112, 184], radarFill: [198, 219, 237] };
const DARK = { background: [27, 29, 31], grid: [111, 119, 123], series: [142, 197, 245] };
/** The least share of a phone's chart width the scale must span; the radar it replaced spanned under 40%. */
const LEAST_SHARE = 0.8;

/**
 * In the page (pass to `locator.evaluate` with the theme's colours): the leftmost and rightmost
 * columns holding grid-coloured pixels, their span as a share of the canvas's width, how many
 * separate runs of the series colour the column just right of the scale's start crosses, and
 * whether the radar's fill is anywhere.
 */
function measureChart(canvas, { grid, series, radarFill }) {
  const { width, height } = canvas;
  const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
  const is = (x, y, [r, g, b]) => {
    const i = (y * width + x) * 4;
    return data[i] === r && data[i + 1] === g && data[i + 2] === b;
  };
  let left = width;
  let right = -1;
  for (let x = 0; x < width; x += 1) {
    for (let y = 0; y < height; y += 1) {
      if (is(x, y, grid)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        break;
      }
    }
  }
  const column = Math.min(width - 1, left + 2 * window.devicePixelRatio);
  let runs = 0;
  for (let y = 0, inside = false; y < height; y += 1) {
    const hit = is(column, y, series);
    if (hit && !inside) runs += 1;
    inside = hit;
  }
  let filled = false;
  for (let i = 0; radarFill && i < data.length && !filled; i += 4) {
    filled = data[i] === radarFill[0] && data[i + 1] === radarFill[1] && data[i + 2] === radarFill[2];
  }
  const cssWidth = canvas.getBoundingClientRect().width;
  return { width, cssWidth, drawnFor: Math.round(cssWidth * window.devicePixelRatio), share: (right - left) / width, runs, filled };
}

/** Whether the page scrolls sideways. */
const scrollsSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** The chart as drawn once it has been redrawn for the canvas's present width. */
async function measured(chart, colours) {
  await expect
    .poll(async () => {
      const m = await chart.evaluate(measureChart, colours);
      return m.width === m.drawnFor && m.share > 0;
    }, { message: 'the chart is drawn for its width' })
    .toBe(true);
  return chart.evaluate(measureChart, colours);
}

/** Every quick-check answer at level 1 to 5 in turn, so no outcome lacks a score. */
const QUICK_ANSWERS = Object.fromEntries(QUESTIONS.map((question, index) => [question.id, 1 + (index % 5)]));

test('the quick check result on a phone: a bar per outcome across the width, light and dark, 320 to 400 pixels', async ({ page, checkA11y }) => {
  test.skip(test.info().project.name !== 'phone', 'the widths are set here; once is enough');
  await seedSavedResults(page, [assessmentFile({ answers: QUICK_ANSWERS })], '#/result/e2e-result-1');
  const chart = main(page).getByRole('img', { name: /^Chart of the score for each of the 12 outcomes/ });
  for (const [scheme, colours] of [['light', LIGHT], ['dark', DARK]]) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [320, 360, 400]) {
      await page.setViewportSize({ width, height: 740 });
      const drawn = await measured(chart, colours);
      expect(drawn.share, `${scheme} at ${width}: the scale spans ${(drawn.share * 100).toFixed(0)}% of the chart`).toBeGreaterThanOrEqual(LEAST_SHARE);
      expect(drawn.runs, `${scheme} at ${width}: a bar per outcome (no targets, so no legend)`).toBe(QUESTION_COUNT);
      expect(drawn.filled, 'no radar').toBe(false);
      expect(await scrollsSideways(page), `${scheme} at ${width}: no sideways scrolling`).toBe(false);
    }
  }
  await checkA11y(page, 'quick check result on a 400 pixel phone, dark');

  // A tablet's width gets the radar back, its shape filled.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 800, height: 740 });
  await expect.poll(async () => (await measured(chart, LIGHT)).filled, { message: 'the radar is drawn' }).toBe(true);
});

test.describe('at three device pixels to the CSS pixel', () => {
  test.use({ deviceScaleFactor: 3 });

  test('a group on a phone: a band per outcome across the width', async ({ page }) => {
    test.skip(test.info().project.name !== 'phone', 'a phone-sized screen');
    const statements = statementsOf(OUTCOMES);
    const files = [1, 3, 5].map((level, person) =>
      jsonUpload(`respondent-${person}.json`, fullAssessmentFile({
        framework: OUTCOMES,
        id: `respondent-${person}`,
        answers: Object.fromEntries(statements.map((statement, index) => [statement.id, 1 + ((index + level) % 5)])),
        completed: '2026-10-25T12:00:00Z',
      })),
    );
    await openApp(page, '#/compare');
    await main(page).getByLabel('Name of a new group').fill('Phone check');
    await main(page).getByRole('button', { name: 'Create group' }).click();
    await expect(h1(page)).toHaveText('Phone check');
    await main(page).getByLabel('Upload assessment files').setInputFiles(files);
    await main(page).getByRole('group', { name: 'Add these assessments to the group?' }).getByRole('button', { name: 'Yes, add them' }).click();
    const chart = main(page).getByRole('img', { name: /^Chart of the median score for each of the 12 outcomes/ });
    const drawn = await measured(chart, LIGHT);
    expect(drawn.width, 'drawn at three pixels to the CSS pixel').toBe(Math.round(drawn.cssWidth * 3));
    expect(drawn.share, `the scale spans ${(drawn.share * 100).toFixed(0)}% of the chart`).toBeGreaterThanOrEqual(LEAST_SHARE);
    expect(drawn.filled).toBe(false);
    expect(await scrollsSideways(page)).toBe(false);
  });
});
