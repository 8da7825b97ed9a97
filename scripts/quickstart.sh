#!/usr/bin/env bash
# The main job (README): build, then a short differential fuzz run on the
# embedded engines (wasmtime and V8 in process). Extra arguments go to
# `reentry fuzz`, e.g. `scripts/quickstart.sh --time 10m --seed 7`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
cargo build --locked --bin reentry
exec ./target/debug/reentry fuzz --engines wasmtime,v8 --time 60s --findings reports/findings "$@"
