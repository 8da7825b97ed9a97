#!/usr/bin/env bash
# The nightly job: every engine found, the whole corpus (seeds and
# regressions), the spec EH scripts, then a fuzz campaign with minimization
# and a smith_diff run. Writes reports/nightly-<date>/ (engines.txt,
# corpus.txt, conformance.txt, fuzz.txt, smith.txt, findings/,
# findings/summary.md, compat.{md,json,html}). Exit status: non-zero if any step failed, so CI
# marks the night red; the reports are written either way.
#   scripts/nightly.sh [FUZZ_TIME [SMITH_TIME]]     (default 30m, 5m)
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/v8-env.sh
source scripts/v8-env.sh
TIME=${1:-30m}
SMITH_TIME=${2:-5m}
OUT=reports/nightly-$(date +%F)
mkdir -p "$OUT"
scripts/install-engines.sh || echo "warning: engine install failed; running what is installed" >&2
cargo build --release --locked --bin reentry || exit 2
R=./target/release/reentry
$R engines | tee "$OUT/engines.txt"
$R compat --quiet --format json --out "$OUT/compat.json"
$R compat --quiet --format md --out "$OUT/compat.md"
$R compat --quiet --format html --out "$OUT/compat.html"
$R run corpus/ --engines all > "$OUT/corpus.txt" 2>&1
corpus=$?
tail -1 "$OUT/corpus.txt"
$R conformance > "$OUT/conformance.txt" 2>&1
conformance=$?
grep '^total' "$OUT/conformance.txt"
$R fuzz --engines all --jobs "$(nproc)" --time "$TIME" --reduce --stats --quiet --seed "$(date +%s)" \
  --findings "$OUT/findings" > "$OUT/fuzz.txt" 2>&1
fuzz=$?
head -1 "$OUT/fuzz.txt"
$R smith --time "$SMITH_TIME" --quiet --seed "$(date +%s)" --findings "$OUT/findings" > "$OUT/smith.txt" 2>&1
smith=$?
grep -m1 'inputs in' "$OUT/smith.txt"
echo "report: $OUT/findings/summary.md"
[ $corpus -eq 0 ] && [ $conformance -eq 0 ] && [ $fuzz -eq 0 ] && [ $smith -eq 0 ]
