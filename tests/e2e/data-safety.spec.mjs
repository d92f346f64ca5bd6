// Issue 13's data-loss defects, each as the attack that found it: storage full when the page
// opens, a restore while storage is full, records set aside as damaged being written over, and
// two tabs acting in the same instant. Also: the browser is asked to keep storage for good once
// there is a result worth keeping, and Saved results says whether it will.
import { test, expect } from './fixtures.mjs';
import {
  QUESTIONS,
  appMain,
  assessmentFile,
  downloadFrom,
  fillStorage,
  freeStorage,
  h1,
  jsonUpload,
  main,
  openApp,
  radio,
  savedItems,
  seedSavedResults,
} from './helpers.mjs';
import { OUTCOMES, fullAssessmentFile, statementsOf } from './full-helpers.mjs';

const ANSWERS = Object.fromEntries(QUESTIONS.map((q, i) => [q.id, 1 + (i % 5)]));

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('storage full when Almanac opens: everything saved is shown, said plainly, and in the backup', async ({ page, checkA11y }, testInfo) => {
  await seedSavedResults(page, [
    assessmentFile({ id: 'e2e-full-1', answers: ANSWERS }),
    assessmentFile({ id: 'e2e-full-2', answers: ANSWERS, updated: '2026-11-21T10:00:00Z' }),
  ]);
  await page.goto('./#/services');
  await main(page).getByRole('button', { name: 'Load the illustrative sample data' }).click();
  await expect(main(page).getByRole('region', { name: 'Illustrative sample data' })).toBeVisible();
  // Written under the cross-tab lock, a moment after the page shows it: stored before filling.
  await expect.poll(() => stored(page, 'almanac.performance')).not.toBeNull();
  await fillStorage(page);

  await page.goto('./#/saved');
  await page.reload();
  await expect(appMain(page)).toBeVisible();
  await expect(h1(page)).toHaveText('Saved results');
  const notice = page.getByRole('region', { name: 'Changes you make now cannot be kept on this device' });
  await expect(notice).toContainText('Everything saved before is here');
  await expect(savedItems(page)).toHaveCount(2);
  await checkA11y(page, 'saved results with storage full at the start');

  const { bytes } = await downloadFrom(page, main(page).getByRole('button', { name: 'Download a backup of everything' }), testInfo);
  const backup = JSON.parse(bytes.toString('utf8'));
  expect(backup.assessments.map((a) => a.id).sort()).toEqual(['e2e-full-1', 'e2e-full-2']);
  expect(backup.performance.services.length).toBeGreaterThan(10);
});

test('a restore while storage is full says it wrote nothing, and lands once there is room', async ({ page }) => {
  await openApp(page, '#/saved');
  const backup = {
    format: 'almanac.backup',
    schema_version: 1,
    created: '2026-11-25T09:00:00Z',
    assessments: [assessmentFile({ id: 'e2e-restored', answers: ANSWERS }).assessment],
    frameworks: [],
  };
  await fillStorage(page);
  const restoreInput = main(page).getByLabel('Restore a backup');
  await restoreInput.setInputFiles(jsonUpload('backup.json', backup));
  await main(page).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(main(page).getByRole('alert')).toContainText('nothing was changed, because this browser\'s storage for Almanac is full');

  await freeStorage(page);
  await restoreInput.setInputFiles(jsonUpload('backup.json', backup));
  await main(page).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(main(page).getByRole('status')).toContainText('1 result was restored.');
  await page.reload();
  await expect(savedItems(page)).toHaveCount(1);
  expect(await stored(page, 'almanac.assessment.e2e-restored')).not.toBeNull();
});

test('records set aside as damaged are never written over unasked', async ({ page }) => {
  const damagedResult = '{"format": "almanac.assessment", "schema_version": 1, "assessment": {"id": "e2e-same-id"'; // cut short
  const damagedServices = '{"services": [{"id": 7}]}';
  await openApp(page, '#/saved');
  await page.evaluate(([result, services]) => {
    localStorage.setItem('almanac.assessment.e2e-same-id', result);
    localStorage.setItem('almanac.performance', services);
  }, [damagedResult, damagedServices]);
  await page.reload();
  await expect(h1(page)).toHaveText('Saved results');
  const setAside = main(page).getByRole('region', { name: 'Some saved records could not be read' });
  await expect(setAside).toContainText('almanac.performance');
  await expect(setAside).toContainText('almanac.assessment.e2e-same-id');

  // A result with the same id is saved beside the damaged record, and says why.
  await main(page).getByLabel('Upload a result file').setInputFiles(jsonUpload('same-id.json', assessmentFile({ id: 'e2e-same-id', answers: ANSWERS })));
  await expect(main(page).getByRole('status')).toContainText('could not be read');
  await expect(savedItems(page)).toHaveCount(1);
  expect(await stored(page, 'almanac.assessment.e2e-same-id')).toBe(damagedResult);

  // Sample data over damaged service data: held back, and the person told how to go on.
  await page.goto('./#/services');
  await main(page).getByRole('button', { name: 'Load the illustrative sample data' }).click();
  await expect(page.getByRole('region', { name: 'Your change is not saved yet' })).toBeVisible();
  expect(await stored(page, 'almanac.performance')).toBe(damagedServices);

  // Once the person deletes the damaged record, the change held back is saved.
  await page.goto('./#/saved');
  const record = main(page).getByRole('listitem').filter({ hasText: 'almanac.performance' });
  await record.getByRole('button', { name: /^Delete it/ }).click();
  await main(page).getByRole('button', { name: 'Yes, delete it' }).click();
  await expect.poll(async () => JSON.parse((await stored(page, 'almanac.performance')) ?? '{}').illustrative).toBe(true);
  expect(await stored(page, 'almanac.assessment.e2e-same-id')).toBe(damagedResult);
});

