#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml), which also runs by hand: node scripts/post-build.mjs <dir>
//
// 1. Names the app's code by content (pkg/: the main module, its JavaScript and the chunks that
//    load when first needed, from scripts/build-wasm.sh), so browsers and the service worker may
//    keep them for good, and writes the small module that starts the app.
// 2. Names each language's first words file in index.html (public/boot.js fetches the page's
//    language's, with the home page drawn at build time in it), with preload hints for the
//    first download, and moves any inline script into a file, so the app
//    runs under a Content Security Policy with no 'unsafe-inline' (see README).
// 3. Copies the built-in frameworks (the current ones, the quick check's full text among them, and
//    the earlier versions in frameworks/archive), the crosswalk and the styles of the pages
//    outside the first download (style/pages.css, minified) under names made from their content,
//    matching build.rs.
// 4. Writes sw.js, the service worker, with the build's files: those the quick check needs first
//    and the rest, which it fetches in the background once the page is idle.
// 5. Writes a .gz (by zopfli) and a .br beside every file, for hosts that serve precompressed
//    files.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { transform } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKER_TEMPLATE = path.join(ROOT, 'pwa', 'service-worker.js');
const WORKER = 'sw.js';
const PKG = 'pkg';
const WORDS_JSON = path.join(process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target'), 'almanac-wasm', 'words.json');
const FRAMEWORKS = path.join(ROOT, 'frameworks');

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('usage: node scripts/post-build.mjs <build directory>');
  process.exit(2);
}

const sha256 = (content) => createHash('sha256').update(content).digest('hex');
const short = (content) => sha256(content).slice(0, 16);
const isCompressed = (file) => file.endsWith('.gz') || file.endsWith('.br');

function replaceOnce(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`${where}: expected to find ${JSON.stringify(from)}`);
  return text.split(from).join(to);
}

/** Renames pkg/ by content; returns the names the page starts from. */
async function nameCodeByContent() {
  const pkg = path.join(dir, PKG);
  const files = await readdir(pkg);
  if (!files.includes('almanac.js')) {
    // Already named (the hook ran twice on the same folder).
    return JSON.parse(await readFile(path.join(pkg, 'names.json'), 'utf8'));
  }
  let loader = await readFile(path.join(pkg, '__wasm_split.js'), 'utf8');
  let glue = await readFile(path.join(pkg, 'almanac.js'), 'utf8');
  const names = {};
  for (const file of files.filter((f) => f.endsWith('.wasm'))) {
    const stem = file.replace(/\.wasm$/, '');
    const named = `${stem}-${short(await readFile(path.join(pkg, file)))}.wasm`;
    await rename(path.join(pkg, file), path.join(pkg, named));
    names[file] = named;
    if (file !== 'almanac_bg.wasm') loader = replaceOnce(loader, `"./${file}"`, `"./${named}"`, '__wasm_split.js');
  }
  glue = replaceOnce(glue, `'almanac_bg.wasm'`, `'${names['almanac_bg.wasm']}'`, 'almanac.js');
  // A chunk that cannot be fetched is the app's to explain (with a way to try again), not an error.
  loader = replaceOnce(loader, 'console.error(e);', 'console.warn("Almanac could not load part of its code:", e);', '__wasm_split.js');
  // The two modules import each other, so they share one name made from both.
  const both = short(glue + loader);
  const glueName = `almanac-${both}.js`;
  const loaderName = `__wasm_split-${both}.js`;
  // Only the module paths: the wasm's own import names ("./__wasm_split.js") stay as they are.
  glue = replaceOnce(glue, 'from "./__wasm_split.js"', `from "./${loaderName}"`, 'almanac.js');
  loader = replaceOnce(loader, 'from "./almanac.js"', `from "./${glueName}"`, '__wasm_split.js');
  // wasm-bindgen writes readable JavaScript; the first download carries it minified.
  const minify = async (code) => (await transform(code, { minify: true, format: 'esm', target: 'es2020' })).code;
  await writeFile(path.join(pkg, glueName), await minify(glue));
  await writeFile(path.join(pkg, loaderName), await minify(loader));
  for (const file of ['almanac.js', '__wasm_split.js']) await rm(path.join(pkg, file));
  const start = `import init from "./${PKG}/${glueName}";\ninit({ module_or_path: new URL("./${PKG}/${names['almanac_bg.wasm']}", import.meta.url) });\n`;
  const startName = `start-${short(start)}.js`;
  await writeFile(path.join(dir, startName), start);
  const result = {
    start: startName,
    glue: `${PKG}/${glueName}`,
    loader: `${PKG}/${loaderName}`,
    main: `${PKG}/${names['almanac_bg.wasm']}`,
    savedDataCode: codeOf(loader, 'stored').map((file) => `${PKG}/${file}`),
  };
  await writeFile(path.join(pkg, 'names.json'), JSON.stringify(result));
  return result;
}

