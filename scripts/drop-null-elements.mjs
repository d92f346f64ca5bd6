#!/usr/bin/env node
// Called by scripts/build-wasm.sh after wasm-opt: node scripts/drop-null-elements.mjs <main.wasm>
//
// wasm-split-cli reserves the function-table slots each chunk fills when it loads with an element
// segment of nulls in the main module, one per chunk: 294 of them, over 4 KB gzipped of the
// quick check's first download, that change nothing (a table's slots start null). This drops
// them (see wasm-binary.mjs, withoutNullElements); the table keeps its size.

import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { withoutNullElements } from './wasm-binary.mjs';

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error('usage: node scripts/drop-null-elements.mjs <main.wasm>');
  process.exit(2);
}
// Dropping segments renumbers those after them: only safe if no instruction names one.
const text = execFileSync('wasm-dis', [wasmPath], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (/\b(table\.init|elem\.drop)\b/.test(text)) {
  console.error(`drop-null-elements: ${wasmPath} refers to element segments by index; nothing dropped`);
  process.exit(1);
}
const before = await readFile(wasmPath);
const { bytes, dropped } = withoutNullElements(before);
// Checked as the browser will: the module must still compile.
await WebAssembly.compile(bytes);
await writeFile(wasmPath, bytes);
console.log(`drop-null-elements: ${dropped} element segments of nulls dropped, ${before.length - bytes.length} bytes`);
