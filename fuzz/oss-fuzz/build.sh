#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build script: the cargo-fuzz targets, built
# with the infrastructure's sanitizer and coverage flags, into $OUT, each
# with its seed corpus ($OUT/<target>_seed_corpus.zip, from corpus/).
#
# guest_diff is left out: it compiles the real rustc guest (Debian's
# rustc-web, scripts/install-toolchain.sh) at its first input, and a
# fuzzing bot has neither that compiler nor this source tree.
cd "$SRC/reentry"
TARGETS="program_diff program_encodings smith_diff text_roundtrip"

# The seeds, by the reentry CLI built without sanitizer flags.
scripts/fuzz-seeds.sh --zip "$OUT"
rm -f "$OUT/guest_diff_seed_corpus.zip"

cd fuzz
cargo fuzz build -O
for t in $TARGETS; do
  cp "${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release/$t" "$OUT/"
done