/**
 * The files a split module needs, itself first, as the chunk loader (`__wasm_split.js`, file
 * names already hashed) lists them: `__wasm_split_load_<name>` fetches its own file once the
 * chunks it depends on (`__chunk_<n>`, each with its file and its own dependencies) are there.
 */
function codeOf(loader, name) {
  const fileAndDeps = (declaration) => {
    const found = loader.match(new RegExp(`${declaration}[^;]*?fetch\\(new URL\\("\\./([^"]+)"[\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)`));
    if (!found) throw new Error(`__wasm_split.js: expected to find ${declaration} with its file and dependencies`);
    return [found[1], found[2].split(',').map((dep) => dep.trim()).filter(Boolean)];
  };
  const files = [];
  const visit = (declaration) => {
    const [file, deps] = fileAndDeps(declaration);
    if (files.includes(file)) return;
    files.push(file);
    for (const dep of deps) visit(`const ${dep} = makeLoad\\(`);
  };
  visit(`export const __wasm_split_load_${name} = wrapAsyncCb\\(makeLoad\\(`);
  return files;
}

/** Each language's first words file, as `en=words/first-en-<hash>.txt cy=…`. */
async function firstWords() {
  const names = JSON.parse(await readFile(WORDS_JSON, 'utf8'));
  return Object.entries(names).map(([language, file]) => `${language}=${file}`).join(' ');
}

async function writeIndex(code) {
  const indexPath = path.join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  // Trunk may write a module loader inline (it does when it builds Rust itself): into a file.
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const found = html.match(inline);
  if (found) {
    const loader = `loader-${short(found[1])}.js`;
    await writeFile(path.join(dir, loader), `${found[1].trim()}\n`);
    html = html.replace(inline, `<script type="module" src="./${loader}"></script>`);
  }
  // The marker that stops Trunk building the Rust itself has done its work.
  html = html.replace(/\s*<!-- Trunk must not build[^>]*-->\s*<link data-trunk rel="rust"[^>]*>/, '');
  if (!html.includes('id="prerendered"')) {
    const hints = [
      `<link rel="modulepreload" href="./${code.glue}">`,
      `<link rel="modulepreload" href="./${code.loader}">`,
      `<link rel="preload" href="./${code.main}" as="fetch" type="application/wasm" crossorigin>`,
      `<script type="module" src="./${code.start}"></script>`,
    ].join('\n    ');
    html = replaceOnce(html, '</head>', `    ${hints}\n</head>`, 'index.html');
    // For public/boot.js, which fetches them at once on a device with saved results.
    const savedDataCode = `<meta name="almanac-saved-data-code" content="${code.savedDataCode.join(' ')}">`;
    const words = `<meta name="almanac-words" content="${await firstWords()}">`;
    html = replaceOnce(html, '<title>', `${savedDataCode}\n    ${words}\n    <title>`, 'index.html');
    html = replaceOnce(html, '</body>', `<div id="prerendered"></div>\n</body>`, 'index.html');
  }
  await writeFile(indexPath, html);
  // `trunk serve` adds its live-reload script inline: a development server's, never in dist/.
  const served = html.replace(/<script[^>]*>(?:(?!<\/script>)[\s\S])*__TRUNK_ADDRESS__[\s\S]*?<\/script>/g, '');
  const leftInline = served.match(/<script(?![^>]*\ssrc=)[^>]*>/);
  if (leftInline) {
    throw new Error(`index.html still has an inline script (${leftInline[0]}), which the Content Security Policy would block`);
  }
}

