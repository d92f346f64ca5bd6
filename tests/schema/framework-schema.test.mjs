// The JSON Schema for frameworks, checked with a real validator (ajv): every built-in framework
// passes it, and every document in tests/fixtures/frameworks/bad fails it. The Rust test
// `bad_documents_are_refused_as_the_schema_refuses_them` checks the same bad documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const schema = read(path.join(root, 'frameworks/schema/framework.schema.json'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const jsonIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));

// The current versions and the earlier ones kept for their assessments; the crosswalk has its own.
const builtIn = [...jsonIn(path.join(root, 'frameworks')), ...jsonIn(path.join(root, 'frameworks/archive'))].filter(
  (file) => path.basename(file) !== 'crosswalk.json',
);
const bad = jsonIn(path.join(root, 'tests/fixtures/frameworks/bad'));

test('there are built-in frameworks and bad documents to check', () => {
  assert.ok(builtIn.length >= 8, `built-in frameworks: ${builtIn.length}`);
  assert.ok(bad.length >= 10, `bad documents: ${bad.length}`);
});

for (const file of builtIn) {
  test(`built-in ${path.basename(file)} is valid against the schema`, () => {
    const valid = validate(read(file));
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });
}

// A file of each released format, as written then: the schema describes them all.
for (const version of ['v1', 'v2', 'v3']) {
  test(`a format ${version} framework file is valid against the schema`, () => {
    const valid = validate(read(path.join(root, 'tests/fixtures/formats', version, 'framework.json')));
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });
}

for (const file of bad) {
  test(`bad ${path.basename(file)} is refused by the schema`, () => {
    assert.equal(validate(read(file)), false, 'the schema accepted a document Almanac refuses');
  });
}

test('the crosswalk is valid against its schema', () => {
  const validateCrosswalk = new Ajv2020({ allErrors: true, strict: true }).compile(
    read(path.join(root, 'frameworks/schema/crosswalk.schema.json')),
  );
  const valid = validateCrosswalk(read(path.join(root, 'frameworks/crosswalk.json')));
  assert.ok(valid, JSON.stringify(validateCrosswalk.errors, null, 2));
});
