// Shared helpers for Almanac's end-to-end specs: what the quick check asks (read from the
// framework file the app is built with), the scores a set of answers should give, assessment
// files for imports, and the steps a person takes through the UI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const FRAMEWORK = JSON.parse(readFileSync(path.join(ROOT, 'frameworks', 'quick-check.json'), 'utf8'));
export const DONT_KNOW = 'dont_know';
export const NOT_APPLICABLE = 'not_applicable';

/** One entry per question, in order: its statement id, its outcome's title and its text. */
export const QUESTIONS = FRAMEWORK.areas.flatMap((area) =>
  area.statements.map((statement) => ({ id: statement.id, area: area.title, text: statement.text, levels: statement.levels })),
);
export const QUESTION_COUNT = QUESTIONS.length;
export const TOP_LEVEL = Math.max(...FRAMEWORK.scale.levels.map((level) => level.value));

/** The radio's visible label for an answer: a level number, DONT_KNOW or NOT_APPLICABLE. */
export function answerLabel(answer) {
  if (answer === DONT_KNOW) return FRAMEWORK.scale.dont_know;
  if (answer === NOT_APPLICABLE) return FRAMEWORK.scale.not_applicable;
  return FRAMEWORK.scale.levels.find((level) => level.value === answer).name;
}

/** How the result table words an answer: "3: Planned and growing", "Don't know". */
function tableAnswer(answer) {
  return typeof answer === 'number' ? `${answer}: ${answerLabel(answer)}` : answerLabel(answer);
}

/**
 * sum / count to one decimal place, worked out exactly. An exact tie (x.25, x.75) goes to the
 * even digit, as Rust's `{:.1}` does; no other tie can arise from a mean of at most 12 levels.
 */
export function formatMean(sum, count) {
  if (count === 0) return 'No score';
  const scaled = sum * 10;
  let tenths = Math.floor(scaled / count);
  const twiceRemainder = 2 * (scaled - tenths * count);
  if (twiceRemainder > count || (twiceRemainder === count && tenths % 2 === 1)) tenths += 1;
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

const gcd = (a, b) => (b ? gcd(b, a % b) : a);
/** Whether n/d is exact in binary floating point (its reduced denominator is a power of two). */
const isDyadic = (n, d) => {
  let rest = d / gcd(Math.abs(n), d);
  while (rest % 2 === 0) rest /= 2;
  return rest === 1;
};

/** A framework's weight in hundredths, as an integer (a framework's weights have at most two decimals). */
function hundredths(weight) {
  const scaled = Math.round(weight * 100);
  expect(scaled / 100, `weight ${weight} has at most two decimals`).toBe(weight);
  expect(scaled, `weight ${weight} is more than 0`).toBeGreaterThan(0);
  return scaled;
}

/**
 * The overall score: the mean of the area scores weighted by each area's weight,
 * sum(score x weight) / sum(weight) over the areas that have a score, to one decimal place.
 * `parts` is one { sum, count, weight } per area: the sum and count of its levels (count 0: no
 * score, left out). Worked out exactly as one fraction of integers (weights in hundredths, area
 * means over a common denominator), independently of the app.
 *
 * The app works it out in f64 and prints it with Rust's `{:.1}`, which rounds an exact tie (x.25,
 * x.75) to the even digit, as `formatMean` does. But the f64 holds a tie exactly only when every
 * area's mean, every weight and the result itself are exact in binary; otherwise it lands a hair to
 * one side of the tie, and which digit is printed is not worth predicting, so such a tie is refused
 * here: choose other answers.
 */
export function weightedMean(parts) {
  const scored = parts.filter((part) => part.count > 0);
  if (scored.length === 0) return 'No score';
  const common = scored.reduce((lcm, part) => (lcm * part.count) / gcd(lcm, part.count), 1);
  const numerator = scored.reduce((total, part) => total + part.sum * (common / part.count) * hundredths(part.weight), 0);
  const denominator = common * scored.reduce((total, part) => total + hundredths(part.weight), 0);
  expect(Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator), 'the fraction is exact').toBe(true);
  const tie = 2 * ((numerator * 10) % denominator) === denominator;
  if (tie) {
    const exact =
      isDyadic(numerator, denominator) &&
      scored.every((part) => isDyadic(part.sum, part.count) && isDyadic(hundredths(part.weight), 100));
    expect(exact, `overall ${numerator}/${denominator} is a rounding tie the app's f64 may print either way`).toBe(true);
  }
  return formatMean(numerator, denominator);
}

/**
 * What the result page should show for `answers` (statement id -> level | DONT_KNOW | NOT_APPLICABLE),
 * computed independently of the app: every outcome has one question, so its score is the level
 * given, and the overall score is the mean of those levels weighted by each outcome's weight in
 * the framework file (`weightedMean`); "Don't know" / "Not applicable" are left out.
 */
