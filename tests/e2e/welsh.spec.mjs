// Cymraeg: the quick check taken in Welsh from a ?lang=cy link, the language remembered and
// switched mid-assessment without losing an answer, an embedded check in Welsh, and every page
// walked in Welsh with no English words from the catalogue left on it.
import { test, expect } from './fixtures.mjs';
import { FRAMEWORK, QUESTIONS, QUESTION_COUNT, appMain, h1, main } from './helpers.mjs';
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

test('the quick check taken in Welsh from a ?lang=cy link', async ({ page, checkA11y }) => {
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
  await checkA11y(page, 'result in Welsh');
  expect(await englishOn(page)).toEqual([]);
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
