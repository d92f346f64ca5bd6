// Embedding: a council's intranet page on another origin holds Almanac in an iframe that grows
// to fit it, in the council's colour; the snippet page writes the code for it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { QUESTION_COUNT, h1, main } from './helpers.mjs';
import { startServer } from '../../scripts/serve-dist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** WCAG contrast of two `rgb(r, g, b)` colours, worked out here independently of the app. */
function contrast(first, second) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/\d+/g).slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** The iframe's height and the height of the document inside it, in CSS pixels. */
async function frameAndContentHeights(page) {
  const frameHeight = await page.locator('#almanac').evaluate((frame) => frame.getBoundingClientRect().height);
  const contentHeight = await page
    .frameLocator('#almanac')
    .locator('html')
    .evaluate((html) => html.getBoundingClientRect().height);
  return { frameHeight, contentHeight };
}

async function expectFrameFitsContent(page) {
  await expect(async () => {
    const { frameHeight, contentHeight } = await frameAndContentHeights(page);
    expect(Math.abs(frameHeight - Math.ceil(contentHeight))).toBeLessThanOrEqual(1);
  }).toPass();
}

test.describe('the embed example on another origin', () => {
  // The intranet page is served from http://localhost:<port>; Almanac stays on 127.0.0.1, so the
  // two are different sites, as an intranet and the host of Almanac would be.
  test.use({ allowedOrigins: [/^http:\/\/localhost:\d+$/] });
  let folder;
  let intranet;

  test.beforeEach(async ({ baseURL }) => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'almanac-intranet-'));
    const example = await readFile(path.join(ROOT, 'dist', 'embed-example.html'), 'utf8');
    expect(example).toContain('src="./?embed=quick');
    await writeFile(path.join(folder, 'index.html'), example.replace('src="./?embed=quick', `src="${baseURL}?embed=quick`));
    for (const file of ['embed.js', 'embed-example.css']) await cp(path.join(ROOT, 'dist', file), path.join(folder, file));
    await cp(path.join(ROOT, 'dist', 'icons'), path.join(folder, 'icons'), { recursive: true });
    intranet = await startServer({ dir: folder, host: 'localhost', port: 0, base: '/intranet/', contentSecurityPolicy: null });
  });

  test.afterEach(async () => {
    await intranet.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('the iframe grows to its content, in the brand colour, and a result can be downloaded', async ({ page, baseURL, checkA11y }, testInfo) => {
    await page.goto(intranet.url);
    const app = page.frameLocator('#almanac');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('How digital is your council?');
    // Chromeless: no header, footer or main navigation; the council's name instead.
    await expect(app.getByRole('banner')).toHaveCount(0);
    await expect(app.getByRole('contentinfo')).toHaveCount(0);
    await expect(app.getByText('Anytown Borough Council', { exact: true })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Start a full assessment' })).toHaveCount(0);
    // Inside another site's page the person is told where their answers are kept. Browsers differ:
    // Chromium with third-party storage blocked (as here) refuses it, others partition it.
    await expect(app.getByRole('note')).toContainText(/where your browser does not let it save|Your browser keeps your answers for this page only/);
    await expect(app.getByRole('note').getByRole('link', { name: 'open Almanac in its own tab (opens in new tab)' }))
      .toHaveAttribute('href', new RegExp(`^${baseURL.replace(/[.]/g, '\\.')}\\?brand=00703c&logo=Anytown%20Borough%20Council#/$`));
    await expectFrameFitsContent(page);
    const startHeight = (await frameAndContentHeights(page)).frameHeight;
    expect(startHeight, 'the iframe is sized to its content, not left at its 600 px').not.toBe(600);

    const start = app.getByRole('button', { name: 'Start the quick check' });
    const colour = await start.evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(colour).toBe('rgb(0, 112, 60)');
    await checkA11y(page, 'embed example');

    await start.click();
    for (let number = 1; number <= QUESTION_COUNT; number += 1) {
      await expect(app.getByText(`Question ${number} of ${QUESTION_COUNT}`, { exact: false })).toBeVisible();
      await app.getByRole('radio').nth(number % 5).check();
      await app.getByRole('button', { name: number === QUESTION_COUNT ? 'See your result' : 'Continue' }).click();
    }
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Quick check result');
    await expectFrameFitsContent(page);
    expect((await frameAndContentHeights(page)).frameHeight, 'the result is longer than the start page').toBeGreaterThan(startHeight);
    await checkA11y(page, 'embedded result');

    const downloading = page.waitForEvent('download');
    await app.getByRole('button', { name: 'Download your result' }).click();
    const download = await downloading;
    const saved = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const file = JSON.parse(await readFile(saved, 'utf8'));
    expect(file.format).toBe('almanac.assessment');
    expect(Object.keys(file.assessment?.answers ?? file.answers ?? {})).toHaveLength(QUESTION_COUNT);
  });
});

test('the whole tool embedded: its own navigation, a too-light colour darkened, fits 280 px', async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 280, height: 700 });
  await page.goto('./?embed=full&brand=ffdd00&logo=Anytown%20Borough%20Council#/');
  await expect(h1(page)).toHaveText('How digital is your council?');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' })).toBeVisible();
  await expect(main(page).getByRole('link', { name: 'Start a full assessment' })).toBeVisible();

  const start = main(page).getByRole('button', { name: 'Start the quick check' });
  const [background, text] = await start.evaluate((button) => [getComputedStyle(button).backgroundColor, getComputedStyle(button).color]);
  expect(background, 'yellow would fail behind white text, so a darker shade is used').not.toBe('rgb(255, 221, 0)');
  expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
  const [red, green, blue] = background.match(/\d+/g).map(Number);
  expect(blue).toBe(0);
  expect(green / red).toBeCloseTo(221 / 255, 1);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'nothing is wider than a 280 px frame').toBeLessThanOrEqual(0);
  await checkA11y(page, 'whole tool embedded at 280 px');
});

