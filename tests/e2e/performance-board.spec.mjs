// The figures a board sees: two quarters typed in for three services, one with its online row
// forgotten and one new, so channel shift is like for like and every portfolio figure says what it
// rests on; then the same on the printed board report (an A4 PDF read back with pdftotext) and in
// the CSV of computed indicators.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.mjs';
import { downloadFrom, figuresChannel, fillChannel, h1, main, openApp, openFigures, parseCsv, readTable } from './helpers.mjs';

const run = promisify(execFile);
const BEFORE = 'January to March 2026 (Q4 2025/26)';
const NOW = 'April to June 2026 (Q1 2026/27)';
const COUNCIL = 'Borsetshire County Council';

// Per service and quarter: channel → [completed, total cost, started (digital only)].
const FIGURES = {
  'Report a missed bin': {
    'Q4 2025/26': { Online: [600, 300, 800], Phone: [400, 1200] },
    'Q1 2026/27': { Online: [800, 400, 1000], Phone: [200, 600] },
  },
  // The online row for Q4 was never entered.
  'Apply for a parking permit': {
    'Q4 2025/26': { Phone: [400, 1200] },
    'Q1 2026/27': { Online: [600, 300, 700], Phone: [400, 1200] },
  },
  // New in Q1.
  'Pay council tax': {
    'Q1 2026/27': { Online: [1000, 100, 1100], Phone: [500, 1500] },
  },
};

// Council tax surveyed its users in Q1: online on the five-point scale, by phone on the three-point.
const SURVEYS = {
  Online: { ids: [0, 1, 2, 3, 4].map((point) => `online-satisfaction-${point}`), counts: [5, 5, 10, 40, 40] },
  Phone: { ids: [0, 1, 2].map((point) => `phone-three-point-${point}`), counts: [10, 20, 70] },
};

/** The value, change and coverage shown for one indicator in the dashboard's summary. */
function indicator(page, name) {
  return main(page).locator('.indicator-list .summary-list__row').filter({ has: page.locator('dt', { hasText: name }) });
}

