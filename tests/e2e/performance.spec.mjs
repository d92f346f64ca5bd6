// The service performance dashboard: services typed in on a phone with two quarters of figures,
// take-up and channel shift worked out; the CSV template filled in and imported; the sample
// data; the backup; and every page free of accessibility violations.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { downloadFrom, figuresChannel as channel, fillChannel, h1, main, openApp, openFigures, parseCsv, readTable } from './helpers.mjs';

const SERVICES = ['Report a missed bin', 'Pay council tax', 'Apply for a parking permit'];

// Per service and quarter: channel → [completed, total cost, started (digital only)].
const FIGURES = {
  'Report a missed bin': {
    '2026-Q1': { Online: [600, 300, 800], Phone: [400, 1200] },
    '2026-Q2': { Online: [800, 400, 1000], Phone: [200, 600] },
  },
  'Pay council tax': {
    '2026-Q1': { Online: [1000, 500, 1250], Phone: [1000, 3000] },
    '2026-Q2': { Online: [1500, 700, 1800], Phone: [500, 1500] },
  },
  'Apply for a parking permit': {
    '2026-Q1': { Online: [300, null, 400], 'Face to face': [100, 900] },
    '2026-Q2': { Online: [360, null, 400], 'Face to face': [40, 360] },
  },
};

test('enter two quarters for three services on a phone and see take-up and channel shift', async ({ page, checkA11y }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'typed in on a phone; the desktop layout is covered by the other tests');
  await openApp(page, '#/');
  await page.getByRole('link', { name: 'Open the service performance dashboard' }).click();
  await expect(h1(page)).toHaveText('Service performance');
  await main(page).getByRole('link', { name: 'Add your services and their figures' }).click();
  await expect(h1(page)).toHaveText('Services');

  await main(page).getByRole('button', { name: 'Add the service' }).click();
  await expect(main(page).getByRole('alert')).toContainText('Enter the service’s name');
  for (const name of SERVICES) {
    await main(page).getByLabel('Service name').fill(name);
    await main(page).getByRole('button', { name: 'Add the service' }).click();
    await expect(main(page).getByRole('status')).toHaveText(`Added “${name}” to the register`);
  }

  // The first quarter, with mistakes on the way: every one is named and nothing is saved.
  await openFigures(page, SERVICES[0], '2026-Q1');
  await expect(h1(page)).toHaveText('Figures for January to March 2026 (Q4 2025/26)');
  await fillChannel(page, 'Online', [900, 300, 800]);
  await channel(page, 'Phone').getByLabel('Transactions completed', { exact: true }).fill('-4');
  await main(page).getByRole('button', { name: 'Save figures' }).click();
  const summary = main(page).getByRole('alert');
  await expect(summary).toContainText('Online transactions completed (900) cannot be more than those started (800)');
  await expect(summary).toContainText('Phone – transactions completed cannot be negative');
  await checkA11y(page, 'figures form with errors');
  await summary.getByRole('link', { name: /cannot be negative/ }).click();
  await expect(channel(page, 'Phone').getByLabel('Transactions completed', { exact: true })).toBeFocused();

  // What is typed survives a reload before it is saved.
  await page.reload();
  await expect(channel(page, 'Phone').getByLabel('Transactions completed', { exact: true })).toHaveValue('-4');
  await expect(main(page).getByText('Your changes are kept on this device as you type')).toBeVisible();
  await fillChannel(page, 'Online', FIGURES[SERVICES[0]]['2026-Q1'].Online);
  await fillChannel(page, 'Phone', FIGURES[SERVICES[0]]['2026-Q1'].Phone);
  await main(page).getByRole('button', { name: 'Save figures' }).click();
  await expect(h1(page)).toHaveText(SERVICES[0]);

  for (const [index, service] of SERVICES.entries()) {
    for (const period of ['2026-Q1', '2026-Q2']) {
      if (index === 0 && period === '2026-Q1') continue;
      if (!(await h1(page).textContent()).includes('Services')) await page.goto('./#/services');
      await openFigures(page, service, period);
      for (const [name, values] of Object.entries(FIGURES[service][period])) await fillChannel(page, name, values);
      await main(page).getByRole('button', { name: 'Save figures' }).click();
      await expect(h1(page)).toHaveText(service);
    }
  }

  // The last service: 300 of 400 online in Q1 (75%), 360 of 400 in Q2 (90%).
  const indicators = main(page).locator('.indicator-list');
  await expect(main(page).getByRole('status')).toHaveText('The figures for April to June 2026 (Q1 2026/27) are saved');
  await expect(indicators).toContainText('Digital take-up90.0%Since January to March 2026 (Q4 2025/26): +15.0 points');
  const shift = main(page).locator('.shift-summary');
  await expect(shift).toContainText('Digital take-up went from 75.0% to 90.0% (+15.0 points): about 60 transactions moved to digital channels.');
  // The online cost was not entered, so the assumptions value it: 60 × (£9 face to face − £0.50 online).
  await expect(shift).toContainText('Estimated saving in April to June 2026 (Q1 2026/27): £510.00, or about £2,040 a year at that rate.');
  await expect(shift).toContainText('Valued on the assumed unit costs (£9.00 for an offline transaction, £0.50 for a digital one), because your own costs are not complete for both periods.');

  await page.goto('./#/performance');
  await expect(h1(page)).toHaveText('Service performance');
  // All three: 1,900 of 3,400 digital in Q1, 2,660 of 3,400 in Q2; 200 + 500 + 60 moved. On their
  // own costs, bins 200 × (£3 − £0.50) = £500 and tax 500 × (£3 − £700/1,500) = £1,266.67; permits
  // on the assumptions, £510.
  await expect(shift).toContainText('Digital take-up went from 55.9% to 78.2% (+22.4 points): about 760 transactions moved to digital channels.');
  await expect(shift).toContainText('Estimated saving in April to June 2026 (Q1 2026/27): £2,277, or about £9,107 a year at that rate.');
  await expect(shift).toContainText('£1,767 of it is valued on your own costs; £510.00 on the assumed unit costs');
  await expect(shift).toContainText('Like for like: 3 of 3 services with figures, 100.0% of transactions in April to June 2026 (Q1 2026/27).');
  const table = main(page).getByRole('table', { name: /Indicators for each service/ });
  const rows = await readTable(table);
  expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
    ['1', 'Pay council tax', '2,000 No change'],
    ['2', 'Report a missed bin', '1,000 No change'],
    ['3', 'Apply for a parking permit', '400 No change'],
  ]);
  expect(rows[2][6]).toBe('80.0% +20.0 points');
  const takeUp = main(page).getByRole('table', { name: 'Digital take-up for all services' });
  expect(await readTable(takeUp)).toEqual([
    ['Period', 'Digital take-up, all services', 'Services counted'],
    ['Q4 2025/26', '55.9%', '3 of 3'],
    ['Q1 2026/27', '78.2%', '3 of 3'],
  ]);
  await expect(main(page).getByRole('img', { name: /Stacked bar chart of transactions completed for all services/ })).toBeVisible();
  await checkA11y(page, 'dashboard');
});

