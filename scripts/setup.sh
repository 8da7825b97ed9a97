#!/usr/bin/env bash
# Everything the suite needs beside the Rust toolchain, installed once:
# the pinned node/deno engines (npm), the browsers of the page host (Debian
# firefox-esr and chromium), the real lane's compiler (Debian rustc-web 1.96
# with its std source) and the wasm-bindgen CLI of the wasm-bindgen lane
# (crates.io). Idempotent, and offline once
# everything is installed. Called by scripts/test.sh and
# scripts/quickstart.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-engines.sh
scripts/install-browsers.sh
scripts/install-toolchain.sh
scripts/install-wasm-bindgen.sh
