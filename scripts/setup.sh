#!/usr/bin/env bash
# Everything the suite needs beside the Rust toolchain, installed once:
# the pinned node/deno/workerd engines (npm), JavaScriptCore's jsc shell
# and the page host's browsers, firefox-esr and chromium (Debian), the real
# lane's compiler (Debian rustc-web 1.96 with its std source) and the
# wasm-bindgen CLI of the wasm-bindgen lane (crates.io);
# then every rustc guest the lanes run, built into target/guest
# (scripts/build-guests.sh; arguments go to it: `--release` builds reentry
# in release to do it). Idempotent, and offline once everything is
# installed. Called by scripts/test.sh, scripts/quickstart.sh and
# scripts/nightly.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-engines.sh
scripts/install-jsc.sh
scripts/install-browsers.sh
scripts/install-toolchain.sh
scripts/install-wasm-bindgen.sh
scripts/build-guests.sh "$@"
