#!/usr/bin/env bash
# Trunk's pre_build hook (Trunk.toml), which also runs by hand: bash scripts/build-wasm.sh
#
# Builds the app's WebAssembly split into a small main module and chunks that load when first
# needed, and renders the home page to HTML, into target/almanac-wasm/:
#   pkg/        almanac.js, almanac_bg.wasm, __wasm_split.js, a .wasm per split module and the
#               chunks of code they share
#               (index.html copies this folder in; scripts/post-build.mjs names the files by hash)
#   words/      each language's words: the first file (with the home page as the app draws it, so
#               it shows before the wasm has run) and the pages'; words.json names the first files
#
# Trunk's own Rust pipeline cannot split (trunk-rs/trunk#1022): the split must come between the
# link and wasm-bindgen. The order and every flag are needed; ../shared/notes/lazy-loading.md
# records what goes wrong without each.
set -euo pipefail
# Trunk reports only that the hook failed: say which step did, for CI's log.
trap 'echo "scripts/build-wasm.sh: failed at line ${LINENO}: ${BASH_COMMAND}" >&2' ERR

# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "${ALMANAC_ROOT}"

TARGET_DIR="${CARGO_TARGET_DIR:-${ALMANAC_ROOT}/target}"
OUT="${TARGET_DIR}/almanac-wasm"
TARGET=wasm32-unknown-unknown
LINKED="${TARGET_DIR}/${TARGET}/release/almanac.wasm"

# Relocations let wasm-split-cli see which code each function reaches. Given on the final link
# only, so changing it does not rebuild the dependencies.
#
# Panics keep their message but not their file and line, and Debug formatting (which only
# panics and tests use) writes nothing: about 3 KB less to download first. Both are unstable
# rustc options, which this stable toolchain accepts with RUSTC_BOOTSTRAP=1; they apply to this
# build of the app alone (every crate of it, for wasm32), never to the native tests.
RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none" \
  cargo rustc --quiet --release --target "${TARGET}" --bin almanac -- -C link-args=--emit-relocs

rm -rf "${OUT}/split" "${OUT}/pkg.next"
wasm-split-cli --target web --out-name almanac "${LINKED}" "${OUT}/split"
# --keep-lld-exports: the chunks link against the main module's function table and memory.
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name almanac \
  --out-dir "${OUT}/pkg.next" "${OUT}/split/almanac.wasm"
find "${OUT}/split" -maxdepth 1 -type f ! -name almanac.wasm -exec cp {} "${OUT}/pkg.next/" \;
rm -f "${OUT}/pkg.next/"*.d.ts "${OUT}/pkg.next/package.json"

# Every module at once, a core each. wasm-opt warns about a name subsection it does not know
# (the splitter's), which it drops with the rest of the names: that warning alone is filtered.
# ALMANAC_KEEP_NAMES=1 keeps the functions' names, for a profile that says where time goes.
NAMES=--strip-debug
if [[ -n "${ALMANAC_KEEP_NAMES:-}" ]]; then NAMES=-g; fi
export NAMES
# --low-memory-unused lets binaryen fold constant addresses into loads and stores (0.6 KB off the
# first download): the lowest kilobyte of memory is never used, since the stack comes first
# and grows down towards it from 1 MB, and the data lies above.
find "${OUT}/pkg.next" -name '*.wasm' -print0 |
  xargs -0 -P "$(nproc)" -I{} sh -c 'wasm-opt -Oz --low-memory-unused "$NAMES" --strip-producers "$1" -o "$1" 2>&1 | { grep -v "unknown name subsection" || true; } >&2' _ {}

# Fewer, larger chunks: one file per set of modules sharing code was over a hundred files.
node scripts/merge-chunks.mjs "${OUT}/pkg.next"

# The main module's element segments that only reserve table slots for the chunks (nulls) go.
node scripts/drop-null-elements.mjs "${OUT}/pkg.next/almanac_bg.wasm"

# The main module's imports from its JavaScript get short names, in both files.
node scripts/shorten-imports.mjs "${OUT}/pkg.next/almanac_bg.wasm" "${OUT}/pkg.next/almanac.js"

# The words files, and the home page in each language, drawn natively by the same components
# (src/bin/prerender.rs).
rm -rf "${OUT}/site.next"
cargo run --quiet --features prerender --bin prerender "${OUT}/site.next" > "${OUT}/words.json.next"

rm -rf "${OUT}/pkg" "${OUT}/words"
mv "${OUT}/pkg.next" "${OUT}/pkg"
mv "${OUT}/site.next/words" "${OUT}/words"
mv "${OUT}/words.json.next" "${OUT}/words.json"
rm -rf "${OUT}/site.next"