export function expectedResult(answers) {
  for (const area of FRAMEWORK.areas) {
    expect(area.statements, `${area.id} has one question`).toHaveLength(1);
  }
  const rows = QUESTIONS.map((question, index) => {
    const answer = answers[question.id];
    const level = typeof answer === 'number' ? answer : null;
    return {
      area: question.area,
      weight: FRAMEWORK.areas[index].weight ?? 1,
      level,
      score: level === null ? 'No score' : formatMean(level, 1),
      answer: answer === undefined ? 'Not answered' : tableAnswer(answer),
    };
  });
  const overall = weightedMean(rows.map((row) => ({ sum: row.level ?? 0, count: row.level === null ? 0 : 1, weight: row.weight })));
  // Lowest first, ties in framework order (a stable sort); the top level has no next step.
  const nextSteps = rows
    .filter((row) => row.level !== null && row.level < TOP_LEVEL)
    .map((row, index) => ({ ...row, index }))
    .sort((a, b) => a.level - b.level || a.index - b.index)
    .slice(0, 3)
    .map((row) => ({ area: row.area, level: row.level, levelName: answerLabel(row.level) }));
  return { overall, rows, nextSteps };
}

/** An assessment file as Almanac downloads it, for imports. */
export function assessmentFile({
  id = 'e2e-result-1',
  answers,
  created = '2026-11-20T10:00:00Z',
  updated = '2026-11-20T10:05:00Z',
  completed = updated,
  position = QUESTION_COUNT - 1,
} = {}) {
  const assessment = {
    id,
    framework: { id: FRAMEWORK.id, version: FRAMEWORK.version },
    created,
    updated,
    ...(completed ? { completed } : {}),
    position,
    answers: Object.fromEntries(Object.entries(answers).map(([statement, rating]) => [statement, { rating }])),
  };
  return { format: 'almanac.assessment', schema_version: 1, assessment };
}

/** A file for `setInputFiles`, from an object (as JSON) or raw text. */
export function jsonUpload(name, content) {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

// ---------------------------------------------------------------------------------------------
// Steps through the UI.

export const main = (page) => page.getByRole('main');
export const h1 = (page) => main(page).getByRole('heading', { level: 1 });
/**
 * The running app's <main>. index.html holds the home page drawn at build time, whose <main>
 * has no data-ready and whose buttons do nothing until the app's code has started.
 */
export const appMain = (page) => page.locator('main[data-ready]');

/**
 * Opens the app at a fragment (`''`, `'#/saved'`, …) and waits for the page to be drawn by the
 * running app (a page from an area not loaded yet first says "Loading…", which has no h1).
 */
/**
 * Waits until every write the page has asked for so far is in local storage. The app writes in
 * turns (public/storage-turn.js) that all its tabs take in order, so a turn asked for now comes
 * after them.
 */
export async function afterPendingWrites(page) {
  await page.evaluate(() => navigator.locks.request('almanac.storage', () => {}));
}

export async function openApp(page, fragment = '') {
  await page.goto(`./${fragment}`);
  await expect(appMain(page)).toBeVisible();
  await expect(h1(page)).toBeVisible();
}

export async function expectQuestion(page, number) {
  const question = QUESTIONS[number - 1];
  await expect(main(page).getByText(`Question ${number} of ${QUESTION_COUNT} · ${question.area}`, { exact: true })).toBeVisible();
  await expect(h1(page)).toHaveText(question.text);
  await expect(page).toHaveURL(new RegExp(`#/check/[a-z0-9-]+/${number}$`));
}

export function radio(page, answer) {
  return main(page).getByLabel(answerLabel(answer), { exact: true });
}

/** From the home page with nothing in progress: start a new quick check. */
export async function startQuickCheck(page) {
  await expect(appMain(page)).toBeVisible();
  await main(page).getByRole('button', { name: 'Start the quick check' }).click();
  await expectQuestion(page, 1);
}

/** Chooses an answer on the current question and waits until the page says it is kept. */
export async function choose(page, answer, { saved = 'Your answer is saved on this device.' } = {}) {
  await radio(page, answer).check();
  await expect(radio(page, answer)).toBeChecked();
  await expect(main(page).getByRole('status')).toHaveText(saved);
}

/** Answers question `number` and moves on (to the next question, or the result after the last). */
export async function answerAndContinue(page, number, answer, options) {
  await expectQuestion(page, number);
  await choose(page, answer, options);
  const last = number === QUESTION_COUNT;
  await main(page).getByRole('button', { name: last ? 'See your result' : 'Continue' }).click();
  if (last) {
    await expect(h1(page)).toHaveText('Quick check result');
  } else {
    await expectQuestion(page, number + 1);
  }
}

/** Answers questions `from`..12 in turn, ending on the result page. */
export async function answerRest(page, answers, { from = 1, ...options } = {}) {
  for (let number = from; number <= QUESTION_COUNT; number += 1) {
    await answerAndContinue(page, number, answers[QUESTIONS[number - 1].id], options);
  }
}

/** The result page's overall score, "3.2 out of 5", located by its label. */
export function overallScore(page) {
  return main(page).getByText(/^\d\.\d out of \d$/);
}

export function scoreTable(page) {
  return main(page).getByRole('table', { name: `Score for each ${FRAMEWORK.area_names.singular}, out of ${TOP_LEVEL}` });
}

/** The table's body rows as [outcome, score, answer] text, read the way a screen reader would. */
export async function readScoreTable(page) {
  const rows = scoreTable(page).getByRole('row').filter({ has: page.getByRole('rowheader') });
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
  );
}

