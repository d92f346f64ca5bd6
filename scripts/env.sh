# shellcheck shell=bash
# Sourced by scripts/*.sh and the Makefile: tool paths and test-runner settings.
# Safe to source more than once.

ALMANAC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ALMANAC_ROOT

# Put a directory at the front of PATH, removing any other copy of it.
_almanac_path_prepend() {
  local rest=":${PATH}:"
  rest="${rest//":$1:"/:}"
  rest="${rest#:}"; rest="${rest%:}"
  PATH="$1${rest:+:${rest}}"
}
# node_modules/.bin first (binaryen's wasm-opt 132 must beat Debian's 108), then cargo's bin.
_almanac_path_prepend "${HOME}/.cargo/bin"
_almanac_path_prepend "${ALMANAC_ROOT}/node_modules/.bin"
unset -f _almanac_path_prepend
export PATH

# wasm-bindgen-test in a real browser: Debian's chromedriver drives /usr/bin/chromium.
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# The runner looks for ./webdriver.json in its working directory; make it independent of cwd.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${ALMANAC_ROOT}/webdriver.json"
# Default is 20 s, which a cold Chromium start on a busy 2-core machine can approach.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"

# Browsers come from Debian (/usr/bin/chromium); Playwright must never try to download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
