#!/usr/bin/env bash
# The nightly job as a CI system runs it: install the engines, build, then
# `reentry nightly` (harness/src/nightly/), which writes reports/<date>/
# (report.json, report.md, report.html, junit.xml, findings/). Arguments go
# to `reentry nightly`; without --baseline, the newest earlier
# reports/*/report.json is the baseline. It verifies every wasm-bindgen
# finding's fix.patch (--fixes) and measures the wasm-bindgen corpus column
# on three releases (--wasm-bindgen; each release's CLI is built on the
# first night and cached in target/wasm-bindgen/). Exit status is reentry's:
# 0 no new findings, 1 new findings, 2 the run itself failed.
#   scripts/nightly.sh [--budget 20m] [--out DIR] [--baseline FILE] [...]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
scripts/setup.sh --release || echo "warning: setup failed; running what is installed" >&2
cargo build --release --locked --bin reentry || exit 2
args=(--fixes --wasm-bindgen 0.2.118,0.2.125,0.2.130 "$@")
if [[ " $* " != *" --baseline "* ]]; then
  out=reports/$(date -u +%F)
  prev=
  for a in "$@"; do [ "$prev" = --out ] && out=${a%/}; prev=$a; done
  last=$(ls -1 reports/*/report.json 2>/dev/null | grep -vxF "$out/report.json" | sort | tail -1 || true)
  [ -n "$last" ] && args+=(--baseline "$last")
fi
exec "${CARGO_TARGET_DIR:-target}/release/reentry" nightly "${args[@]}"