test('two tabs answering the same check in the same instant: no answer a tab shows as chosen is lost', async ({ page, context }) => {
  let bothKept = 0;
  for (let trial = 0; trial < 3; trial += 1) {
    const id = `e2e-race-${trial}`;
    await seedSavedResults(page, [assessmentFile({ id, answers: { q1: 1, q2: 2, q3: 1 }, completed: null, position: 3 })], `#/check/${id}/3`);
    const other = await context.newPage();
    await openApp(other, `#/check/${id}/4`);
    await openApp(page, `#/check/${id}/3`);
    // Clicked, not checked: the tab whose write comes second may show the other's version after.
    await Promise.all([radio(page, 4).click(), radio(other, 2).click()]);
    await page.waitForTimeout(500);
    const all = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('almanac.assessment.')).map((k) => JSON.parse(localStorage.getItem(k)).assessment),
    );
    const kept = { q3: all.some((a) => a.answers.q3?.rating === 4), q4: all.some((a) => a.answers.q4?.rating === 2) };
    // An answer a tab still shows as chosen is stored somewhere: in the result, or in a copy
    // the page tells the person about.
    if (await radio(page, 4).isChecked()) expect(kept.q3, `trial ${trial}: this tab's answer`).toBe(true);
    if (await radio(other, 2).isChecked()) expect(kept.q4, `trial ${trial}: the other tab's answer`).toBe(true);
    if (kept.q3 && kept.q4) bothKept += 1;
    await other.close();
    await page.evaluate(() => localStorage.clear());
  }
  expect(bothKept, 'in most trials both clicks land and both answers are kept').toBeGreaterThanOrEqual(2);
});

// Chromium passes one tab's localStorage write to its other tabs a moment later, so a tab can
// take its turn to write while holding an old copy; public/storage-turn.js makes each turn wait
// until this tab's copy has caught up. Without that wait this fails about one run in three.
test('two tabs adding a service in the same instant both keep theirs', async ({ page, context }) => {
  await openApp(page, '#/services');
  const other = await context.newPage();
  await openApp(other, '#/services');
  await main(page).getByLabel('Service name').fill('Report a missed bin');
  await main(other).getByLabel('Service name').fill('Apply for a parking permit');
  await Promise.all([
    main(page).getByRole('button', { name: 'Add the service' }).click(),
    main(other).getByRole('button', { name: 'Add the service' }).click(),
  ]);
  await expect(main(page).getByText('Added “Report a missed bin” to the register')).toBeVisible();
  await expect(main(other).getByText('Added “Apply for a parking permit” to the register')).toBeVisible();
  await expect.poll(async () => JSON.parse((await stored(page, 'almanac.performance')) ?? '{"services": []}').services.map((s) => s.name).sort())
    .toEqual(['Apply for a parking permit', 'Report a missed bin']);
  await other.close();
});

test.describe('keeping storage for good', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.__persistAsked = 0;
      Object.defineProperty(navigator.storage, 'persist', { value: async () => { window.__persistAsked += 1; return true; } });
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => window.__persistAsked > 0 });
    });
  });

  test('asked only once there is a finished result, and Saved results says whether it is kept', async ({ page }) => {
    await openApp(page, '#/saved');
    expect(await page.evaluate(() => window.__persistAsked)).toBe(0);
    await expect(main(page).locator('[data-kept-for-good]')).toContainText('may clear what you save here');

    await seedSavedResults(page, [assessmentFile({ id: 'e2e-keep', answers: Object.fromEntries(Object.entries(ANSWERS).slice(0, 11)), completed: null, position: 11 })], '#/check/e2e-keep/12');
    await radio(page, 3).check();
    await main(page).getByRole('button', { name: /See your result|Continue/ }).click();
    await expect.poll(() => page.evaluate(() => window.__persistAsked)).toBe(1);
    await page.goto('./#/saved');
    await expect(main(page).locator('[data-kept-for-good]')).toHaveText('This browser keeps what you save here until you delete it.');
  });
});

