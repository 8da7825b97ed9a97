#!/usr/bin/env bash
# The test command (README): installs the pinned engines and the test tools, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
if [ -x scripts/install-engines.sh ]; then
  scripts/install-engines.sh
fi
# Chromium (HTML reports in a real browser) and ajv (JSON report schemas).
scripts/install-test-tools.sh
cargo test --workspace --locked "$@"
cargo clippy --workspace --all-targets --locked -- -D warnings
