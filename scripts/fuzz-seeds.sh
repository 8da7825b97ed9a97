#!/usr/bin/env bash
# Seed corpora for the cargo-fuzz targets, generated from corpus/ (one
# directory per target under fuzz/corpus/).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
cargo run -q --locked --bin reentry -- seeds corpus --out fuzz/corpus
