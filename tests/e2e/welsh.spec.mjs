// Cymraeg: the quick check taken in Welsh from a ?lang=cy link, the language remembered and
// switched mid-assessment without losing an answer, an embedded check in Welsh, and every page
// walked in Welsh with no English words from the catalogue left on it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.mjs';
import {
  FRAMEWORK,
  QUESTIONS,
  QUESTION_COUNT,
  TOP_LEVEL,
  appMain,
  assessmentFile,
  downloadFrom,
  h1,
  jsonUpload,
  fillStorage,
  main,
  openApp,
} from './helpers.mjs';
import { OUTCOMES, fullAssessmentFile } from './full-helpers.mjs';
import { englishOnly, word } from './words.mjs';

const CY = FRAMEWORK.translations.cy;
const welshQuestion = (number) => CY[`statements.${QUESTIONS[number - 1].id}.text`];
const welshArea = (number) => {
  const area = FRAMEWORK.areas.find((a) => a.statements.some((s) => s.id === QUESTIONS[number - 1].id));
  return CY[`areas.${area.id}.title`];
};
const welshLevel = (value) => CY[`scale.levels.${value}.name`];

async function expectWelshQuestion(page, number) {
  const position = word('cy', 'question.position', { number, count: QUESTION_COUNT, area: welshArea(number) });
  await expect(main(page).getByText(position, { exact: true })).toBeVisible();
  await expect(h1(page)).toHaveText(welshQuestion(number));
}

async function answerInWelsh(page, number, level) {
  await expectWelshQuestion(page, number);
  await main(page).getByLabel(welshLevel(level), { exact: true }).check();
  await expect(main(page).getByRole('status')).toHaveText(word('cy', 'question.saved-on-device'));
  const last = number === QUESTION_COUNT;
  await main(page).getByRole('button', { name: word('cy', last ? 'question.see-result' : 'question.continue-button') }).click();
}

/** English words from the catalogue shown on the page, in its text or its labels. */
async function englishOn(page) {
  const shown = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].map((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? '').join('\n'),
    );
    return `${document.body.innerText}\n${labels.join('\n')}`;
  });
  return englishOnly().filter((piece) => shown.includes(piece));
}

