// A council's own framework: download a built-in one, adapt it, import it, assess with it; files
// that are not valid are refused with every problem named by its path; an imported framework
// cannot be removed while an assessment uses it.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';
import { h1, jsonUpload, main, openApp, readSavedItem, savedItems } from './helpers.mjs';
import {
  BY_DEFAULT,
  answerAreaByClicks,
  expectOverview,
  expectStatuses,
  isWide,
  taskLink,
} from './full-helpers.mjs';

const VERSION = `${BY_DEFAULT.version}-anytown`;
const TITLE = 'Anytown digital by default';
const KEPT_AREAS = ['user-needs', 'management-information'];

const upload = (page, file) => main(page).getByLabel('Upload a framework file').setInputFiles(file);
/** The frameworks page's cards, each headed by a framework's title. */
const frameworkItems = (page) => main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
const frameworkItem = (page, title) => frameworkItems(page).filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

/** A card's summary list as { Version, Contents, Source }. */
async function readFrameworkItem(item) {
  const terms = await item.getByRole('term').allTextContents();
  const values = await item.getByRole('definition').allTextContents();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), values[i].trim()]));
}

/** Downloads a framework from its card and returns the file's name and parsed content. */
async function downloadFramework(page, title, testInfo) {
  const downloading = page.waitForEvent('download');
  await frameworkItem(page, title).getByRole('button', { name: `Download ${title}`, exact: true }).click();
  const download = await downloading;
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), content: JSON.parse(await readFile(file, 'utf8')) };
}

/** The adapted copy: a new version and title, and only two of the nine principles. */
function anytownCopy(downloaded) {
  const copy = structuredClone(downloaded);
  copy.version = VERSION;
  copy.title = TITLE;
  copy.areas = copy.areas.filter((area) => KEPT_AREAS.includes(area.id));
  // An English-only first draft: the Welsh of the areas taken out would name texts it no longer has.
  delete copy.translations;
  delete copy.unsure;
  return copy;
}

/** Expects the import error summary for `fileName` listing exactly `problems`, and focused. */
async function expectImportErrors(page, fileName, problems) {
  const summary = main(page).getByRole('alert');
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(`${fileName} could not be imported`);
  await expect(summary.getByRole('listitem')).toHaveText(problems);
  await expect(summary).toBeFocused();
  await expect(main(page).getByRole('status')).toHaveCount(0);
  return summary;
}