/** Copies the built-in frameworks as `frameworks/<name>-<hash>.json`, the names build.rs gave them. */
async function copyFrameworks() {
  await mkdir(path.join(dir, 'frameworks'), { recursive: true });
  for (const folder of [FRAMEWORKS, path.join(FRAMEWORKS, 'archive')]) {
    for (const file of (await readdir(folder)).filter((f) => f.endsWith('.json'))) {
      const content = await readFile(path.join(folder, file));
      await copyFile(path.join(folder, file), path.join(dir, 'frameworks', `${file.replace(/\.json$/, '')}-${short(content)}.json`));
    }
  }
}

/** Writes style/pages.css, minified, as `pages-<hash>.css`: the name build.rs gave it from its source. */
async function copyPageStyles() {
  const source = await readFile(path.join(ROOT, 'style', 'pages.css'));
  const { code } = await transform(source.toString('utf8'), { loader: 'css', minify: true });
  await writeFile(path.join(dir, `pages-${short(source)}.css`), code);
}

async function filesIn(folder, prefix = '') {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return filesIn(path.join(folder, entry.name), `${relative}/`);
      return relative === WORKER || relative.endsWith('names.json') || isCompressed(relative) ? [] : [relative];
    }),
  );
  return nested.flat().sort();
}

/** The files a visitor's first page needs: the page, its style, the start of its code. */
function isFirstLoad(file, code) {
  return (
    ['index.html', 'manifest.webmanifest', code.start, code.glue, code.loader, code.main].includes(file) ||
    /^(main|boot|storage-turn)-[0-9a-f]+\.(css|js)$/.test(file) ||
    file === 'icons/favicon.svg'
  );
}

async function writeServiceWorker(code) {
  const files = await filesIn(dir);
  const build = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(dir, file));
    bytes += content.length;
    build.update(`${file}\0${sha256(content)}\0`);
  }
  const buildId = build.digest('hex').slice(0, 16);
  const first = files.filter((file) => isFirstLoad(file, code));
  const rest = files.filter((file) => !isFirstLoad(file, code));
  const template = await readFile(WORKER_TEMPLATE, 'utf8');
  const worker = template
    .replace('"__ALMANAC_BUILD__"', JSON.stringify(buildId))
    .replace('__ALMANAC_FIRST__', JSON.stringify(first.map((file) => `./${file}`)))
    .replace('__ALMANAC_REST__', JSON.stringify(rest.map((file) => `./${file}`)));
  await writeFile(path.join(dir, WORKER), worker);
  console.log(`post-build: sw.js keeps ${first.length} files first and ${rest.length} more in the background (${Math.round(bytes / 1024)} KB), build ${buildId}`);
}

const brotli = promisify(zlib.brotliCompress);
const run = promisify(execFile);

/**
 * The .gz of a file, made by zopfli: gzip that any browser reads, about 5% smaller than
 * `gzip -9` for the app's code, at the cost of time spent once, here.
 */
async function zopfli(file) {
  const { stdout } = await run('zopfli', ['--i5', '-c', file], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Whether `file` exists and was written after `than`. */
async function isNewer(file, than) {
  try {
    return (await stat(file)).mtimeMs >= (await stat(than)).mtimeMs;
  } catch {
    return false;
  }
}

/** A .gz and a .br beside every file, for static hosts that serve them (see README). */
async function precompress() {
  const files = (await filesIn(dir)).concat(WORKER);
  // A file at a time per core: zopfli works each one hard.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const source = path.join(dir, file);
      // Run again on the same folder, only the files changed since are compressed again.
      if (await isNewer(`${source}.gz`, source) && await isNewer(`${source}.br`, source)) continue;
      const content = await readFile(source);
      const [gz, br] = await Promise.all([
        zopfli(source),
        brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      ]);
      await Promise.all([writeFile(`${source}.gz`, gz), writeFile(`${source}.br`, br)]);
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
}

const code = await nameCodeByContent();
await writeIndex(code);
await copyFrameworks();
await copyPageStyles();
await writeServiceWorker(code);
await precompress();