test('channel shift is like for like: a new service and one with a channel not recorded are named, not counted', async ({ page, checkA11y }) => {
  const row = (service, period, channel, completed, cost, started) => ({
    service, period, channel, completed, cost: { total: cost }, ...(started ? { started } : {}),
  });
  const performance = {
    format: 'almanac.performance',
    schema_version: 1,
    services: [
      { id: 'bins', name: 'Report a missed bin' },
      { id: 'permits', name: 'Apply for a parking permit' },
      { id: 'tax', name: 'Pay council tax' },
    ],
    figures: [
      row('bins', '2026-Q1', 'online', 600, 300, 800),
      row('bins', '2026-Q1', 'phone', 400, 1200),
      row('bins', '2026-Q2', 'online', 800, 400, 1000),
      row('bins', '2026-Q2', 'phone', 200, 600),
      // The online row for January to March was never entered.
      row('permits', '2026-Q1', 'phone', 400, 1200),
      row('permits', '2026-Q2', 'online', 600, 300, 700),
      row('permits', '2026-Q2', 'phone', 400, 1200),
      // New this quarter.
      row('tax', '2026-Q2', 'online', 1000, 100, 1100),
    ],
  };
  await openApp(page, '#/services');
  await page.evaluate((text) => localStorage.setItem('almanac.performance', text), JSON.stringify(performance));
  await page.goto('./#/performance');
  await page.reload();
  await expect(h1(page)).toHaveText('Service performance');
  // Only the bins compare: 60% to 80% of 1,000, so 200 moved at £3 − £0.50.
  // A file of format 1: its calendar quarters are read as the same months, named by the financial year.
  const shift = main(page).locator('.shift-summary');
  await expect(shift).toContainText('Digital take-up went from 60.0% to 80.0% (+20.0 points): about 200 transactions moved to digital channels.');
  await expect(shift).toContainText('Estimated saving in April to June 2026 (Q1 2026/27): £500.00, or about £2,000 a year at that rate.');
  await expect(shift).toContainText(
    'Like for like: 1 of 3 services with figures, 33.3% of transactions in April to June 2026 (Q1 2026/27). Left out, so neither counted as channel shift nor against it: ' +
    'Apply for a parking permit (no Online figures in January to March 2026 (Q4 2025/26)); Pay council tax (no figures in January to March 2026 (Q4 2025/26)).',
  );
  await checkA11y(page, 'dashboard with services left out of channel shift');

  await main(page).getByRole('link', { name: 'Apply for a parking permit' }).first().click();
  await expect(h1(page)).toHaveText('Apply for a parking permit');
  await expect(main(page).getByText('No Online figures in January to March 2026 (Q4 2025/26).')).toBeVisible();
});

