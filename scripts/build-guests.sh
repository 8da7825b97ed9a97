#!/usr/bin/env bash
# Builds every rustc guest the lanes run (both bindings, both encodings)
# into target/guest, where not built yet, so that no campaign spends its
# budget on the first build (about 25 s an encoding on 2 cores). It runs
# `reentry guests` from the profile given: `--release` (quickstart, nightly)
# or, without arguments, the dev build `cargo test` uses anyway. Called by
# scripts/setup.sh; idempotent (a cached guest takes well under a second).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
cargo build --quiet --locked "$@" --bin reentry
profile=debug
[ "${1:-}" = --release ] && profile=release
"${CARGO_TARGET_DIR:-target}/$profile/reentry" guests
