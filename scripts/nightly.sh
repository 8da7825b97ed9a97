#!/usr/bin/env bash
# The nightly job: every engine found, the whole corpus (seeds and
# regressions), then a fuzz campaign with minimization. Writes
# reports/nightly-<date>/ (engines.txt, corpus.txt, fuzz.txt, findings/,
# findings/summary.md). Exit status: non-zero if the corpus or the campaign
# failed, so CI marks the night red; the reports are written either way.
#   scripts/nightly.sh [FUZZ_TIME]     (default 30m)
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
TIME=${1:-30m}
OUT=reports/nightly-$(date +%F)
mkdir -p "$OUT"
scripts/install-engines.sh || echo "warning: engine install failed; running what is installed" >&2
cargo build --release --locked --bin reentry || exit 2
R=./target/release/reentry
$R engines | tee "$OUT/engines.txt"
$R run corpus/ --engines all > "$OUT/corpus.txt" 2>&1
corpus=$?
tail -1 "$OUT/corpus.txt"
$R fuzz --engines all --jobs "$(nproc)" --time "$TIME" --reduce --stats --quiet --seed "$(date +%s)" \
  --findings "$OUT/findings" > "$OUT/fuzz.txt" 2>&1
fuzz=$?
head -1 "$OUT/fuzz.txt"
echo "report: $OUT/findings/summary.md"
[ $corpus -eq 0 ] && [ $fuzz -eq 0 ]