/** Checks the result page shows exactly what `expectedResult(answers)` says. */
export async function expectResult(page, answers) {
  const expected = expectedResult(answers);
  await expect(h1(page)).toHaveText('Quick check result');
  await expect(overallScore(page)).toHaveText(`${expected.overall} out of ${TOP_LEVEL}`);
  const rows = scoreTable(page).getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(QUESTION_COUNT);
  expect(await readScoreTable(page)).toEqual(expected.rows.map((row) => [row.area, row.score, row.answer]));
  return expected;
}

/** The saved-results cards: list items headed by the result's name. */
export function savedItems(page) {
  return main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
}

/** A saved result's summary as { Status, Answers, 'Overall score', 'Last changed' }. */
export async function readSavedItem(item) {
  // The card may belong to a page whose area is still loading: wait for it before reading.
  await expect(item.getByRole('heading', { level: 2 })).toBeVisible();
  const terms = await item.getByRole('term').allTextContents();
  const values = await item.getByRole('definition').allTextContents();
  return {
    heading: (await item.getByRole('heading', { level: 2 }).textContent()).trim(),
    ...Object.fromEntries(terms.map((term, i) => [term.trim(), values[i].trim()])),
  };
}

/**
 * Puts assessment files straight into the browser's storage, under the keys Almanac keeps them
 * at (its storage and download formats are the same), then reloads so the app reads them.
 * Setup for journeys that need saved results without re-running the whole quick check.
 */
export async function seedSavedResults(page, files, fragment = '#/saved') {
  await openApp(page, fragment);
  await page.evaluate((all) => {
    for (const file of all) localStorage.setItem(`almanac.assessment.${file.assessment.id}`, JSON.stringify(file, null, 2));
  }, files);
  await page.reload();
  await expect(appMain(page)).toBeVisible();
  await expect(h1(page)).toBeVisible();
}

/** Uploads a file through the labelled file input on the Saved results page. */
export async function upload(page, file) {
  await main(page).getByLabel('Upload a result file').setInputFiles(file);
}

// ---------------------------------------------------------------------------------------------
// The service worker (offline.spec.mjs, lazy-loading.spec.mjs; every other spec blocks it).

/** Waits until a service worker controls the page (it has kept the first download by then). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/**
 * What the build's sw.js (in `dir`, dist/ unless told) keeps: its build id, the files of the
 * first download (kept on install) and the rest (kept once the page is idle), as the worker
 * lists them ("./pkg/…", relative to the app's address).
 */
export function workerFiles(dir = path.join(ROOT, 'dist')) {
  const worker = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const constant = (name) => {
    const found = worker.match(new RegExp(`^const ${name} = (.*);$`, 'm'));
    if (!found) throw new Error(`sw.js in ${dir} has no "const ${name} = …;" line`);
    return JSON.parse(found[1]);
  };
  return { build: constant('BUILD'), first: constant('FIRST'), rest: constant('REST') };
}

/** The files of `worker` (from `workerFiles`) not yet in its build's cache, seen from the page. */
export function missingFromCache(page, worker) {
  return page.evaluate(async ({ build, files }) => {
    const name = `almanac-${build}`;
    if (!(await caches.has(name))) return files;
    const cache = await caches.open(name);
    const missing = [];
    for (const file of files) {
      if (!(await cache.match(new URL(file, document.baseURI).href))) missing.push(file);
    }
    return missing;
  }, { build: worker.build, files: [...worker.first, ...worker.rest] });
}

/**
 * Waits until the worker has kept every file of the build: the first download on install, the
 * rest after the page says it is idle ("almanac:keep-everything"), at low priority.
 */
