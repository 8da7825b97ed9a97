#!/usr/bin/env bash
# The test command (README): installs what the tests need (scripts/setup.sh),
# builds, runs every test, then clippy.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
scripts/setup.sh
# Chromium (HTML reports in a real browser) and ajv (JSON report schemas).
scripts/install-test-tools.sh
cargo test --workspace --locked "$@"
cargo clippy --workspace --all-targets --locked -- -D warnings
