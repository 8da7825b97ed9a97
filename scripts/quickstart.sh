#!/usr/bin/env bash
# The main job (README): install what is needed and build in release
# (scripts/setup.sh --release: reentry and the rustc guests), then a short
# differential fuzz run on the embedded engines (wasmtime and V8 in
# process), on each lane in turn, 20,000 cases each (at most 5 minutes,
# two jobs): the generated modules, the real rustc guest with reentry's
# binding, then with wasm-bindgen's (on V8: wasmtime has no JS for its
# glue), each under panic=unwind and then panic=abort; last wasm-bindgen's
# own JSPI lane (`--jspi`: tasks through a `#[wasm_bindgen(jspi)]` export,
# panic=unwind only). A lane that runs no case fails the script (exit 2). Extra
# arguments go to each `reentry fuzz`, e.g.
# `scripts/quickstart.sh --cases 1000000 --time 10m --seed 7`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
# Installs, builds reentry in release and every guest the lanes run: the
# campaigns below spend their budgets on cases, not on builds.
scripts/setup.sh --release
status=0
for panic in unwind abort; do
  for lane in generated:reentry:wasmtime,v8 rustc:reentry:wasmtime,v8 rustc:wasm-bindgen:v8; do
    IFS=: read -r guest binding engines <<<"$lane"
    echo "== reentry fuzz --guest $guest --binding $binding --panic $panic --engines $engines"
    ./target/release/reentry fuzz --engines "$engines" --guest "$guest" --binding "$binding" --panic "$panic" \
      --cases 20000 --time 5m --jobs 2 --findings "reports/findings/$guest-$binding-$panic" "$@" || status=$?
  done
done
echo "== reentry fuzz --guest rustc --binding wasm-bindgen --jspi --panic unwind --engines v8"
./target/release/reentry fuzz --engines v8 --guest rustc --binding wasm-bindgen --jspi --panic unwind \
  --cases 20000 --time 5m --jobs 2 --findings reports/findings/rustc-wasm-bindgen-unwind-jspi "$@" || status=$?
exit "$status"
