#!/usr/bin/env bash
# Seed corpora for the cargo-fuzz targets, generated from corpus/ (one
# directory per target under fuzz/corpus/, `reentry seeds`). With --zip DIR,
# the seeds alone (not what fuzzing added to fuzz/corpus/) are archived
# instead as DIR/<target>_seed_corpus.zip, the name OSS-Fuzz and
# ClusterFuzzLite take a target's seeds from (fuzz/oss-fuzz/build.sh passes
# $OUT). Builds the CLI without any sanitizer flags the environment sets.
#   scripts/fuzz-seeds.sh [--zip DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
zip_dir=
case "${1:-}" in
  --zip) zip_dir=${2:?usage: scripts/fuzz-seeds.sh [--zip DIR]} ;;
  "") ;;
  *) echo "usage: scripts/fuzz-seeds.sh [--zip DIR]" >&2; exit 2 ;;
esac
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
seeds() {
  env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS -u CFLAGS -u CXXFLAGS \
    cargo run -q --release --locked --bin reentry -- seeds corpus --out "$1"
}
if [ -z "$zip_dir" ]; then
  seeds fuzz/corpus
  exit 0
fi
command -v zip >/dev/null || { echo "fuzz-seeds: zip is missing (Debian: apt-get install zip)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
seeds "$tmp"
mkdir -p "$zip_dir"
for d in "$tmp"/*/; do
  target=$(basename "$d")
  archive="$(cd "$zip_dir" && pwd)/${target}_seed_corpus.zip"
  rm -f "$archive"
  (cd "$d" && zip -q -r -X "$archive" .)
  echo "fuzz-seeds: $archive ($(ls "$d" | wc -l) inputs)"
done
