#!/usr/bin/env bash
# The test command (README): installs the pinned engines, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
if [ -x scripts/install-engines.sh ]; then
  scripts/install-engines.sh
fi
cargo test --workspace --locked "$@"
cargo clippy --workspace --all-targets --locked -- -D warnings