test('the quick check taken in Welsh from a ?lang=cy link', async ({ page, checkA11y }, testInfo) => {
  await page.goto('./?lang=cy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(h1(page)).toHaveText(word('cy', 'home.heading'));
  await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('lang', 'en');
  await expect(appMain(page)).toBeVisible();
  await checkA11y(page, 'home in Welsh');
  expect(await englishOn(page)).toEqual([]);

  await main(page).getByRole('button', { name: word('cy', 'home.start-check') }).click();
  await expectWelshQuestion(page, 1);
  await checkA11y(page, 'question in Welsh');
  // The error message names the framework's own Welsh words for "Don't know".
  await main(page).getByRole('button', { name: word('cy', 'question.continue-button') }).click();
  await expect(main(page).getByRole('alert')).toContainText(word('cy', 'question.choose-level', { 'dont-know': CY['scale.dont_know'] }));
  expect(await englishOn(page)).toEqual([]);
  for (let number = 1; number <= QUESTION_COUNT; number += 1) {
    await answerInWelsh(page, number, 1 + (number % 5));
  }
  await expect(page).toHaveURL(/#\/result\//);
  await expect(appMain(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(h1(page)).toHaveText(word('cy', 'result.title', { title: CY.title }));
  // The chart's text alternative and its table, in Welsh, with the outcomes' Welsh names.
  const chart = main(page).getByRole('img', {
    name: word('cy', 'result.radar-label', { count: QUESTION_COUNT, nouns: CY['area_names.plural'], top: TOP_LEVEL }),
  });
  await expect(chart).toBeVisible();
  await expect(main(page).getByRole('table').first()).toContainText(welshArea(1));
  await checkA11y(page, 'result in Welsh');
  expect(await englishOn(page)).toEqual([]);

  // A share link opens the result in Welsh; the downloaded result is the same assessment.
  await main(page).getByRole('button', { name: word('cy', 'result.create-link') }).click();
  await expect(main(page).getByLabel(word('cy', 'result.share-link'), { exact: true })).toHaveValue(/[?&]lang=cy/);
  const shared = await main(page).getByLabel(word('cy', 'result.share-link'), { exact: true }).inputValue();
  const { bytes } = await downloadFrom(page, main(page).getByRole('button', { name: word('cy', 'result.download-result') }), testInfo);
  const downloaded = JSON.parse(bytes.toString('utf8'));
  expect(Object.keys(downloaded.assessment.answers)).toHaveLength(QUESTION_COUNT);

  await page.goto(shared);
  await expect(appMain(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect(await englishOn(page), 'the shared result').toEqual([]);
  await checkA11y(page, 'shared result in Welsh');
});

test('the language chosen is remembered on the device and can be switched mid-check', async ({ page }) => {
  await page.goto('./?lang=cy');
  await expect(appMain(page)).toBeVisible();
  await main(page).getByRole('button', { name: word('cy', 'home.start-check') }).click();
  await answerInWelsh(page, 1, 3);
  await answerInWelsh(page, 2, 4);
  await expectWelshQuestion(page, 3);

  // Without ?lang= the device's choice holds.
  const address = page.url();
  await page.goto(address.replace('?lang=cy', ''));
  await expectWelshQuestion(page, 3);

  // "English" reloads the same question in English, with every answer kept.
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(h1(page)).toHaveText(QUESTIONS[2].text);
  await expect(page).toHaveURL(/lang=en#\/check\/[a-z0-9-]+\/3$/);
  await main(page).getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText(QUESTIONS[1].text);
  const level4 = FRAMEWORK.scale.levels.find((level) => level.value === 4).name;
  await expect(main(page).getByLabel(level4, { exact: true })).toBeChecked();

  // And back to Welsh: the answer is there in Welsh too.
  await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(main(page).getByLabel(welshLevel(4), { exact: true })).toBeChecked();
});

test('an embedded quick check in Welsh, without changing the language the device remembers', async ({ page, checkA11y }) => {
  await page.goto('./?lang=en');
  await expect(appMain(page)).toBeVisible();
  await page.setContent(
    `<iframe title="Quick check" src="${new URL('./?embed=quick&lang=cy', page.url()).href}" width="360" height="900"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(word('cy', 'home.heading'));
  await expect(frame.getByRole('link', { name: 'English', exact: true })).toBeVisible();
  await page.goto('./');
  await expect(appMain(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await checkA11y(page, 'home in English after an embedded Welsh check');
});

for (const fragment of ['#/saved', '#/start', '#/compare', '#/frameworks', '#/embed', '#/performance', '#/services', '#/no-such-page']) {
  test(`${fragment} in Welsh has no English words from the catalogue`, async ({ page, checkA11y }) => {
    await page.goto(`./?lang=cy${fragment}`);
    await expect(appMain(page)).toBeVisible();
    await expect(h1(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    expect(await englishOn(page)).toEqual([]);
    await checkA11y(page, `${fragment} in Welsh`);
  });
}

// A full assessment of the twelve outcomes, half answered with targets and evidence, walked page
// by page in Welsh, and its printed report read back from the PDF.
const FULL_ID = 'e2e-welsh-full';
const OUTCOMES_CY = OUTCOMES.translations.cy;
const FULL_ANSWERS = Object.fromEntries(
  OUTCOMES.areas.flatMap((area) => area.statements).map((statement, index) => [
    statement.id,
    index % 2 === 0 ? { rating: 1 + (index % 4), target: 5, evidence: 'Adolygiad 2026' } : { rating: 'dont_know' },
  ]),
);

test('a full assessment, its result, plan, roadmap and printed report in Welsh', async ({ page, checkA11y }, testInfo) => {
  test.setTimeout(120_000);
  const file = fullAssessmentFile({ framework: OUTCOMES, id: FULL_ID, answers: FULL_ANSWERS, completed: '2026-11-21T10:00:00Z' });
  await page.goto('./?lang=cy#/saved');
  await expect(appMain(page)).toBeVisible();
  const earlier = fullAssessmentFile({
    framework: OUTCOMES,
    id: `${FULL_ID}-earlier`,
    answers: Object.fromEntries(Object.keys(FULL_ANSWERS).map((statement) => [statement, { rating: 1 }])),
    created: '2025-11-20T10:00:00Z',
    completed: '2025-11-21T10:00:00Z',
  });
  await page.evaluate((all) => {
    for (const stored of all) localStorage.setItem(`almanac.assessment.${stored.assessment.id}`, JSON.stringify(stored));
  }, [earlier, file]);
  const firstArea = OUTCOMES.areas[0];
  for (const fragment of [
    `#/assessment/${FULL_ID}`,
    `#/assessment/${FULL_ID}/area/${firstArea.id}/1`,
    `#/assessment/${FULL_ID}/check`,
    `#/result/${FULL_ID}`,
    `#/plan/${FULL_ID}`,
    `#/roadmap/${FULL_ID}`,
    `#/compare/trend/${OUTCOMES.id}`,
    `#/compare/${FULL_ID}-earlier/${FULL_ID}`,
    '#/saved',
  ]) {
    await page.goto(`./?lang=cy${fragment}`);
    await page.reload();
    await expect(appMain(page)).toBeVisible();
    await expect(h1(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    // The framework's own words are Welsh too: its first area's Welsh title is on every page of it.
    if (fragment !== '#/saved') await expect(main(page)).toContainText(OUTCOMES_CY[`areas.${firstArea.id}.title`]);
    expect(await englishOn(page), fragment).toEqual([]);
    await checkA11y(page, `${fragment} in Welsh`);
  }

  await page.goto(`./?lang=cy#/report/${FULL_ID}`);
  await expect(appMain(page)).toBeVisible();
  expect(await englishOn(page), 'report').toEqual([]);
  await checkA11y(page, 'report in Welsh');
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-cy-pdf-'));
  try {
    const pdf = path.join(work, 'adroddiad.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await testInfo.attach('adroddiad.pdf', { path: pdf, contentType: 'application/pdf' });
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain(OUTCOMES_CY.title);
    expect(text).toContain(word('cy', 'frame.service-tagline'));
    for (const area of OUTCOMES.areas) expect(text).toContain(OUTCOMES_CY[`areas.${area.id}.title`]);
    expect(englishOnly().filter((piece) => text.includes(piece)), 'no English words in the printed report').toEqual([]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('the service performance dashboard with its sample data in Welsh', async ({ page, checkA11y }) => {
  test.setTimeout(60_000);
  await page.goto('./?lang=cy#/services');
  await expect(appMain(page)).toBeVisible();
  await main(page).getByRole('button').filter({ hasText: /sampl/i }).first().click();
  for (const fragment of ['#/services', '#/performance', '#/performance/channels', '#/performance/report']) {
    await page.goto(`./?lang=cy${fragment}`);
    await expect(appMain(page)).toBeVisible();
    await expect(h1(page)).toBeVisible();
    expect(await englishOn(page), fragment).toEqual([]);
    await checkA11y(page, `${fragment} in Welsh`);
  }
  // One service.
  await page.goto('./?lang=cy#/services');
  await expect(appMain(page)).toBeVisible();
  await main(page).locator('a[href^="#/services/"]').first().click();
  await expect(h1(page)).toBeVisible();
  expect(await englishOn(page), 'a service').toEqual([]);
  await checkA11y(page, 'a service in Welsh');

});

test('a group of colleagues and its workshop pack in Welsh', async ({ page, checkA11y }) => {
  await openApp(page, '#/compare');
  await main(page).getByLabel('Name of a new group').fill('Tîm digidol');
  await main(page).getByRole('button', { name: 'Create group' }).click();
  await expect(h1(page)).toHaveText('Tîm digidol');
  const files = [1, 2, 3].map((person) =>
    jsonUpload(
      `cydweithiwr-${person}.json`,
      assessmentFile({ id: `cydweithiwr-${person}`, answers: Object.fromEntries(QUESTIONS.map((q, i) => [q.id, 1 + ((i + person) % 5)])) }),
    ),
  );
  await main(page).getByLabel('Upload assessment files').setInputFiles(files);
  await main(page).getByRole('button', { name: 'Yes, add them' }).click();
  await expect(main(page).getByText('3 respondents', { exact: true })).toBeVisible();
  const group = new URL(page.url()).hash;
  for (const fragment of [group, `${group}/workshop`]) {
    await page.goto(`./?lang=cy${fragment}`);
    await expect(appMain(page)).toBeVisible();
    await expect(h1(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    expect(await englishOn(page), fragment).toEqual([]);
    await checkA11y(page, `${fragment} in Welsh`);
  }
});

// An unlucky or hostile visit: the words cannot be fetched, the address asks for a language
// Almanac does not have (or carries markup), and storage is full when a Welsh page opens.
test.describe('words that cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });
  test('are said to be missing in both languages, not shown blank', async ({ page }) => {
  await page.route(/\/words\/first-cy-[0-9a-f]+\.txt$/, (route) => route.abort());
  await page.goto('./?lang=cy');
  await expect(page.getByRole('heading', { name: 'Nid oedd modd llwytho Almanac' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Almanac could not be loaded' })).toBeVisible();
  await expect(page.locator('main[data-ready]')).toHaveCount(0);
  });
});

test.describe('a language Almanac does not have', () => {
  for (const asked of ['fr', '%3Cb%3Ecy%3C%2Fb%3E', 'cy%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E']) {
    test(`?lang=${asked} opens in English and is not remembered`, async ({ page }) => {
      await page.goto(`./?lang=${asked}`);
      await expect(appMain(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(h1(page)).toHaveText(word('en', 'home.heading'));
      expect(await page.evaluate(() => localStorage.getItem('almanac-language'))).toBeNull();
      // The link to Welsh keeps the rest of the address but not the bad language.
      const href = await page.getByRole('link', { name: 'Cymraeg', exact: true }).getAttribute('href');
      expect(href.match(/lang=/g)).toHaveLength(1);
      expect(href).toContain('lang=cy');
    });
  }
});

test('storage full when a Welsh page opens: the quick check still runs in Welsh and says so in Welsh', async ({ page, checkA11y }) => {
  await page.goto('./?lang=cy');
  await expect(appMain(page)).toBeVisible();
  await fillStorage(page);
  await page.reload();
  await expect(appMain(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await main(page).getByRole('button', { name: word('cy', 'home.start-check') }).click();
  await expectWelshQuestion(page, 1);
  await main(page).getByLabel(welshLevel(2), { exact: true }).check();
  await expect(page.getByRole('region').or(page.getByRole('alert')).first()).toBeVisible();
  expect(await englishOn(page)).toEqual([]);
  await checkA11y(page, 'storage full, in Welsh');
});

test('keyboard only: the language link is reached with Tab and followed with Enter', async ({ page }) => {
  await page.goto('./?lang=cy');
  await expect(appMain(page)).toBeVisible();
  const link = page.getByRole('link', { name: 'English', exact: true });
  for (let presses = 0; presses < 12 && !(await link.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(h1(page)).toHaveText(word('en', 'home.heading'));
});
