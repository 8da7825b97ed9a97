#!/usr/bin/env bash
# Everything the suite needs beside the Rust toolchain, installed once:
# the pinned node/deno engines (npm), and the real lane's compiler (Debian
# rustc-web 1.96 with its std source). Idempotent, and offline once
# everything is installed. Called by scripts/test.sh and
# scripts/quickstart.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-engines.sh
scripts/install-toolchain.sh
