// The few edits of WebAssembly binaries the build makes (scripts/shorten-imports.mjs,
// scripts/merge-chunks.mjs): renaming imports, dropping a section and dropping element segments
// that only fill table slots with null, byte for byte otherwise.
// https://webassembly.github.io/spec/core/binary/modules.html

export const SECTION = { IMPORT: 2, TABLE: 4, EXPORT: 7, START: 8, ELEMENT: 9 };
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

/** The end of a constant expression (an element's offset or item), checked to be one the build knows. */
function skipConstant(bytes, at) {
  for (;;) {
    const opcode = bytes[at++];
    if (opcode === 0x0b) return at;
    if (opcode === 0x41 || opcode === 0x42 || opcode === 0x23 || opcode === 0xd2) [, at] = readLeb(bytes, at);
    else if (opcode === 0xd0) at += 1; // ref.null and its heap type
    else throw new Error(`constant expression with opcode 0x${opcode.toString(16)}`);
  }
}

/** Each element segment as { bytes, nullSlots }: nullSlots is [first, count] for an active segment
 * at a constant offset that sets table 0's slots to null (or sets none), otherwise null. */
function elementSegments(content) {
  const segments = [];
  let [count, at] = readLeb(content, 0);
  for (let i = 0; i < count; i++) {
    const start = at;
    const [flags, afterFlags] = readLeb(content, at);
    at = afterFlags;
    let table = 0;
    if (flags === 2 || flags === 6) [table, at] = readLeb(content, at);
    let offset = null;
    if ((flags & 1) === 0) {
      if (content[at] === 0x41) {
        // i32.const alone, and not negative (a signed LEB's last byte has its sign in bit 6).
        const [value, next] = readLeb(content, at + 1);
        if (content[next] === 0x0b && (content[next - 1] & 0x40) === 0) offset = value;
      }
      at = skipConstant(content, at);
    }
    if (flags !== 0 && flags !== 4) at += 1; // element kind or reference type
    const [items, afterCount] = readLeb(content, at);
    at = afterCount;
    // Items given as expressions may all be null; a segment of no items sets nothing either.
    let allNull = (flags & 4) !== 0 || items === 0;
    for (let item = 0; item < items; item++) {
      if (flags & 4) {
        allNull &&= content[at] === 0xd0 && content[at + 2] === 0x0b;
        at = skipConstant(content, at);
      } else [, at] = readLeb(content, at);
    }
    const active = (flags & 1) === 0;
    const nullSlots = active && allNull && table === 0 && offset !== null ? [offset, items] : null;
    segments.push({ bytes: content.subarray(start, at), nullSlots });
  }
  if (at !== content.length) throw new Error('the element section has bytes after its last segment');
  return segments;
}

/** The minimum size of the module's first table, when it defines it (rather than importing it). */
function tableMinimum(bytes) {
  const table = sections(bytes).find(({ id }) => id === SECTION.TABLE);
  if (!table) return null;
  const [count, at] = readLeb(table.content, 0);
  if (count < 1 || table.content[at] === 0x40) return null;
  return readLeb(table.content, at + 2)[0]; // reference type, limits' flags, then the minimum
}

/**
 * The module without the active element segments that only set slots of its table to null, with
 * the number dropped. A table's slots start null, so such a segment changes nothing once its
 * slots are within the table's minimum size (it could only trap, and cannot): wasm-split-cli
 * writes one for each chunk, to reserve the slots the chunk fills when it loads. The caller
 * makes sure no code refers to segments by index (table.init, elem.drop): dropping shifts them.
 */
export function withoutNullElements(bytes) {
  const minimum = tableMinimum(bytes);
  const all = sections(bytes);
  const element = all.find(({ id }) => id === SECTION.ELEMENT);
  if (minimum === null || !element) return { bytes, dropped: 0 };
  const segments = elementSegments(element.content);
  const kept = segments.filter(({ nullSlots }) => !nullSlots || nullSlots[0] + nullSlots[1] > minimum);
  const content = [...leb(kept.length), ...kept.flatMap(({ bytes: segment }) => [...segment])];
  const rebuilt = all.map((s) => (s.id === SECTION.ELEMENT ? section(SECTION.ELEMENT, content) : s.bytes));
  return { bytes: assemble(rebuilt), dropped: segments.length - kept.length };
}
