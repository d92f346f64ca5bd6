// Journey (issue 18): a coordinator combines twelve councils' files, made from the app's own
// export, into a group and publishes a benchmark; a council opens it in a browser of its own,
// takes the quick check and sees where it stands on the result page, on the action plan and in
// the printed report. Every figure the pages show is worked out here, independently of the app.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.mjs';
import { DONT_KNOW, FRAMEWORK, QUESTIONS, answerRest, downloadFrom, h1, jsonUpload, main, openApp, readTable, startQuickCheck } from './helpers.mjs';

const run = promisify(execFile);
const COUNCILS = 12;
const WITHHELD = QUESTIONS[QUESTIONS.length - 1];
const TITLE = 'North West digital benchmark';
const POPULATION = '12 councils in the North West, assessed in autumn 2026';

/** Council `c`'s level for question `q`; eight councils do not know the last answer, so it rests on four. */
function levelOf(c, q) {
  if (q === QUESTIONS.length - 1 && c < 8) return DONT_KNOW;
  return 1 + ((c * 3 + q * 2 + (c % 3)) % 5);
}

/** The council taking the check in its own browser. */
const OURS = Object.fromEntries(QUESTIONS.map((question, q) => [question.id, [4, 1, 3, 5, 2, 3, 2, 4, 1, 5, 3, 2][q]]));

/** A spreadsheet's QUARTILE.INC, as the app publishes it (rounded to two places). */
function quartiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => {
    const position = p * (sorted.length - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  };
  return [0.25, 0.5, 0.75].map((p) => Math.round(at(p) * 100) / 100);
}

/** One decimal place as the app prints it: an exact tie (x.25, x.75) goes to the even digit. */
function oneDecimal(value) {
  const scaled = value * 10;
  let tenths = Math.floor(scaled);
  const rest = scaled - tenths;
  if (rest > 0.5 || (rest === 0.5 && tenths % 2 === 1)) tenths += 1;
  return (tenths / 10).toFixed(1);
}

function position(score, [lower, median, upper]) {
  const shown = (value) => Math.round(Number(oneDecimal(value)) * 10);
  const [s, l, m, u] = [score, lower, median, upper].map(shown);
  if (s > u) return 'In the top quarter';
  if (s < l) return 'In the lowest quarter';
  if (s === m) return 'Around the median';
  return s > m ? 'Above the median' : 'Below the median';
}

/** The comparison table's rows as the result page should show them. */
function expectedRows() {
  return QUESTIONS.map((question, q) => {
    const levels = Array.from({ length: COUNCILS }, (_, c) => levelOf(c, q)).filter((level) => typeof level === 'number');
    const ours = OURS[question.id];
    if (levels.length < 5) {
      return [question.area, oneDecimal(ours), '–', '–', '–', '–', 'Fewer than 5 councils answered'];
    }
    const figures = quartiles(levels);
    return [question.area, oneDecimal(ours), ...figures.map(oneDecimal), String(levels.length), position(ours, figures)];
  });
}