test('download a framework, adapt it, import it and assess with it; broken files are refused with every problem', async ({ page, checkA11y }, testInfo) => {
  const project = testInfo.project.name;
  const wide = isWide(testInfo);

  // Every built-in framework is listed, with a download and no way to remove it.
  await openApp(page, '#/frameworks');
  await expect(h1(page)).toHaveText('Frameworks');
  await expect(frameworkItems(page)).toHaveCount(4);
  const builtIn = frameworkItem(page, BY_DEFAULT.title);
  expect(await readFrameworkItem(builtIn)).toEqual({
    Version: `${BY_DEFAULT.version} Built in`,
    Contents: '30 statements in 9 principles',
    Languages: 'English, Cymraeg',
    Source: BY_DEFAULT.source,
  });
  await expect(main(page).getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await checkA11y(page, `${project}: frameworks`);

  // The download is the framework file the app was built with.
  const downloaded = await downloadFramework(page, BY_DEFAULT.title, testInfo);
  expect(downloaded.name).toBe(`almanac-framework-digital-by-default-${BY_DEFAULT.version}.json`);
  expect(downloaded.content).toEqual(BY_DEFAULT);

  // Importing it unchanged is refused: that version is built in.
  await upload(page, jsonUpload('unchanged.json', downloaded.content));
  await expectImportErrors(page, 'unchanged.json', [
    `version: "digital-by-default" version ${BY_DEFAULT.version} is already on this device as a built-in framework; give your copy a new version, such as ${BY_DEFAULT.version}-local`,
  ]);

  // The adapted copy is imported, and listed as imported.
  const anytown = anytownCopy(downloaded.content);
  await upload(page, jsonUpload('anytown.json', anytown));
  await expect(main(page).getByRole('status')).toContainText(`Imported: ${TITLE} (version ${VERSION})`);
  await expect(main(page).getByRole('alert')).toHaveCount(0);
  await expect(frameworkItems(page)).toHaveCount(5);
  const imported = frameworkItem(page, TITLE);
  expect(await readFrameworkItem(imported)).toEqual({
    Version: `${VERSION} Imported`,
    Contents: '7 statements in 2 principles',
    Languages: 'English',
    Source: BY_DEFAULT.source,
  });
  await expect(imported.getByRole('button', { name: `Remove ${TITLE}`, exact: true })).toBeVisible();
  await checkA11y(page, `${project}: frameworks with an imported one`);

  // It is kept on the device, and can be downloaded again just as it was imported.
  await page.reload();
  await expect(frameworkItems(page)).toHaveCount(5);
  const again = await downloadFramework(page, TITLE, testInfo);
  expect(again.name).toBe(`almanac-framework-digital-by-default-${VERSION}.json`);
  expect(again.content).toEqual(anytown);

  // Importing the same version twice is refused, and adds nothing.
  await upload(page, jsonUpload('anytown-again.json', anytown));
  await expectImportErrors(page, 'anytown-again.json', [
    `version: "digital-by-default" version ${VERSION} is already on this device as an imported framework; give your copy a new version, such as ${VERSION}-local`,
  ]);
  await expect(frameworkItems(page)).toHaveCount(5);

  // A broken file: every problem is listed, by path, in the order of the file.
  const broken = structuredClone(anytown);
  broken.version = '1.0.1-anytown';
  broken.scale.levels[2].value = 7;
  broken.areas[0].statements[0].levels[4].next_step = 'There is no level above this one.';
  delete broken.areas[0].statements[1].levels[2].next_step;
  broken.areas[1].title = '   ';
  broken.areas[1].statements[0].id = broken.areas[0].statements[0].id; // a duplicate id
  broken.areas[1].statements[1].levels.pop();
  await upload(page, jsonUpload('broken.json', broken));
  const errors = await expectImportErrors(page, 'broken.json', [
    'scale.levels[2].value: must be 3 (levels are numbered 1, 2, 3 … in order), not 7',
    'areas[0].statements[0].levels[4].next_step: must be left out on the top level, which has no next level',
    'areas[0].statements[1].levels[2].next_step: is missing: every level but the top one needs guidance for reaching the next',
    'areas[1].title: must not be empty',
    'areas[1].statements[0].id: "user-needs-1" is used by another statement',
    'areas[1].statements[1].levels: has 4 entries but the scale has 5 levels',
  ]);
  await checkA11y(page, `${project}: frameworks with import errors`);
  // Each problem links to the file input, to choose a corrected file.
  await errors.getByRole('link').first().click();
  await expect(main(page).getByLabel('Upload a framework file')).toBeFocused();

  // A value of the wrong type is named by its path.
  const wrongType = structuredClone(anytown);
  wrongType.version = '1.0.2-anytown';
  wrongType.areas[1].weight = 'heavy';
  await upload(page, jsonUpload('wrong-type.json', wrongType));
  await expectImportErrors(page, 'wrong-type.json', ['areas[1].weight: invalid type: string "heavy", expected a number']);

  // An assessment file is not a framework.
  await upload(page, jsonUpload('assessment.json', { format: 'almanac.assessment', schema_version: 1, assessment: {} }));
  await expect(main(page).getByRole('alert').getByRole('listitem')).toHaveCount(1);

  // None of the refused files was added, even after a reload.
  await page.reload();
  await expect(frameworkItems(page)).toHaveCount(5);

  // Start an assessment with the imported framework.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await main(page).getByRole('link', { name: 'Start a full assessment' }).click();
  const choice = main(page).getByRole('group', { name: 'Which framework do you want to assess against?' }).getByRole('radio', { name: TITLE, exact: true });
  await expect(choice).toHaveAccessibleDescription(`${anytown.summary} 7 statements in 2 principles. Version ${VERSION}.`);
  await choice.check();
  await main(page).getByRole('button', { name: 'Start assessment' }).click();
  await expectOverview(page, { title: TITLE, completed: 0, total: 2, areaNames: 'principles' });
  await expect(main(page).getByText(`${TITLE} · version ${VERSION}`)).toBeVisible();
  await expect(main(page).getByRole('list').getByRole('link')).toHaveText(anytown.areas.map((a) => a.title));
  await expectStatuses(page, anytown);

  // Answer its first principle.
  const area = anytown.areas[0];
  await taskLink(page, area).click();
  await answerAreaByClicks(page, anytown, area, { 'user-needs-1': { rating: 3, target: 4, evidence: 'Service design standard' }, 'user-needs-2': 2, 'user-needs-3': 4, 'user-needs-4': 'dont_know' }, { wide });
  await expectOverview(page, { title: TITLE, completed: 1, total: 2, areaNames: 'principles' });
  await expectStatuses(page, anytown, { [area.id]: 'Completed' });

  // Saved results names the framework and version it was made with.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  await expect(savedItems(page)).toHaveCount(1);
  expect(await readSavedItem(savedItems(page).first())).toMatchObject({
    Framework: `${TITLE} (version ${VERSION})`,
    Status: 'In progress',
    Answers: '4 of 7 answered',
    'Overall score': '3.0', // (3 + 2 + 4) / 3; "Don't know" left out; the other principle has no score
  });

  // The framework cannot be removed while an assessment uses it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click();
  await frameworkItem(page, TITLE).getByRole('button', { name: `Remove ${TITLE}`, exact: true }).click();
  const refusal = frameworkItem(page, TITLE).getByRole('alert');
  await expect(refusal).toContainText('1 saved assessment(s) use this framework. Delete or download them first, so that nothing is left without its framework.');
  await expect(frameworkItem(page, TITLE).getByRole('button', { name: 'Yes, remove it' })).toHaveCount(0);
  await checkA11y(page, `${project}: frameworks, removal refused`);
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(refusal).toHaveCount(0);
  await page.reload();
  await expect(frameworkItem(page, TITLE)).toHaveCount(1);

  // Once the assessment is deleted, the framework can be removed, after confirming.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved results' }).click();
  await savedItems(page).first().getByRole('button', { name: 'Delete', exact: true }).click();
  await main(page).getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(savedItems(page)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click();
  await frameworkItem(page, TITLE).getByRole('button', { name: `Remove ${TITLE}`, exact: true }).click();
  const confirm = frameworkItem(page, TITLE).getByRole('group', { name: 'Confirm removal' });
  await expect(confirm).toContainText('Remove this framework from this device?');
  await checkA11y(page, `${project}: frameworks, confirm removal`);
  await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(frameworkItems(page)).toHaveCount(4);
  await page.reload();
  await expect(frameworkItems(page)).toHaveCount(4);
  await expect(frameworkItem(page, BY_DEFAULT.title)).toHaveCount(1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('almanac.')))).toEqual([]);
});

// A value of the wrong type stops the reading there: the page says so, and once it is fixed the
// next import lists every other problem at once.
test('a wrong-type value is reported first, then every other problem', async ({ page }) => {
  const broken = anytownCopy(BY_DEFAULT);
  delete broken.areas[0].statements[1].levels[2].next_step;
  broken.areas[1].statements[0].id = broken.areas[0].statements[0].id;
  broken.areas[1].weight = 'heavy';
  await openApp(page, '#/frameworks');
  await upload(page, jsonUpload('three-problems.json', broken));
  const problems = main(page).getByRole('alert').getByRole('listitem');
  await expect(problems).toHaveText(['areas[1].weight: invalid type: string "heavy", expected a number']);
  await expect(main(page).getByText('stops Almanac reading the file there: fix it and import the file again')).toBeVisible();

  broken.areas[1].weight = 2;
  await upload(page, jsonUpload('two-problems.json', broken));
  await expect(problems).toHaveText([
    'areas[0].statements[1].levels[2].next_step: is missing: every level but the top one needs guidance for reaching the next',
    'areas[1].statements[0].id: "user-needs-1" is used by another statement',
  ]);
});