test('a file with a hundred problems: fifty listed, the rest counted and downloadable', async ({ page }, testInfo) => {
  await openApp(page, '#/saved');
  const statements = statementsOf(OUTCOMES);
  // Two problems an answer: a level off the scale, and a note past its length.
  const answers = Object.fromEntries(statements.map((s) => [s.id, { rating: 9, evidence: 'x'.repeat(5001) }]));
  const file = fullAssessmentFile({ framework: OUTCOMES, id: 'e2e-many-problems', answers });
  await main(page).getByLabel('Upload a result file').setInputFiles(jsonUpload('many.json', file));
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('listitem')).toHaveCount(50);
  const { bytes } = await downloadFrom(page, summary.getByRole('button', { name: 'Download the full list of problems' }), testInfo);
  const lines = bytes.toString('utf8').split('\n');
  expect(lines).toHaveLength(2 * statements.length);
  await expect(summary).toContainText(`${lines.length - 50} more problems are not listed here.`);
  expect(lines.filter((line) => line.includes("level 9 is not on this framework's scale"))).toHaveLength(statements.length);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the respondents table never breaks a word in two', async ({ page }) => {
    await openApp(page, '#/compare');
    await main(page).getByLabel('Name of a new group').fill('Workshop');
    await main(page).getByRole('button', { name: 'Create group' }).click();
    const files = [1, 2, 3].map((n) =>
      jsonUpload(`respondent-${n}.json`, fullAssessmentFile({ framework: OUTCOMES, id: `respondent-${n}`, answers: { [statementsOf(OUTCOMES)[0].id]: n } })),
    );
    await main(page).getByLabel('Upload assessment files').setInputFiles(files);
    await main(page).getByRole('group', { name: 'Add these assessments to the group?' }).getByRole('button', { name: 'Yes, add them' }).click();
    const headers = main(page).getByRole('table', { name: 'The 3 respondents in this group' }).getByRole('rowheader');
    await expect(headers).toHaveCount(3);
    // Each word of each row header is drawn on one line: a word broken in two has two boxes.
    const broken = await headers.evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const words = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.data.matchAll(/[^\s-]+-?/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            if (range.getClientRects().length > 1) words.push(match[0]);
          }
        }
        return words;
      }),
    );
    expect(broken).toEqual([]);
  });
});

test('a result too big for a link says so before making one, and offers the file', async ({ page }, testInfo) => {
  // Notes of random words compress poorly: with them the link would be far past what opens.
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed.toString(36).slice(0, 6);
  };
  const note = () => Array.from({ length: 500 }, word).join(' ').slice(0, 3000);
  const answers = Object.fromEntries(statementsOf(OUTCOMES).map((s, i) => [s.id, { rating: 1 + (i % 5), evidence: note() }]));
  const file = fullAssessmentFile({ framework: OUTCOMES, id: 'e2e-long-notes', answers, completed: '2026-11-20T10:30:00Z' });
  await seedSavedResults(page, [file], '#/result/e2e-long-notes');

  await main(page).getByLabel('Include evidence notes and the assessment’s details').check();
  await main(page).getByRole('button', { name: 'Create a share link' }).click();
  const warning = main(page).getByRole('region', { name: 'This result is too big to share as a link' });
  await expect(warning).toContainText('Share it without the notes');
  await expect(main(page).getByLabel('Share link')).toHaveCount(0);
  const { bytes } = await downloadFrom(page, warning.getByRole('button', { name: 'Download the result as a file' }), testInfo);
  expect(JSON.parse(bytes.toString('utf8')).assessment.answers[statementsOf(OUTCOMES)[0].id].evidence).toBe(answers[statementsOf(OUTCOMES)[0].id].evidence);

  // Without the notes it fits, and the link opens.
  await main(page).getByLabel('Include evidence notes and the assessment’s details').uncheck();
  await main(page).getByRole('button', { name: 'Create a share link' }).click();
  await expect(main(page).getByLabel('Share link')).toBeVisible();
});

test('right-to-left marks and control characters in what people type cannot reorder or hide the app’s own words', async ({ page }) => {
  const title = 'Bins \u202Egnp.exe';
  const file = assessmentFile({ id: 'e2e-rtl', answers: ANSWERS });
  file.assessment.details = { title };
  await openApp(page, '#/saved');
  await main(page).getByLabel('Upload a result file').setInputFiles(jsonUpload('rtl.json', file));
  const status = main(page).getByRole('status');
  await expect(status).toContainText('Imported:');
  // The title, override and all, sits inside an isolate, so the date after it keeps its place.
  await expect(status.locator('bdi')).toHaveText(title);
  await expect(status).toHaveText(/^Imported: Bins \u202Egnp\.exe, \d+ November 2026 at /);
  await expect(savedItems(page).first().locator('h2 bdi')).toHaveText(title);

  // Typed control characters (a bell and an escape here) are left out of what is kept.
  await openApp(page, '#/services');
  await main(page).getByLabel('Service name').fill('Report\u0007 a missed\u001b bin');
  await main(page).getByRole('button', { name: 'Add the service' }).click();
  await expect(main(page).getByText('Added “Report a missed bin” to the register')).toBeVisible();
  await expect.poll(async () => JSON.parse((await stored(page, 'almanac.performance')) ?? '{"services": []}').services.map((s) => s.name))
    .toEqual(['Report a missed bin']);
});
