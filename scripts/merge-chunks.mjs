#!/usr/bin/env node
// Called by scripts/build-wasm.sh after wasm-opt: node scripts/merge-chunks.mjs <pkg dir>
//
// wasm-split-cli gives every set of split modules that share code a chunk of its own: with nine
// split modules that was 106 chunks, most under 1 KB, and a page fetched up to 64 files (the
// saved-data code alone 19, on the first screen of every returning visit). Each file costs a
// request, which on a phone's slow connection costs more than the bytes it saves, so this merges
// chunks into fewer files and rewrites the chunk loader (`__wasm_split.js`) to fetch those.
//
// Merging is always safe: a merged file is loaded by every split module that needed any of its
// parts, and a chunk only writes its own slots of the shared memory and function table. Which
// chunks to merge is a trade of bytes against requests (see COST_MODEL); the result is printed.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { reexporting, renameImports, SECTION, sectionIds, withoutSection } from './wasm-binary.mjs';

const LOADER = '__wasm_split.js';
/** The module chunks import the main module's memory, table and stack pointer from. */
const MAIN_IMPORTS = '__wasm_split';

/**
 * A page's cost: for each file it fetches, its gzipped bytes plus REQUEST_BYTES. On slow 4G
 * (1.6 Mbps, 150 ms round trip) one round trip is worth about 30 KB, shared by the six requests
 * a browser makes at once, plus the work of starting each module: about 8 KB a file. Split
 * modules met on the way to a first screen weigh more: `stored` (saved assessments, read before
 * any page of a returning visitor shows) and `results` (the quick check's last page).
 */
const COST_MODEL = { REQUEST_BYTES: 8 * 1024, WEIGHT: { stored: 3, results: 2 }, DEFAULT_WEIGHT: 1, ON_REQUEST_WEIGHT: 0.05 };
/**
 * Split modules that make a document only when someone asks for one (`office_…`, src/exports.rs):
 * rarely fetched, so their chunks are never merged into files every visit to a page would fetch
 * for an extra request they might save.
 */
const ON_REQUEST = /^office_/;

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/merge-chunks.mjs <pkg dir>');
  process.exit(2);
}

function fail(message) {
  console.error(`merge-chunks: ${message}`);
  process.exit(1);
}

/** The chunks and split modules as wasm-split-cli wrote the loader (checked, not assumed). */
function parseLoader(loader) {
  const chunkBlock = /\/\* ([^*]+) \*\/\nconst (__chunk_\d+) = makeLoad\(\(\) => \{\n {4}const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)", import\.meta\.url\)\);\n[\s\S]*?\n\}\n, \[([^\]]*)\]\);\n/g;
  const chunks = [];
  for (const m of loader.matchAll(chunkBlock)) {
    if (m[4].trim()) fail(`${m[2]} depends on other chunks; this script expects chunks to depend on none`);
    chunks.push({ name: m[2], file: m[3], block: m[0], neededBy: m[1].split(', ') });
  }
  const splitDeps = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\([\s\S]*?\n, \[([^\]]*)\]\)\);/g;
  const splits = [...loader.matchAll(splitDeps)].map((m) => ({
    name: m[1],
    depsText: `, [${m[2]}]));`,
    deps: m[2].split(',').map((d) => d.trim()).filter(Boolean),
  }));
  if (chunks.length !== (loader.match(/^const __chunk_\d+ = /gm) || []).length) fail(`${LOADER} has chunks in a form this script does not know`);
  if (splits.length === 0) fail(`${LOADER} has no split modules`);
  for (const chunk of chunks) {
    for (const split of splits) {
      if (split.deps.includes(chunk.name) !== chunk.neededBy.includes(split.name)) {
        fail(`${chunk.name}'s comment and ${split.name}'s dependencies disagree`);
      }
    }
  }
  return { chunks, splits };
}

/** Greedily merges the two groups whose merging lowers the total cost most, until none does. */
function chooseGroups(chunks, sizes) {
  const weight = (split) =>
    COST_MODEL.WEIGHT[split] ?? (ON_REQUEST.test(split) ? COST_MODEL.ON_REQUEST_WEIGHT : COST_MODEL.DEFAULT_WEIGHT);
  const cost = (group) => [...group.neededBy].reduce((sum, split) => sum + weight(split), 0) * (group.bytes + COST_MODEL.REQUEST_BYTES);
  const groups = chunks.map((chunk) => ({ members: [chunk], neededBy: new Set(chunk.neededBy), bytes: sizes.get(chunk.name) }));
  for (;;) {
    let best = null;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const merged = {
          members: [...groups[a].members, ...groups[b].members],
          neededBy: new Set([...groups[a].neededBy, ...groups[b].neededBy]),
          bytes: groups[a].bytes + groups[b].bytes,
        };
        const saving = cost(groups[a]) + cost(groups[b]) - cost(merged);
        if (saving > 0 && (!best || saving > best.saving)) best = { saving, a, b, merged };
      }
    }
    if (!best) return groups;
    groups[best.a] = best.merged;
    groups.splice(best.b, 1);
  }
}

