#!/usr/bin/env node
// Called by scripts/build-wasm.sh: node scripts/shorten-imports.mjs <module.wasm> <glue.js>
//
// wasm-bindgen names each function the main module imports from its JavaScript after the Rust
// function and a hash (`__wbg_preventDefault_cfb06b02e7406899`), and every one of those names is
// in the first download twice, once in the module and once in the JavaScript. Neither the
// hashes nor binaryen's own minifying (which renames only imports from "env") help, so this
// renames the imports from the glue's module (`./almanac_bg.js`) to short names, in both files.
// Nothing else in either file changes.

import { readFile, writeFile } from 'node:fs/promises';
import { renameImports } from './wasm-binary.mjs';

const GLUE_MODULE = './almanac_bg.js';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/shorten-imports.mjs <module.wasm> <glue.js>');
  process.exit(2);
}

/** a, b, … z, A … Z, then aa, ab, …: short, and valid as JavaScript property names. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return name;
}

const bytes = new Uint8Array(await readFile(wasmPath));
let glue = await readFile(gluePath, 'utf8');
const renamed = new Map();
const shortened = renameImports(bytes, ({ module, field }) => {
  if (module !== GLUE_MODULE) return { module, field };
  if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
  return { module, field: renamed.get(field) };
});

for (const [long, short] of renamed) {
  // Each is a property of the glue's import object, written as `name: function…`.
  const key = new RegExp(`\\b${long}:`, 'g');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) throw new Error(`${gluePath}: expected the import ${long} once, found it ${found} times`);
  if (new RegExp(`\\b${long}\\b(?!:)`).test(glue)) {
    throw new Error(`${gluePath}: ${long} is used other than as an import name`);
  }
  glue = glue.replace(key, `${short}:`);
}

await writeFile(wasmPath, shortened);
await writeFile(gluePath, glue);
console.error(`shorten-imports: ${renamed.size} imports renamed`);
