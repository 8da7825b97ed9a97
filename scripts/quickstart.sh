#!/usr/bin/env bash
# The main job (README): install what is needed (scripts/setup.sh), build in
# release, then a short differential fuzz run on the embedded engines
# (wasmtime and V8 in process), on each lane in turn: the generated modules,
# then the real rustc guest. Extra arguments go to each `reentry fuzz`, e.g.
# `scripts/quickstart.sh --time 10m --seed 7`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
scripts/setup.sh
cargo build --release --locked --bin reentry
status=0
for guest in generated rustc; do
  echo "== reentry fuzz --guest $guest"
  ./target/release/reentry fuzz --engines wasmtime,v8 --guest "$guest" --time 30s \
    --findings "reports/findings/$guest" "$@" || status=$?
done
exit "$status"
