#!/usr/bin/env bash
# Install (or confirm) every tool the build, tests and bench need.
# Idempotent: each step checks first and skips in a fraction of a second when all is in place.
set -euo pipefail

# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "${ALMANAC_ROOT}"

TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this machine has
WASM_TARGET=wasm32-unknown-unknown

say() { printf '%s\n' "$*"; }

# If another process is already compiling this crate with `cargo install`, wait for it
# instead of starting a second compile of the same thing.
wait_for_cargo_install() {
  local crate="$1" waited=0
  while pgrep -f "cargo install ${crate}( |\$)" >/dev/null 2>&1; do
    if [ "${waited}" -eq 0 ]; then say "waiting: another 'cargo install ${crate}' is running"; fi
    waited=1
    sleep 5
  done
}

# The version a binary reports (second word of its --version line), or empty if absent.
tool_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$1" --version 2>/dev/null | awk 'NR == 1 { print $2 }'
}

# --- 1. Rust wasm target ----------------------------------------------------------------
if rustup target list --installed | grep -qx "${WASM_TARGET}"; then
  say "ok: rust target ${WASM_TARGET}"
else
  say "installing: rust target ${WASM_TARGET}"
  rustup target add "${WASM_TARGET}"
fi

# --- 2. Trunk ----------------------------------------------------------------------------
if [ "$(tool_version trunk)" != "${TRUNK_VERSION}" ]; then
  wait_for_cargo_install trunk
fi
if [ "$(tool_version trunk)" = "${TRUNK_VERSION}" ]; then
  say "ok: trunk ${TRUNK_VERSION}"
else
  say "installing: trunk ${TRUNK_VERSION} (cargo install, takes a few minutes)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
  [ "$(tool_version trunk)" = "${TRUNK_VERSION}" ] || { say "error: trunk ${TRUNK_VERSION} not on PATH after install" >&2; exit 1; }
fi

# --- 3. wasm-bindgen-cli, same version as the wasm-bindgen crate in Cargo.lock ------------
WASM_BINDGEN_VERSION="$(awk '
  /^\[\[package\]\]/ { name = "" }
  /^name = /         { name = $3 }
  /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
if [ -z "${WASM_BINDGEN_VERSION}" ]; then
  say "error: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi
wb_ok() {
  [ "$(tool_version wasm-bindgen)" = "${WASM_BINDGEN_VERSION}" ] &&
    [ "$(tool_version wasm-bindgen-test-runner)" = "${WASM_BINDGEN_VERSION}" ]
}
if ! wb_ok; then
  wait_for_cargo_install wasm-bindgen-cli
fi
if wb_ok; then
  say "ok: wasm-bindgen-cli ${WASM_BINDGEN_VERSION}"
else
  say "installing: wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (cargo install, takes a few minutes)"
  # No --locked: the crate's own lock file names a dependency version no longer on crates.io.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force
  wb_ok || { say "error: wasm-bindgen-cli ${WASM_BINDGEN_VERSION} not on PATH after install" >&2; exit 1; }
fi

# --- 3b. wasm-split-cli, which splits the app's wasm into chunks (scripts/build-wasm.sh) -------
WASM_SPLIT_VERSION=0.2.4
# It has no --version; cargo's own record of what it installed says which one is there.
split_ok() {
  command -v wasm-split-cli >/dev/null 2>&1 &&
    cargo install --list | grep -qx "wasm_split_cli_support v${WASM_SPLIT_VERSION}:"
}
if ! split_ok; then
  wait_for_cargo_install wasm_split_cli_support
fi
if split_ok; then
  say "ok: wasm-split-cli ${WASM_SPLIT_VERSION}"
else
  say "installing: wasm-split-cli ${WASM_SPLIT_VERSION} (cargo install, takes a few minutes)"
  cargo install wasm_split_cli_support --version "${WASM_SPLIT_VERSION}" --features build-binary --locked
  split_ok || { say "error: wasm-split-cli ${WASM_SPLIT_VERSION} not on PATH after install" >&2; exit 1; }
fi

# --- 4. Debian packages -----------------------------------------------------------------
# Debian packages the build and tests use: zopfli for the build's .gz files, the browser and its
# driver, fonts for it, pdftotext for the printed report, LibreOffice Calc to open the CSV
# exports as a spreadsheet would, and LibreOffice Writer to open the Word report.
APT_PACKAGES=(zopfli chromium chromium-driver fonts-dejavu-core poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "${package}" 2>/dev/null | grep -q "install ok installed" || missing+=("${package}")
done
if [ "${#missing[@]}" -eq 0 ]; then
  say "ok: ${APT_PACKAGES[*]} (Debian)"
else
  say "installing: ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

# --- 5. npm packages (Playwright, axe, binaryen) -------------------------------------------
if [ ! -f package-lock.json ]; then
  say "installing: npm packages (npm install, writing package-lock.json)"
  npm install --no-audit --no-fund
elif [ ! -f node_modules/.package-lock.json ] ||
     [ package-lock.json -nt node_modules/.package-lock.json ] ||
     [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing: npm packages (npm ci)"
  npm ci --no-audit --no-fund
else
  say "ok: npm packages (node_modules up to date with package-lock.json)"
fi

# --- 6. wasm-opt from npm's binaryen must be the one on PATH --------------------------------
if ! wasm_opt_version="$(node_modules/.bin/wasm-opt --version 2>&1)"; then
  say "error: node_modules/.bin/wasm-opt --version failed: ${wasm_opt_version}" >&2
  exit 1
fi
if [ "$(command -v wasm-opt)" != "${ALMANAC_ROOT}/node_modules/.bin/wasm-opt" ]; then
  say "error: wasm-opt on PATH is $(command -v wasm-opt), not node_modules/.bin/wasm-opt" >&2
  exit 1
fi
say "ok: ${wasm_opt_version}"
