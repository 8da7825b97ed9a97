#!/usr/bin/env bash
# The test command (README): installs what the tests need (scripts/setup.sh),
# builds, runs every test, then clippy.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
scripts/setup.sh
cargo test --workspace --locked "$@"
cargo clippy --workspace --all-targets --locked -- -D warnings
