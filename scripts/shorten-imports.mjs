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

const GLUE_MODULE = './almanac_bg.js';
const IMPORT_SECTION = 2;

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/shorten-imports.mjs <module.wasm> <glue.js>');
  process.exit(2);
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

const encodeName = (name) => {
  const encoded = new TextEncoder().encode(name);
  return [...leb(encoded.length), ...encoded];
};

/** The end of an import's description (what kind of thing it is), which is copied as it is. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    let [, next] = readLeb(bytes, from);
    if (flags & 1) [, next] = readLeb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: its type
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type
    default: throw new Error(`import of unknown kind ${kind}`);
  }
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
const out = [bytes.subarray(0, 8)];
const renamed = new Map();
let at = 8;
while (at < bytes.length) {
  const id = bytes[at];
  const [size, start] = readLeb(bytes, at + 1);
  const end = start + size;
  if (id !== IMPORT_SECTION) {
    out.push(bytes.subarray(at, end));
    at = end;
    continue;
  }
  let [count, next] = readLeb(bytes, start);
  const section = [...leb(count)];
  for (let i = 0; i < count; i++) {
    const [module, afterModule] = readName(bytes, next);
    const [field, afterField] = readName(bytes, afterModule);
    const afterDescription = skipDescription(bytes, afterField);
    let name = field;
    if (module === GLUE_MODULE) {
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      name = renamed.get(field);
    }
    section.push(...encodeName(module), ...encodeName(name), ...bytes.subarray(afterField, afterDescription));
    next = afterDescription;
  }
  if (next !== end) throw new Error('the import section has bytes after its last import');
  out.push(Uint8Array.from([id, ...leb(section.length), ...section]));
  at = end;
}

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

await writeFile(wasmPath, Buffer.concat(out));
await writeFile(gluePath, glue);
console.error(`shorten-imports: ${renamed.size} imports renamed`);
