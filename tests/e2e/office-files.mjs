// LibreOffice and the parts of Office files, for the specs that check what Almanac's workbooks and
// Word reports hold (office-workbook.spec.mjs, office-documents.spec.mjs): converting a file as a
// person's own program would open it, reading and editing the XML inside it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from './fixtures.mjs';
import { parseCsv } from './helpers.mjs';

const run = promisify(execFile);


/** Runs LibreOffice headless on `bytes` (saved as `name`) with its own profile; returns the files it wrote, by name. */
export async function convert(bytes, name, filter) {
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-office-'));
  try {
    const source = path.join(work, name);
    const out = path.join(work, 'out');
    await mkdir(out);
    await writeFile(source, bytes);
    await run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', filter, '--outdir', out, source], {
      timeout: 150_000,
    });
    const files = {};
    for (const file of await readdir(out)) files[file] = await readFile(path.join(out, file));
    return files;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Every sheet of a workbook as LibreOffice reads it, by sheet name: cells as shown (number formats
 * applied), or, with `shown: false`, numbers as stored. Formulas are not exported, so a cell that
 * were a formula would show its result, not the text typed.
 */
export async function sheetsOf(bytes, { shown = true } = {}) {
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${shown},false,false,-1`;
  const files = await convert(bytes, 'book.xlsx', filter);
  const sheets = {};
  for (const [name, content] of Object.entries(files)) {
    const match = name.match(/^book-(.+)\.csv$/);
    if (match) sheets[match[1]] = parseCsv(content.toString('utf8').replace(/\r?\n/g, '\r\n'));
  }
  return sheets;
}

/** One part of a zip file (an .xlsx or .docx), as text; `null` when it has no such part. */
export async function zipPart(bytes, part) {
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-zip-'));
  try {
    const file = path.join(work, 'file.zip');
    await writeFile(file, bytes);
    const { stdout: names } = await run('unzip', ['-Z1', file]);
    if (!names.split('\n').includes(part)) return null;
    return (await run('unzip', ['-p', file, part], { maxBuffer: 50_000_000 })).stdout;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function zipNames(bytes) {
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-zip-'));
  try {
    const file = path.join(work, 'file.zip');
    await writeFile(file, bytes);
    return (await run('unzip', ['-Z1', file])).stdout.split('\n').filter(Boolean);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const unescapeXml = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** No cell of any sheet is a formula: every text went in as a string. */
export async function expectNoFormulas(bytes) {
  const sheets = (await zipNames(bytes)).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  expect(sheets.length, 'the workbook has worksheets').toBeGreaterThan(0);
  for (const sheet of sheets) {
    const xml = await zipPart(bytes, sheet);
    expect(xml.match(/<f[\s>/]/g) ?? [], `${sheet} has no formula cell`).toEqual([]);
  }
}

/** The part (xl/worksheets/sheetN.xml) holding the sheet called `name`, read from the workbook's own index. */
export async function sheetPart(bytes, name) {
  const workbook = await zipPart(bytes, 'xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => unescapeXml(tag.match(/name="([^"]*)"/)[1]) === name);
  expect(sheet, `xl/workbook.xml lists a sheet "${name}"`).toBeTruthy();
  const id = sheet.match(/r:id="([^"]+)"/)[1];
  const rels = await zipPart(bytes, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const target = rel.match(/Target="([^"]+)"/)[1].replace(/^\/?xl\//, '');
  return `xl/${target}`;
}

/**
 * The workbook with cells of one sheet replaced, as a spreadsheet program would save them:
 * `cells` maps a reference (`D5`) to a number (a numeric cell) or a text (an inline string).
 */
export async function withCells(bytes, part, cells) {
  const work = await mkdtemp(path.join(tmpdir(), 'almanac-edit-'));
  try {
    const book = path.join(work, 'book.xlsx');
    await writeFile(book, bytes);
    let xml = await zipPart(bytes, part);
    for (const [ref, value] of Object.entries(cells)) {
      const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>.*?</c>)`);
      const match = xml.match(cell);
      if (!match) throw new Error(`no cell ${ref} in ${part}`);
      const style = (match[1].match(/ s="\d+"/) || [''])[0];
      const escaped = String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const replacement =
        typeof value === 'number' ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style} t="inlineStr"><is><t>${escaped}</t></is></c>`;
      xml = xml.replace(cell, replacement);
    }
    await mkdir(path.dirname(path.join(work, part)), { recursive: true });
    await writeFile(path.join(work, part), xml);
    await run('zip', ['-q', book, part], { cwd: work });
    return readFile(book);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const workbookUpload = (name, buffer) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