const run = (tool, args, stderr = 'inherit') => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', stderr], maxBuffer: 1 << 30 });

/**
 * One module from several chunks. Each chunk imports the main module's memory, function table and
 * stack pointer; merged naively those would become several memories. So a small hub module
 * imports each of them once and exports it, every chunk imports from the hub instead, and
 * wasm-merge joins them; the hub's exports are then removed.
 */
async function mergeWasm(files, outFile, work) {
  const imports = new Map();
  const inputs = [];
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(path.join(pkg, file));
    const redirected = renameImports(bytes, ({ module, field, description }) => {
      if (module !== MAIN_IMPORTS) fail(`${file} imports from ${module}; chunks were expected to import only from ${MAIN_IMPORTS}`);
      const known = imports.get(field);
      if (known && Buffer.compare(known.description, description) !== 0) fail(`${file} imports ${field} with a type another chunk does not`);
      imports.set(field, { module, field, description });
      return { module: 'hub', field };
    });
    // The merged module keeps no exports and runs nothing on start: chunks must have neither.
    if (sectionIds(bytes).some((id) => id === SECTION.EXPORT || id === SECTION.START)) fail(`${file} has exports or a start function`);
    const input = path.join(work, `chunk${index}.wasm`);
    await writeFile(input, redirected);
    inputs.push(input, `chunk${index}`);
  }
  const hub = path.join(work, 'hub.wasm');
  await writeFile(hub, reexporting([...imports.values()]));
  // The hub has no features section of its own: the tool is told the chunks'.
  const features = run('wasm-opt', ['--print-features', path.join(pkg, files[0])], 'ignore').split('\n').filter((flag) => flag.startsWith('--enable-'));
  const merged = path.join(work, 'merged.wasm');
  run('wasm-merge', [...features, hub, 'hub', ...inputs, '-o', merged]);
  await writeFile(path.join(pkg, outFile), withoutSection(await readFile(merged), SECTION.EXPORT));
}

const loaderPath = path.join(pkg, LOADER);
let loader = await readFile(loaderPath, 'utf8');
const { chunks, splits } = parseLoader(loader);
const sizes = new Map();
for (const chunk of chunks) sizes.set(chunk.name, gzipSync(await readFile(path.join(pkg, chunk.file)), { level: 9 }).length);
const groups = chooseGroups(chunks, sizes);

const work = await mkdtemp(path.join(os.tmpdir(), 'almanac-merge-chunks-'));
const groupOf = new Map();
try {
  for (const [index, group] of groups.entries()) {
    if (group.members.length === 1) {
      groupOf.set(group.members[0].name, group.members[0].name);
      continue;
    }
    const name = `__common_${index}`;
    const file = `common_${index}.wasm`;
    await mergeWasm(group.members.map((m) => m.file), file, work);
    const [first, ...rest] = group.members;
    const block = `/* ${[...group.neededBy].sort().join(', ')} */\nconst ${name} = makeLoad(() => {\n    const src = fetch(new URL("./${file}", import.meta.url));\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, []);\n`;
    loader = loader.replace(first.block, block);
    for (const member of rest) loader = loader.replace(member.block, '');
    for (const member of group.members) {
      groupOf.set(member.name, name);
      await rm(path.join(pkg, member.file));
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
for (const split of splits) {
  const deps = [...new Set(split.deps.map((dep) => groupOf.get(dep)))];
  loader = loader.replace(split.depsText, `, [${deps.join(', ')}]));`);
}
await writeFile(loaderPath, loader);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`merge-chunks: ${chunks.length} chunks into ${groups.length} files`);
for (const split of splits) {
  const before = split.deps.reduce((sum, dep) => sum + sizes.get(dep), 0);
  const after = groups.filter((g) => g.neededBy.has(split.name)).reduce((sum, g) => sum + g.bytes, 0);
  console.log(`  ${split.name.padEnd(12)} ${String(split.deps.length).padStart(3)} chunk files, ${kb(before)} -> ${String(new Set(split.deps.map((d) => groupOf.get(d))).size).padStart(2)} files, ${kb(after)} (gzip -9, before merging)`);
}
