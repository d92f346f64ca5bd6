#!/usr/bin/env bash
# Every test stage in order, stopping at the first that fails.
# Last line on success: "almanac: N passed, 0 failed", N summed from the real runner outputs.
# (`make test` runs scripts/install.sh first; this script assumes the tools are in place.)
set -euo pipefail

# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "${ALMANAC_ROOT}"

LOG_DIR="${ALMANAC_ROOT}/target/almanac-test"
mkdir -p "${LOG_DIR}"
export PW_JSON_OUTPUT="${LOG_DIR}/playwright.json"

total_passed=0
total_failed=0

banner() { printf '\n=== almanac test stage: %s ===\n' "$1"; }

fail_stage() {
  printf '\nalmanac: FAILED at stage "%s" (so far: %d passed, %d failed)\n' "$1" "${total_passed}" "${total_failed}" >&2
  exit 1
}

# Sum "test result: ok. N passed; M failed" lines (libtest and wasm-bindgen-test print the same).
# Prints "passed failed".
cargo_counts() {
  sed -E 's/\x1b\[[0-9;]*m//g' "$1" | awk '
    /test result: (ok|FAILED)\. [0-9]+ passed; [0-9]+ failed/ {
      for (i = 1; i <= NF; i++) {
        if ($(i + 1) ~ /^passed;?$/) p += $i
        if ($(i + 1) ~ /^failed;?$/) f += $i
      }
    }
    END { printf "%d %d\n", p, f }'
}

# Run one cargo test stage, tee its output, add its counts to the totals.
cargo_stage() {
  local name="$1"; shift
  local log="${LOG_DIR}/${name}.log"
  banner "${name}: $*"
  local rc=0
  "$@" 2>&1 | tee "${log}" || rc=$?
  local p f
  read -r p f < <(cargo_counts "${log}")
  printf -- '--- %s: %d passed, %d failed\n' "${name}" "${p}" "${f}"
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
  if [ "${rc}" -ne 0 ] || [ "${f}" -ne 0 ]; then fail_stage "${name}"; fi
}

# 1. Native unit tests.
cargo_stage native cargo test --lib

# 1b. The framework JSON Schema against a real validator (ajv), with node's test runner.
banner "schema: node --test tests/schema/"
log="${LOG_DIR}/schema.log"
rc=0
node --test tests/schema/ 2>&1 | tee "${log}" || rc=$?
p=$(awk '/^# pass [0-9]+/ { print $3 }' "${log}" | tail -1)
f=$(awk '/^# fail [0-9]+/ { print $3 }' "${log}" | tail -1)
p=${p:-0}; f=${f:-0}
printf -- '--- schema: %d passed, %d failed\n' "${p}" "${f}"
total_passed=$((total_passed + p))
total_failed=$((total_failed + f))
if [ "${rc}" -ne 0 ] || [ "${f}" -ne 0 ] || [ "${p}" -eq 0 ]; then fail_stage schema; fi

# 2. wasm_bindgen_test tests in headless Chromium (runner + webdriver.json set up by env.sh).
cargo_stage wasm cargo test --target wasm32-unknown-unknown --lib

# 3. Release build of the app into dist/. Trunk reports only that a hook failed, with its own
# backtrace last: the build's error lines and the disk's free space are repeated after it, so
# that the end of CI's log says why.
banner "build: trunk build --release --offline"
log="${LOG_DIR}/build.log"
rc=0
trunk build --release --offline 2>&1 | tee "${log}" || rc=$?
if [ "${rc}" -ne 0 ]; then
  printf '\nalmanac: the build failed; its error lines (all of it in %s):\n' "${log}" >&2
  sed -E 's/\x1b\[[0-9;]*m//g' "${log}" | grep -E -i "error|failed|no space|killed|panicked" | grep -v -E "^ +[0-9]+: |^ +at " | tail -n 20 >&2 || true
  df -h "${ALMANAC_ROOT}" >&2 || true
  fail_stage build
fi

# 4. End-to-end tests against dist/ served under /almanac/.
banner "e2e: npx playwright test"
rm -f "${PW_JSON_OUTPUT}"
rc=0
(cd tests/e2e && npx playwright test) || rc=$?
if [ -f "${PW_JSON_OUTPUT}" ]; then
  read -r p f < <(node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats || {};
    console.log((s.expected || 0) + (s.flaky || 0), s.unexpected || 0);
  ' "${PW_JSON_OUTPUT}")
else
  p=0; f=0
fi
printf -- '--- e2e: %d passed, %d failed\n' "${p}" "${f}"
total_passed=$((total_passed + p))
total_failed=$((total_failed + f))
if [ "${rc}" -ne 0 ] || [ "${f}" -ne 0 ]; then fail_stage e2e; fi

printf '\nalmanac: %d passed, %d failed\n' "${total_passed}" "${total_failed}"
