// The JSON Schema for benchmark files, checked with a real validator (ajv): the file the app
// publishes (tests/fixtures/formats/benchmark.json, which a Rust test keeps equal to what
// publishing makes now) passes it, and files Almanac refuses fail it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(read('frameworks/schema/benchmark.schema.json'));
const published = read('tests/fixtures/formats/benchmark.json');

test('a benchmark as Almanac publishes it is valid against the schema', () => {
  assert.ok(published.by_type.some((split) => split.withheld), 'the fixture has a withheld split');
  assert.ok(published.by_type.some((split) => split.figures), 'the fixture has a published split');
  assert.ok(validate(published), JSON.stringify(validate.errors, null, 2));
});

/** The published file with one change made to a copy of it. */
function changed(change) {
  const copy = structuredClone(published);
  change(copy);
  return copy;
}

const refused = {
  'a threshold below 5': (b) => { b.threshold = 4; },
  'a figure resting on 4 respondents': (b) => { b.figures.areas[0].statements[0].level.answered = 4; },
  'a withheld figure that still has numbers': (b) => { b.figures.areas[0].score.withheld = 'fewer_than_threshold'; },
  'a statement with no level counts': (b) => { delete b.figures.areas[0].statements[0].level.levels; },
  'an area score with level counts': (b) => { b.figures.areas[0].score.levels = [1, 2, 3, 4, 5]; },
  'a respondent field': (b) => { b.figures.areas[0].statements[0].level.respondents = ['Anytown']; },
  'a note': (b) => { b.notes = 'Anytown said'; },
  'another format': (b) => { b.format = 'almanac.group'; },
  'a newer format version': (b) => { b.schema_version = 2; },
  'an empty title': (b) => { b.title = ' '; },
  'a split with neither figures nor a reason': (b) => { delete b.by_type[0].figures; delete b.by_type[0].withheld; },
  'an unknown kind of council': (b) => { b.by_type[0].type = 'parish'; },
};

for (const [what, change] of Object.entries(refused)) {
  test(`the schema refuses ${what}`, () => {
    assert.equal(validate(changed(change)), false, 'the schema accepted a file Almanac refuses');
  });
}
