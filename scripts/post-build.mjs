#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml), which also runs by hand: node scripts/post-build.mjs <dir>
//
// 1. Moves the module loader that Trunk writes inline into index.html into a file of its own, so
//    the app runs under a Content Security Policy with no 'unsafe-inline' (see README).
// 2. Writes sw.js, the service worker, from pwa/service-worker.js with the list of every file in
//    the build, so the precache list is never written by hand and changes with every build.
//
// Running it again on its own output is harmless: the loader is already a file.

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKER_TEMPLATE = path.join(ROOT, 'pwa', 'service-worker.js');
const WORKER = 'sw.js';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('usage: node scripts/post-build.mjs <build directory>');
  process.exit(2);
}

const sha256 = (content) => createHash('sha256').update(content).digest('hex');

async function moveLoaderToFile() {
  const indexPath = path.join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const found = html.match(inline);
  if (found) {
    const loader = `loader-${sha256(found[1]).slice(0, 16)}.js`;
    await writeFile(path.join(dir, loader), `${found[1].trim()}\n`);
    html = html.replace(inline, `<script type="module" src="./${loader}"></script>`);
    await writeFile(indexPath, html);
  }
  const leftInline = html.match(/<script(?![^>]*\ssrc=)[^>]*>/);
  if (leftInline) {
    throw new Error(`index.html still has an inline script (${leftInline[0]}), which the Content Security Policy would block`);
  }
}

async function filesIn(folder, prefix = '') {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return filesIn(path.join(folder, entry.name), `${relative}/`);
      return relative === WORKER ? [] : [relative];
    }),
  );
  return nested.flat().sort();
}

async function writeServiceWorker() {
  const files = await filesIn(dir);
  const build = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(dir, file));
    bytes += content.length;
    build.update(`${file}\0${sha256(content)}\0`);
  }
  const buildId = build.digest('hex').slice(0, 16);
  const template = await readFile(WORKER_TEMPLATE, 'utf8');
  const worker = template
    .replace('"__ALMANAC_BUILD__"', JSON.stringify(buildId))
    .replace('__ALMANAC_FILES__', JSON.stringify(files.map((file) => `./${file}`)));
  await writeFile(path.join(dir, WORKER), worker);
  console.log(`post-build: sw.js precaches ${files.length} files (${Math.round(bytes / 1024)} KB), build ${buildId}`);
}

await moveLoaderToFile();
await writeServiceWorker();