test('fill in the CSV template, import it, and be asked before figures are replaced', async ({ page, checkA11y }, testInfo) => {
  await openApp(page, '#/services');
  for (const name of SERVICES.slice(0, 2)) {
    await main(page).getByLabel('Service name').fill(name);
    await main(page).getByRole('button', { name: 'Add the service' }).click();
    await expect(main(page).getByRole('status')).toHaveText(`Added “${name}” to the register`);
  }
  await main(page).getByLabel('Period for the template').fill('Q1 2026/27');
  const template = await downloadFrom(page, main(page).getByRole('button', { name: 'Download the CSV template' }), testInfo);
  expect(template.name).toBe('almanac-figures-template-Q1-2026-27.csv');
  const text = template.bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const records = parseCsv(text.slice(1));
  expect(records[0].slice(0, 7)).toEqual(['Service', 'Period', 'Channel', 'Transactions completed', 'Total cost (£)', 'Cost per transaction (£)', 'Digital transactions started']);
  expect(records.length).toBe(1 + 2 * 5);
  expect(records[0].at(-1)).toBe('Not offered');
  expect(records[1].slice(0, 3)).toEqual(['Report a missed bin', 'Q1 2026/27', 'Online']);

  // Transactions, costs and starts, the five-point counts, the three-point counts, not offered.
  const fill = {
    'Report a missed bin|Online': ['800', '400', '', '1000', '5', '5', '10', '40', '40', '', '', '', ''],
    'Report a missed bin|Phone': ['200', '', '3', '', '', '', '', '', '', '', '', '', ''],
  };
  const filled = records.map((record, index) => {
    const values = index > 0 && fill[`${record[0]}|${record[2]}`];
    return values ? [...record.slice(0, 3), ...values] : record;
  });
  const toCsv = (rows) => rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
  const file = testInfo.outputPath('filled.csv');

  // A mistake is reported by row and column, and nothing is imported.
  const broken = filled.map((row) => [...row]);
  broken[2][3] = 'lots';
  broken[3][0] = 'Fly-tipping';
  broken[3][3] = '5';
  writeFileSync(file, toCsv(broken));
  await main(page).getByLabel('Upload filled-in figures').setInputFiles(file);
  const summary = main(page).getByRole('alert');
  await expect(summary).toContainText('row 3, column D (Transactions completed): Transactions completed must be a number, like 1250');
  await expect(summary).toContainText('row 4, column A (Service): "Fly-tipping" is not a service in the register');
  await checkA11y(page, 'CSV import errors');

  writeFileSync(file, toCsv(filled));
  await main(page).getByLabel('Upload filled-in figures').setInputFiles(file);
  await expect(main(page).getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 2 rows of figures.');
  await main(page).getByRole('link', { name: 'Report a missed bin', exact: true }).click();
  const indicators = main(page).locator('.indicator-list');
  await expect(indicators).toContainText('Cost per transaction£1.00'); // (400 + 200 × £3) / 1,000
  await expect(indicators).toContainText('User satisfaction80.0%');
  await expect(indicators).toContainText('Completion rate80.0%');
  await expect(indicators).toContainText('Digital take-up80.0%');

  // The same rows with a changed figure: asked first, and the answer is kept.
  await page.goto('./#/services');
  filled[2][3] = '250';
  writeFileSync(file, toCsv(filled));
  await main(page).getByLabel('Upload filled-in figures').setInputFiles(file);
  const confirm = main(page).getByRole('group', { name: 'Some figures are already entered' });
  await expect(confirm).toContainText('1 row(s) of the file have different figures');
  await confirm.getByRole('button', { name: 'Cancel the import' }).click();
  await main(page).getByLabel('Upload filled-in figures').setInputFiles(file);
  await confirm.getByRole('button', { name: 'Replace them' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 2 rows of figures.');
  const exported = await downloadFrom(page, main(page).getByRole('button', { name: 'Download all figures (CSV)' }), testInfo);
  const rows = parseCsv(exported.bytes.toString('utf8').slice(1));
  expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
    ['Report a missed bin', 'Q1 2026/27', 'Online', '800'],
    ['Report a missed bin', 'Q1 2026/27', 'Phone', '250'],
  ]);
});

test('the sample data is labelled, goes into the backup, and every page passes axe', async ({ page, checkA11y }, testInfo) => {
  await openApp(page, '#/services');
  await main(page).getByRole('button', { name: 'Load the illustrative sample data' }).click();
  await expect(main(page).getByRole('region', { name: 'Illustrative sample data' })).toBeVisible();
  const register = await readTable(main(page).getByRole('table', { name: /Services ranked by transactions completed in January to March 2026 \(Q4 2025\/26\)/ }));
  expect(register.length).toBe(13);
  // Twelve services are all in the top 20: none is marked, or the mark would mean nothing.
  expect(register[1].slice(0, 2)).toEqual(['1', 'Pay council tax']);
  await checkA11y(page, 'services register');

  await page.goto('./#/performance');
  await expect(main(page).getByRole('region', { name: 'Illustrative sample data' })).toBeVisible();
  await expect(main(page).getByRole('heading', { name: 'Channel shift since October to December 2025 (Q3 2025/26)' })).toBeVisible();
  // The four quarters of 2025/26 add up to the year, which can be chosen like any quarter.
  await main(page).getByLabel('Period', { exact: true }).selectOption({ label: 'April 2025 to March 2026 (2025/26)' });
  await expect(main(page).getByRole('heading', { name: 'All services, April 2025 to March 2026 (2025/26)' })).toBeVisible();
  await main(page).getByLabel('Period', { exact: true }).selectOption({ label: 'October to December 2025 (Q3 2025/26)' });
  await expect(main(page).getByRole('heading', { name: 'All services, October to December 2025 (Q3 2025/26)' })).toBeVisible();
  await checkA11y(page, 'dashboard with sample data');

  await main(page).getByRole('link', { name: 'Report a pothole' }).first().click();
  await expect(h1(page)).toHaveText('Report a pothole');
  await expect(main(page).getByRole('img', { name: /Line chart of cost per transaction on each channel for Report a pothole/ })).toBeVisible();
  await checkA11y(page, 'one service');
  await main(page).getByRole('link', { name: /Change the figures for January to March 2026/ }).click();
  await expect(channel(page, 'Online').getByLabel('Transactions completed', { exact: true })).not.toHaveValue('');
  await checkA11y(page, 'figures form');

  await page.goto('./#/performance/channels');
  await expect(h1(page)).toHaveText('Channels, unit costs and financial year');
  await main(page).getByLabel('Assumed cost of one transaction (£)').nth(1).fill('-2');
  await main(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(main(page).getByRole('alert')).toContainText('The assumed cost of one transaction on Phone cannot be negative');
  await checkA11y(page, 'channels with an error');
  await main(page).getByLabel('Assumed cost of one transaction (£)').nth(1).fill('4');
  await main(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(main(page).getByRole('status')).toHaveText('The settings, channels and assumptions are saved');

  await page.goto('./#/saved');
  const backup = await downloadFrom(page, main(page).getByRole('button', { name: 'Download a backup of everything' }), testInfo);
  const file = JSON.parse(readFileSync(backup.file, 'utf8'));
  expect(file.schema_version).toBe(3);
  expect(file.performance.illustrative).toBe(true);
  expect(file.performance.services.length).toBe(12);
  expect(file.performance.channels[1].assumed_unit_cost).toBe(4);

  // A service's details can be changed, and the service removed with its figures.
  await page.goto('./#/services/register-a-birth');
  await main(page).getByText('Change the details or remove this service').click();
  await main(page).getByLabel('Service name').fill('Pay council tax');
  await main(page).getByRole('button', { name: 'Save the details' }).click();
  await expect(main(page).getByRole('alert')).toContainText('There is already a service called “Pay council tax”');
  await main(page).getByLabel('Service name').fill('Register a birth or death');
  await main(page).getByRole('button', { name: 'Save the details' }).click();
  await expect(h1(page)).toHaveText('Register a birth or death');
  await expect(main(page).getByRole('status')).toHaveText('The service’s details are saved');
  await main(page).getByText('Change the details or remove this service').click();
  await main(page).getByRole('button', { name: 'Remove this service' }).click();
  await main(page).getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(h1(page)).toHaveText('Services');
  const remaining = await readTable(main(page).getByRole('table', { name: /Services ranked/ }));
  expect(remaining.length).toBe(12);
  expect(remaining.flat().join(' ')).not.toContain('Register a birth');
});