export async function waitForEverythingKept(page, worker = workerFiles()) {
  await waitForServiceWorker(page);
  await expect
    .poll(() => missingFromCache(page, worker), { message: `every file of build ${worker.build} is in the cache`, timeout: 60_000, intervals: [250, 500, 1000] })
    .toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Downloads, CSV, charts and tables (results-plan.spec.mjs).

/** Clicks `trigger`, saves the download in the test's output folder and returns its name, path and bytes. */
export async function downloadFrom(page, trigger, testInfo) {
  const downloading = page.waitForEvent('download');
  await trigger.click();
  const download = await downloading;
  const name = download.suggestedFilename();
  const file = testInfo.outputPath(name);
  await download.saveAs(file);
  return { name, file, bytes: readFileSync(file) };
}

/**
 * Parses CSV text strictly by RFC 4180: records end with CRLF, fields containing a comma, quote
 * or line break are quoted, and a quote inside a quoted field is doubled. Anything else (a bare
 * line break outside quotes, text after a closing quote, an unterminated quote) throws.
 * Returns the records as arrays of strings; the trailing CRLF after the last record is allowed.
 */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let state = 'start'; // start of a field | unquoted | quoted | closed (just after a closing quote)
  const endField = () => {
    record.push(field);
    field = '';
    state = 'start';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (state === 'quoted') {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else state = 'closed';
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 1;
    } else if (state === 'closed') {
      throw new Error(`CSV: ${JSON.stringify(c)} after a closing quote at offset ${i}`);
    } else if (c === '\r' || c === '\n') {
      throw new Error(`CSV: a line break outside quotes that is not CRLF at offset ${i}`);
    } else if (c === '"') {
      if (state !== 'start') throw new Error(`CSV: a quote inside an unquoted field at offset ${i}`);
      state = 'quoted';
    } else {
      field += c;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') throw new Error('CSV: a quoted field is not closed');
  if (state !== 'start' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** Width and height from a PNG's header, after checking its 8-byte signature. */
export function pngSize(bytes) {
  const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)], 'the PNG signature').toEqual(SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1'), 'the first chunk is IHDR').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * In the page (pass to `locator.evaluate`): a canvas's backing store and CSS sizes, the device
 * pixel ratio, and the colours covering at least 50 pixels each (anti-aliasing aside), most common first.
 */
export function inspectCanvas(canvas) {
  const rect = canvas.getBoundingClientRect();
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const colour = `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const pixels = data.length / 4;
  const common = [...counts.entries()].filter(([, n]) => n >= 50).sort((a, b) => b[1] - a[1]);
  return {
    width: canvas.width,
    height: canvas.height,
    cssWidth: rect.width,
    cssHeight: rect.height,
    dpr: window.devicePixelRatio,
    colours: common.map(([colour]) => colour),
    dominantShare: common.length ? common[0][1] / pixels : 0,
  };
}

/** A table's rows, header row included, as arrays of cell text with white space collapsed. */
export async function readTable(table) {
  return table.getByRole('row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())),
  );
}

/**
 * Fills local storage to its quota from a script of the same origin, as another app could, down
 * to the last byte; returns the name of the error the browser gave once full.
 */
export async function fillStorage(page) {
  return page.evaluate(() => {
    let refusal = null;
    for (let size = 1 << 20, i = 0; size >= 1; ) {
      try {
        localStorage.setItem(`someone-else-${i++}`, 'x'.repeat(size));
      } catch (error) {
        refusal = error.name;
        size >>= 1;
      }
    }
    return refusal;
  });
}

/** Removes what `fillStorage` stored. */
export async function freeStorage(page) {
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('someone-else')).forEach((k) => localStorage.removeItem(k)));
}

// Service performance: typing one service's figures for a period.

/** The group of fields for one channel on the figures form. */
export function figuresChannel(page, name) {
  const legend = name === 'Online' ? 'Online (digital)' : name;
  return main(page).getByRole('group', { name: legend, exact: true });
}

export async function fillChannel(page, name, [completed, cost, started]) {
  const group = figuresChannel(page, name);
  await group.getByLabel('Transactions completed', { exact: true }).fill(String(completed));
  if (cost !== null) await group.getByLabel('Total cost (£)', { exact: true }).fill(String(cost));
  if (started !== undefined) await group.getByLabel('Transactions started', { exact: true }).fill(String(started));
}

export async function openFigures(page, service, period) {
  await main(page).getByRole('link', { name: service, exact: true }).click();
  await expect(h1(page)).toHaveText(service);
  await main(page).getByLabel('Period', { exact: true }).fill(period);
  await main(page).getByRole('button', { name: 'Enter figures for this period' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: /^Figures for / })).toBeVisible();
}
