# Almanac: build, serve, test and bench. Every target installs/checks its tools first
# (scripts/install.sh is fast when everything is already there).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
ENV := . scripts/env.sh &&

.PHONY: install serve build test bench

install:
	@bash scripts/install.sh

serve: install
	$(ENV) trunk serve --release --offline --address 127.0.0.1 --port 8080

build: install
	$(ENV) trunk build --release --offline

test: install
	@bash scripts/test.sh

bench: build
	$(ENV) node scripts/bench.mjs
