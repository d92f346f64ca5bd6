// The interface's words as the catalogues give them (locales/<language>/<part>/<file>.ftl), so
// the Welsh journeys find buttons and headings by the words a Welsh reader sees, and a test can
// look for English words left on a Welsh page. Reads the subset of Fluent that build/words.rs
// accepts: messages, comments, `{ $name }`, `{ " " }` and whole-message counts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

/** Every message of a language: `file.message` → its text, or for a count, its forms by category. */
export function catalogue(language) {
  const messages = new Map();
  for (const part of ['first', 'pages']) {
    const folder = path.join(LOCALES, language, part);
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.ftl'))) {
      const file = name.replace(/\.ftl$/, '');
      let id = null;
      let lines = [];
      const finish = () => {
        if (id !== null) messages.set(`${file}.${id}`, parse(lines));
        id = null;
        lines = [];
      };
      for (const line of readFileSync(path.join(folder, name), 'utf8').split('\n')) {
        const start = /^([a-zA-Z][a-zA-Z0-9-]*) =(.*)$/.exec(line);
        if (start) {
          finish();
          id = start[1];
          lines.push(start[2]);
        } else if ((/^\s+\S/.test(line) || line === '}') && id !== null) {
          lines.push(line);
        } else {
          finish();
        }
      }
      finish();
    }
  }
  return messages;
}

function text(source) {
  return source.replace(/\{\s*"((?:[^"\\]|\\.)*)"\s*\}/g, (_, literal) => literal.replace(/\\(.)/g, '$1')).trim();
}

function parse(lines) {
  const joined = lines.map((line) => line.trim()).join('\n');
  const select = /^\{\s*\$[\w-]+\s*->\n([\s\S]*)\n\}$/.exec(joined);
  if (!select) return text(lines.map((line) => line.trim()).join(' '));
  const forms = {};
  for (const variant of select[1].split('\n')) {
    const found = /^\*?\[(\w+)\]\s*(.*)$/.exec(variant.trim());
    if (found) forms[found[1]] = text(found[2]);
    if (variant.trim().startsWith('*')) forms.other = forms.other ?? text(found[2]);
  }
  return forms;
}

const CATALOGUES = { en: catalogue('en'), cy: catalogue('cy') };

/** A message in `language` with its placeholders filled: word('cy', 'question.continue-button'). */
export function word(language, key, values = {}, form = 'other') {
  let found = CATALOGUES[language].get(key);
  if (found === undefined) throw new Error(`no message ${key} in ${language}`);
  if (typeof found !== 'string') found = found[form] ?? found.other;
  return found.replace(/\{\s*\$([\w-]+)\s*\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`${key} needs { $${name} }`);
    return String(values[name]);
  });
}

/**
 * The English texts a Welsh page must not show: each message's fixed words (between its
 * placeholders), at least `min` characters long, that its Welsh does not also contain (names,
 * such as "Almanac" or "GOV.UK", are the same in both).
 */
export function englishOnly(min = 12) {
  const pieces = new Set();
  for (const [key, english] of CATALOGUES.en) {
    const welsh = CATALOGUES.cy.get(key);
    const welshText = typeof welsh === 'string' ? welsh : Object.values(welsh ?? {}).join('\n');
    const forms = typeof english === 'string' ? [english] : Object.values(english);
    for (const form of forms) {
      for (const piece of form.split(/\{\s*\$[\w-]+\s*\}/)) {
        const trimmed = piece.trim();
        if (trimmed.length >= min && !welshText.includes(trimmed)) pieces.add(trimmed);
      }
    }
  }
  return [...pieces];
}
