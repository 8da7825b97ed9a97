#!/usr/bin/env bash
# Put the worker-build crate into cargo's registry cache: the workers-rs
# lane takes worker-build's JS shims from it unchanged
# (harness/src/guest/workers_rs.rs). `cargo info` downloads the .crate
# without building or installing anything (worker-build itself downloads
# binaries, so it is never run). Idempotent and quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
want="$(sed -n 's/^pub const WORKER_BUILD_VERSION: &str = "\(.*\)";/\1/p' harness/src/guest/workers_rs.rs)"
[ -n "$want" ] || { echo "install-workers-rs: no WORKER_BUILD_VERSION in harness/src/guest/workers_rs.rs" >&2; exit 1; }
cache="${CARGO_HOME:-$HOME/.cargo}/registry/cache"
if ls "$cache"/*/"worker-build-$want.crate" >/dev/null 2>&1; then
  exit 0
fi
echo "install-workers-rs: fetching worker-build $want (crates.io) ..."
cargo info "worker-build@$want" >/dev/null
ls "$cache"/*/"worker-build-$want.crate" >/dev/null 2>&1 || { echo "install-workers-rs: worker-build-$want.crate is still not in $cache" >&2; exit 1; }
