#!/bin/sh
# Runs overflow.html in Firefox alone, headless, with a fresh profile whose
# one preference prints the page's console on stdout. Exit 1 where the bug
# is (a rethrown stack overflow is caught by Wasm), 0 where it is fixed.
#   FIREFOX=/path/to/firefox ./repro.sh      (default: firefox-esr)
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)
out="$profile/stdout"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$profile"; }
trap cleanup EXIT
echo 'user_pref("devtools.console.stdout.content", true);' > "$profile/user.js"
"${FIREFOX:-firefox-esr}" --headless --no-remote --profile "$profile" "file://$dir/overflow.html" > "$out" 2>/dev/null &
pid=$!
for _ in $(seq 1 600); do
  if grep -q 'REENTRY-REPRO \(PASS\|FAIL\)' "$out"; then break; fi
  sleep 0.1
done
sed -n 's/^console.log: "REENTRY-REPRO \(.*\)"$/\1/p' "$out"
grep -q 'REENTRY-REPRO PASS' "$out"