test('settings that cannot be used are named, and the rest still apply', async ({ page }) => {
  await page.goto('./?embed=yes&brand=purple&logo=Anytown#/');
  const notice = page.getByRole('region', { name: 'Some settings in this page’s address were not used' });
  await expect(notice).toContainText('embed is "yes", but it can only be "quick" (the quick check) or "full" (the whole tool)');
  await expect(notice).toContainText('brand: "purple" is not a colour: give six hexadecimal digits, like 1d70b8');
  await expect(page.getByRole('banner')).toContainText('Anytown');
});

test('the snippet page writes the code with the chosen options and checks the colour', async ({ page, baseURL, checkA11y }) => {
  await page.goto('./#/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Put Almanac on your intranet' }).click();
  await expect(h1(page)).toHaveText('Put Almanac on your intranet');
  const code = main(page).getByLabel('Copy this into your intranet page');
  await expect(code).toHaveValue(new RegExp(`src="${baseURL.replace(/[.]/g, '\\.')}\\?embed=quick"`));

  await main(page).getByLabel('The whole tool').check();
  await main(page).getByLabel('Your council’s colour (optional)').fill('not a colour');
  await expect(main(page).getByText('Error: "not a colour" is not a colour')).toBeVisible();
  await expect(code).toHaveCount(0);
  await expect(main(page).getByText('Fix the colour or the name above to see the code.')).toBeVisible();

  await main(page).getByLabel('Your council’s colour (optional)').fill('#ffdd00');
  await expect(main(page).getByText(/White text on #ffdd00 has a contrast of 1\.\d:1, below the 4\.5:1 that WCAG asks for/)).toBeVisible();
  await main(page).getByLabel('Your council’s name (optional)').fill('Borough of Ashby & Trent');
  const snippet = await code.inputValue();
  expect(snippet).toContain(`src="${baseURL}?embed=full&amp;brand=ffdd00&amp;logo=Borough%20of%20Ashby%20%26%20Trent"`);
  expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-forms allow-downloads allow-popups"');
  expect(snippet).toContain(await readFile(path.join(ROOT, 'public', 'embed.js'), 'utf8').then((script) => script.trim()));
  await expect(page.frameLocator('iframe.embed-preview').getByText('Borough of Ashby & Trent', { exact: true })).toBeVisible();
  await checkA11y(page, 'snippet page');
});