test('figures for a board: like for like, coverage on every figure, and the printed report', async ({ page, checkA11y }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'typed in once; the phone journey is in performance.spec.mjs');
  test.setTimeout(120_000);
  await openApp(page, '#/performance/channels');
  await main(page).getByLabel('Name of the council or body (optional)').fill(COUNCIL);
  await expect(main(page).getByLabel('The financial year starts in')).toHaveValue('4');
  await main(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(main(page).getByRole('status')).toHaveText('The settings, channels and assumptions are saved');

  await page.goto('./#/services');
  for (const name of Object.keys(FIGURES)) {
    await main(page).getByLabel('Service name').fill(name);
    await main(page).getByRole('button', { name: 'Add the service' }).click();
    await expect(main(page).getByRole('status')).toHaveText(`Added “${name}” to the register`);
  }
  for (const [service, periods] of Object.entries(FIGURES)) {
    for (const [period, channels] of Object.entries(periods)) {
      await page.goto('./#/services');
      await openFigures(page, service, period);
      for (const [name, values] of Object.entries(channels)) await fillChannel(page, name, values);
      if (service === 'Pay council tax') {
        for (const [channel, { ids, counts }] of Object.entries(SURVEYS)) {
          if (channel === 'Phone') await main(page).getByText('Phone: the survey used a three-point scale').click();
          for (const [index, id] of ids.entries()) await main(page).locator(`#${id}`).fill(String(counts[index]));
        }
      }
      await main(page).getByRole('button', { name: 'Save figures' }).click();
      await expect(h1(page)).toHaveText(service);
      await expect(main(page).getByRole('status')).toHaveText(
        `The figures for ${period === 'Q4 2025/26' ? BEFORE : NOW} are saved`,
      );
    }
  }
  // The new service's own page says why it has no channel shift.
  await expect(main(page).locator('.shift-summary')).toContainText(`No figures in ${BEFORE}.`);

  await page.goto('./#/performance');
  await expect(main(page).getByRole('heading', { name: `All services, ${NOW}` })).toBeVisible();
  // 1,000 + 1,000 + 1,500. Like for like, bins (1,000 → 1,000) and permits (400 → 1,000).
  await expect(indicator(page, 'Transactions completed')).toContainText('3,500');
  await expect(indicator(page, 'Transactions completed')).toContainText(`Since ${BEFORE}, like for like over 2 services: +600`);
  await expect(indicator(page, 'Transactions completed')).toContainText('Rests on all 3 services with figures');
  // £4,100 for 3,500. Like for like: £2,700 for 1,400 (£1.93) to £2,500 for 2,000 (£1.25).
  await expect(indicator(page, 'Cost per transaction')).toContainText('£1.17');
  await expect(indicator(page, 'Cost per transaction')).toContainText('like for like over 2 services: −£0.68');
  // 2,400 digital of 3,500; the change is over the bins alone, 60% to 80%.
  await expect(indicator(page, 'Digital take-up')).toContainText('68.6%');
  await expect(indicator(page, 'Digital take-up')).toContainText('like for like over 1 service: +20.0 points');
  // Completion: 2,400 of 2,800 started; permits had no digital channel recorded in Q4.
  await expect(indicator(page, 'Completion rate')).toContainText('85.7%');
  // Satisfaction rests on council tax alone (1,500 of 3,500 transactions): 80 of 100 online on the
  // five-point scale and 70 of 100 by phone on the three-point scale.
  await expect(indicator(page, 'User satisfaction')).toContainText('75.0%');
  await expect(indicator(page, 'User satisfaction')).toContainText('Rests on 1 of 3 services with figures, 42.9% of transactions');
  expect(await readTable(main(page).getByRole('table', { name: /User satisfaction by channel/ }))).toEqual([
    ['Channel', 'Responses', 'Satisfied'],
    ['Online', '100', '80.0%'],
    ['Phone', '100', '70.0%'],
  ]);
  // Only the bins compare: 200 moved, valued on the council's own costs (£3 by phone, £0.50 online).
  const shift = main(page).locator('.shift-summary');
  await expect(shift).toContainText('Digital take-up went from 60.0% to 80.0% (+20.0 points): about 200 transactions moved to digital channels.');
  await expect(shift).toContainText(`Estimated saving in ${NOW}: £500.00, or about £2,000 a year at that rate.`);
  await expect(shift).toContainText('Valued on your own costs for every service counted.');
  const coverage =
    `Like for like: 1 of 3 services with figures, 28.6% of transactions in ${NOW}. Left out, so neither counted as channel shift nor against it: ` +
    `Apply for a parking permit (no Online figures in ${BEFORE}); Pay council tax (no figures in ${BEFORE}).`;
  await expect(shift).toContainText(coverage);
  // Three services: all in the top 20, so no row is marked as one.
  await expect(main(page).locator('.table__row--highlight')).toHaveCount(0);
  await checkA11y(page, 'dashboard with coverage');

  // Online really was not offered for permits in Q4: marked, it counts as none, and permits compare.
  await page.goto('./#/services');
  await openFigures(page, 'Apply for a parking permit', 'Q4 2025/26');
  await figuresChannel(page, 'Online').getByLabel('Online was not offered for this service in this period').check();
  await main(page).getByRole('button', { name: 'Save figures' }).click();
  await expect(main(page).getByRole('status')).toHaveText(`The figures for ${BEFORE} are saved`);
  // Permits: 0% to 60% of 1,000 is 600 moved at £3.00 − £0.50 on its own costs.
  await expect(main(page).locator('.shift-summary')).toContainText(`Estimated saving in ${NOW}: £1,500, or about £6,000 a year at that rate.`);

  // A target for the portfolio, shown against its figure.
  await page.goto('./#/performance');
  await main(page).getByText('Set a target').click();
  await main(page).getByLabel('Target', { exact: true }).fill('75');
  await main(page).getByLabel('To be reached by the end of').fill('2026/27');
  await main(page).getByRole('button', { name: 'Set the target' }).click();
  const targets = await readTable(main(page).getByRole('table', { name: /Targets, with the figure in/ }));
  // Take-up now: 2,400 of 3,500 = 68.6%, short of 75% with the year still running.
  expect(targets[1].slice(0, 3)).toEqual(['Digital take-up of 75.0% by the end of April 2026 to March 2027 (2026/27)', '68.6%', 'Not yet reached']);

  await main(page).getByRole('link', { name: 'Board report for this period' }).click();
  await expect(h1(page)).toHaveText(`${COUNCIL}: service performance`);
  const headline = await readTable(main(page).getByRole('table', { name: /The four indicators and volume for all services/ }));
  expect(headline[1]).toEqual(['Transactions completed', '3,500', '+600 (over 2 services)', 'All 3 services with figures']);
  expect(headline[5].slice(0, 3)).toEqual(['Digital take-up', '68.6%', '+27.1 points (over 2 services)']);
  const byService = await readTable(main(page).getByRole('table', { name: /Channel shift by service/ }));
  expect(byService.slice(1)).toEqual([
    ['Report a missed bin', '60.0%', '80.0%', '200', '£500.00', 'Own costs (£3.00 offline, £0.50 digital)'],
    ['Apply for a parking permit', '0.0%', '60.0%', '600', '£1,500', 'Own costs (£3.00 offline, £0.50 digital)'],
  ]);
  const indicators = await downloadFrom(page, main(page).getByRole('button', { name: 'Download the indicators (CSV)' }), testInfo);
  const rows = parseCsv(indicators.bytes.toString('utf8').slice(1));
  expect(rows[0].slice(0, 4)).toEqual(['Service', 'Period', 'Months', 'Transactions completed']);
  expect(rows.find((row) => row[0] === 'All services' && row[1] === 'Q1 2026/27')).toEqual([
    'All services', 'Q1 2026/27', '3', '3500', '1.17', '75.0', '85.7', '68.6', '27.1', '800', '2000.00', 'Own costs',
    'User satisfaction: 1 of 3 services; Channel shift: 2 of 3 services',
  ]);
  await checkA11y(page, 'board report');

  const work = await mkdtemp(path.join(tmpdir(), 'almanac-board-'));
  try {
    const pdf = path.join(work, 'board-report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await testInfo.attach('board-report.pdf', { path: pdf, contentType: 'application/pdf' });
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const flat = text.replace(/\s+/g, ' ');
    const pages = (text.match(/\f/g) ?? []).length;
    expect(pages, 'the report runs to several pages').toBeGreaterThan(2);
    for (const expected of [
      'Service performance report',
      `${COUNCIL}: service performance`,
      NOW,
      'Headline figures',
      'All 3 services with figures',
      'User satisfaction leaves out 2 services, for want of a figure it needs: Report a missed bin, Apply for a parking permit.',
      `Estimated saving in ${NOW}: £2,000, or about £8,000 a year at that rate.`,
      'Like for like: 2 of 3 services with figures',
      'Pay council tax (no figures in',
      'Digital take-up of 75.0% by the end of',
      'Channel shift by service',
      'The top 20 services',
      'Trends',
      'Data quality',
      'assumed unit costs per transaction: Online £0.50, Phone £3.00',
      `Page 1 of ${pages}`,
      `Page ${pages} of ${pages}`,
    ]) {
      expect(flat, `the PDF's text has "${expected}"`).toContain(expected);
    }
    for (const chrome of ['Skip to main content', 'Print or save as PDF', 'Download the indicators', 'Back to the dashboard', 'Set a target']) {
      expect(flat, `the PDF's text has no "${chrome}"`).not.toContain(chrome);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('a channel is removed only after saying what goes with it, and a new one needs a cost', async ({ page, checkA11y }) => {
  await openApp(page, '#/services');
  await main(page).getByRole('button', { name: 'Load the illustrative sample data' }).click();
  await page.goto('./#/performance/channels');
  await main(page).getByLabel('Name of the new channel').fill('App');
  await main(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(main(page).getByRole('alert')).toContainText('Enter the assumed cost of one transaction on App');
  await checkA11y(page, 'channels: a new channel with no cost');
  await main(page).getByLabel('Assumed cost of one transaction on it (£)').fill('0.40');
  await main(page).getByLabel('It is a digital channel').check();
  await main(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(main(page).getByRole('status')).toHaveText('The settings, channels and assumptions are saved');
  await expect(main(page).getByRole('group', { name: 'App', exact: true })).toBeVisible();

  await main(page).getByRole('button', { name: 'Remove this channel (Other)' }).click();
  const confirm = main(page).getByRole('group', { name: 'Remove the Other channel?' });
  // 12 sample services × 4 quarters, each with figures for "Other".
  await expect(confirm).toContainText('The 48 sets of figures held for it will be deleted from this browser.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(main(page).getByRole('group', { name: 'Other', exact: true })).toBeVisible();
  await main(page).getByRole('button', { name: 'Remove this channel (App)' }).click();
  await expect(main(page).getByRole('group', { name: 'Remove the App channel?' })).toContainText('No figures are held for it.');
  await main(page).getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(main(page).getByRole('status')).toHaveText('The App channel is removed');
  await page.reload();
  await expect(main(page).getByRole('group', { name: 'App', exact: true })).toHaveCount(0);
});
