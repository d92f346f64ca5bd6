// The few edits of WebAssembly binaries the build makes (scripts/shorten-imports.mjs,
// scripts/merge-chunks.mjs): renaming imports and dropping a section, byte for byte otherwise.
// https://webassembly.github.io/spec/core/binary/modules.html

export const SECTION = { IMPORT: 2, EXPORT: 7, START: 8 };
const HEADER = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

export function leb(value) {
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

const section = (id, content) => Uint8Array.from([id, ...leb(content.length), ...content]);

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

/** Each section as { id, bytes } (bytes: the whole section, id and size included). */
function sections(bytes) {
  const found = [];
  let at = HEADER.length;
  while (at < bytes.length) {
    const [size, start] = readLeb(bytes, at + 1);
    found.push({ id: bytes[at], bytes: bytes.subarray(at, start + size), content: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return found;
}

export const sectionIds = (bytes) => sections(bytes).map(({ id }) => id);

const assemble = (parts) => Buffer.concat([HEADER, ...parts]);

/** The module's imports: { module, field, description } (description: kind and type, as bytes). */
function importsOf(bytes) {
  const imports = [];
  for (const { id, content } of sections(bytes)) {
    if (id !== SECTION.IMPORT) continue;
    let [count, next] = readLeb(content, 0);
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = readName(content, next);
      const [field, afterField] = readName(content, afterModule);
      next = skipDescription(content, afterField);
      imports.push({ module, field, description: content.subarray(afterField, next) });
    }
    if (next !== content.length) throw new Error('the import section has bytes after its last import');
  }
  return imports;
}

/** The module with each import renamed by `rename({ module, field })`, which returns both names. */
export function renameImports(bytes, rename) {
  return assemble(sections(bytes).map(({ id, bytes: whole }) => {
    if (id !== SECTION.IMPORT) return whole;
    const imports = importsOf(bytes);
    const content = [...leb(imports.length)];
    for (const entry of imports) {
      const { module, field } = rename(entry);
      content.push(...encodeName(module), ...encodeName(field), ...entry.description);
    }
    return section(id, content);
  }));
}

/** The module without its sections of the given id. */
export const withoutSection = (bytes, dropped) => assemble(sections(bytes).filter(({ id }) => id !== dropped).map((s) => s.bytes));

/** A module that imports each of `imports` and exports it again under the same field name. */
export function reexporting(imports) {
  const countOfKind = new Map();
  const exports = imports.map(({ field, description }) => {
    const kind = description[0];
    const index = countOfKind.get(kind) ?? 0;
    countOfKind.set(kind, index + 1);
    return [...encodeName(field), kind, ...leb(index)];
  });
  const importContent = [...leb(imports.length), ...imports.flatMap(({ module, field, description }) => [...encodeName(module), ...encodeName(field), ...description])];
  if (imports.some(({ description }) => description[0] === 0)) throw new Error('re-exporting a function import needs its type too');
  return assemble([section(SECTION.IMPORT, importContent), section(SECTION.EXPORT, [...leb(exports.length), ...exports.flat()])]);
}