test('twelve councils publish a benchmark and another council sees where it stands, on its result, plan and report', async ({ page, browser, checkA11y }, testInfo) => {
  test.setTimeout(180_000);
  const coordinator = await browser.newContext({ ...testInfo.project.use, serviceWorkers: 'block' });
  const errors = [];
  coordinator.on('weberror', (error) => errors.push(String(error.error())));
  const desk = await coordinator.newPage();
  desk.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

  // The coordinator's own quick check, downloaded: the shape every council's file has.
  await openApp(desk);
  await startQuickCheck(desk);
  await answerRest(desk, Object.fromEntries(QUESTIONS.map((question) => [question.id, 3])));
  const exported = await downloadFrom(desk, main(desk).getByRole('button', { name: 'Download your result' }), testInfo);
  const template = JSON.parse(exported.bytes.toString('utf8'));
  expect(template.format).toBe('almanac.assessment');

  const files = Array.from({ length: COUNCILS }, (_, c) => {
    const file = structuredClone(template);
    file.assessment.id = `council-${c}`;
    file.assessment.details = { organisation: `Quokka Borough Council ${c}`, organisation_type: c < 6 ? 'district' : 'unitary', region: 'north_west' };
    file.assessment.answers = Object.fromEntries(QUESTIONS.map((question, q) => [question.id, { rating: levelOf(c, q) }]));
    file.assessment.answers[QUESTIONS[0].id].evidence = `Confidential note from council ${c}`;
    return jsonUpload(`wombat-council-${c}.json`, file);
  });

  await openApp(desk, '#/compare');
  await main(desk).getByLabel('Name of a new group').fill('North West digital leads');
  await main(desk).getByRole('button', { name: 'Create group' }).click();
  await expect(h1(desk)).toHaveText('North West digital leads');
  await main(desk).getByLabel('Upload assessment files').setInputFiles(files);
  await main(desk).getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(desk).getByRole('status')).toHaveText('12 assessments were added to the group.');
  await expect(main(desk).getByText('Quokka Borough Council 3')).toBeVisible();

  await main(desk).getByRole('link', { name: 'Publish a benchmark' }).click();
  await expect(h1(desk)).toHaveText('Publish a benchmark');
  await checkA11y(desk, 'publish a benchmark');
  // Nothing typed: every required field is named, and nothing is offered for download.
  await main(desk).getByRole('button', { name: 'Preview the benchmark' }).click();
  await expect(desk.getByRole('alert')).toContainText('Enter a title for the benchmark');
  await expect(main(desk).getByRole('button', { name: 'Download the benchmark file' })).toHaveCount(0);
  await main(desk).getByLabel('Title').fill(TITLE);
  await main(desk).getByLabel('Who the figures describe').fill(POPULATION);
  await main(desk).getByLabel('Fewest people a figure may rest on').fill('4');
  await main(desk).getByRole('button', { name: 'Preview the benchmark' }).click();
  await expect(desk.getByRole('alert')).toContainText('must be 5 or more');
  await main(desk).getByLabel('Fewest people a figure may rest on').fill('5');
  await main(desk).getByLabel('Add figures for each kind of council').check();
  await main(desk).getByRole('button', { name: 'Preview the benchmark' }).click();
  await expect(main(desk).getByRole('heading', { name: 'What the file will contain' })).toBeVisible();
  await expect(main(desk)).toContainText('Fewer than 5');
  await checkA11y(desk, 'benchmark preview');
  const preview = await main(desk).locator('pre').textContent();
  const download = await downloadFrom(desk, main(desk).getByRole('button', { name: 'Download the benchmark file' }), testInfo);
  const text = download.bytes.toString('utf8');
  expect(text, 'the file is what the preview showed').toBe(preview);
  const benchmark = JSON.parse(text);
  expect(benchmark.format).toBe('almanac.benchmark');
  expect(benchmark.figures.respondents).toBe(COUNCILS);
  expect(benchmark.by_type.map((split) => split.type).sort()).toEqual(['district', 'unitary']);
  for (const secret of ['Quokka', 'Confidential', 'wombat', 'council-', 'north_west', 'North West digital leads']) {
    expect(text.includes(secret), `${secret} must not reach the benchmark`).toBe(false);
  }
  expect(errors).toEqual([]);
  await coordinator.close();

  // A council elsewhere: a fresh browser with nothing in it.
  await openApp(page, '#/benchmarks');
  await expect(h1(page)).toHaveText('Benchmarks');
  await main(page).getByLabel('Upload a benchmark file').setInputFiles(jsonUpload(download.name, text));
  await expect(main(page)).toContainText(`“${TITLE}” is kept on this device.`);
  await expect(main(page)).toContainText(POPULATION);
  await checkA11y(page, 'benchmarks');

  await openApp(page);
  await startQuickCheck(page);
  await answerRest(page, OURS);
  const section = main(page).getByRole('heading', { name: 'How you compare with other councils' });
  await expect(section).toBeVisible();
  await expect(main(page)).toContainText(`${TITLE}: ${POPULATION}.`);
  await expect(main(page)).toContainText('It combines 12 assessments, and no figure rests on fewer than 5.');
  const table = main(page).getByRole('table', { name: 'Your scores against the benchmark' });
  const rows = await readTable(table);
  expect(rows[0]).toEqual(['Outcome', 'Your score', 'Lower quartile', 'Median', 'Upper quartile', 'Councils', 'Where you stand']);
  expect(rows.slice(1)).toEqual(expectedRows());
  await expect(main(page)).toContainText(`Not compared: ${WITHHELD.area} (fewer than 5 councils answered).`);
  await expect(main(page).getByRole('img', { name: /^Chart of your score in each of 12 outcomes against the benchmark/ })).toBeVisible();
  await checkA11y(page, 'result with benchmark');

  // Only the districts: the split the file holds.
  await main(page).getByLabel('Compare with').selectOption({ label: 'District councils' });
  await expect(main(page)).toContainText('Compared with District councils only.');
  await main(page).getByLabel('Compare with').selectOption({ label: 'All councils in the benchmark' });

  // The action plan marks what is below the benchmark's median.
  await main(page).getByRole('link', { name: 'See the full action plan' }).click();
  await main(page).getByLabel(`Mark the items where you are below the median of “${TITLE}”`).check();
  const below = expectedRows().filter((row) => row[6] === 'Below the median' || row[6] === 'In the lowest quarter');
  expect(below.length, 'the council is below the median somewhere').toBeGreaterThan(0);
  await expect(main(page).getByText(/^Below the benchmark’s median of /)).toHaveCount(below.length);
  await checkA11y(page, 'plan with benchmark marks');

  // The printed report names the benchmark's population and date, and prints its table.
  const id = new URL(page.url()).hash.split('/').pop();
  await openApp(page, `#/report/${id}`);
  const published = new Date(`${benchmark.published}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  await expect(main(page)).toContainText(`${TITLE}: ${POPULATION}. Published ${published}.`);
  const pdf = testInfo.outputPath('report.pdf');
  await page.emulateMedia({ media: 'print' });
  await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const { stdout: printed } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  const flat = printed.replace(/\s+/g, ' ');
  expect(flat).toContain('How you compare with other councils');
  expect(flat).toContain(POPULATION);
  expect(flat).toContain(`Published ${published}`);
  await checkA11y(page, 'report with benchmark');
});

test('a wrong file, a damaged benchmark and a benchmark the site provides', async ({ page, checkA11y }) => {
  const figures = (n) => ({ answered: n, lower_quartile: 2, median: 3, upper_quartile: 4, levels: [0, n - 1, 1, 0, 0] });
  const hosted = {
    format: 'almanac.benchmark',
    schema_version: 1,
    id: 'hosted-example',
    title: 'Partnership benchmark',
    population: '9 councils in a partnership',
    published: '2026-11-02',
    framework: { id: FRAMEWORK.id, version: FRAMEWORK.version },
    threshold: 5,
    figures: {
      respondents: 9,
      overall: { answered: 9, lower_quartile: 2, median: 2.5, upper_quartile: 3 },
      areas: FRAMEWORK.areas.map((area) => ({
        id: area.id,
        score: { answered: 9, lower_quartile: 2, median: 3, upper_quartile: 4 },
        statements: area.statements.map((statement) => ({ id: statement.id, level: figures(9) })),
      })),
    },
  };
  await page.route('**/benchmarks/index.json', (route) => route.fulfill({ json: { benchmarks: ['partnership.json', 'broken.json'] } }));
  await page.route('**/benchmarks/partnership.json', (route) => route.fulfill({ json: hosted }));
  await page.route('**/benchmarks/broken.json', (route) => route.fulfill({ body: '{"format": "almanac.benchmark", "schema_version": 1' }));

  await openApp(page, '#/benchmarks');
  await expect(main(page).getByRole('heading', { name: 'Provided by this site' })).toBeVisible();
  await expect(main(page)).toContainText('Partnership benchmark');
  await expect(main(page)).toContainText('broken.json');

  // An assessment file is not a benchmark; a benchmark resting on four is refused by its path.
  const upload = main(page).getByLabel('Upload a benchmark file');
  await upload.setInputFiles(jsonUpload('result.json', { format: 'almanac.assessment', schema_version: 1, assessment: {} }));
  await expect(page.getByRole('alert')).toContainText('this is an assessment file, not a benchmark');
  const tampered = structuredClone(hosted);
  tampered.id = 'tampered';
  tampered.figures.areas[0].statements[0].level = figures(4);
  await upload.setInputFiles(jsonUpload('tampered.json', tampered));
  await expect(page.getByRole('alert')).toContainText('figures.areas[0].statements[0].level.answered: rests on fewer respondents than the benchmark’s threshold of 5');
  await checkA11y(page, 'benchmark refused');

  // A result of the framework compares with the site's benchmark without opening any file.
  await openApp(page);
  await startQuickCheck(page);
  await answerRest(page, Object.fromEntries(QUESTIONS.map((question) => [question.id, 5])));
  await expect(main(page)).toContainText('Partnership benchmark: 9 councils in a partnership.');
  const rows = await readTable(main(page).getByRole('table', { name: 'Your scores against the benchmark' }));
  expect(rows.slice(1).every((row) => row[6] === 'In the top quarter')).toBe(true);
  await expect(main(page)).toContainText('Your overall score, 5.0, is in the top quarter of these councils.');
});
