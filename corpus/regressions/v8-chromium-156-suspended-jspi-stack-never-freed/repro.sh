#!/bin/sh
# Runs repro.html in Chromium alone, headless, with a fresh profile, and
# prints what it found. Exit 1 where the bug is (an instance cannot be made
# once about 125 stacks were left suspended), 0 where it is fixed.
#   CHROMIUM=/path/to/chromium ./repro.sh      (default: Debian's /usr/lib/chromium/chromium)
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
out=$("${CHROMIUM:-/usr/lib/chromium/chromium}" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
  --virtual-time-budget=120000 --dump-dom "file://$dir/repro.html" 2>/dev/null)
echo "$out" | sed -n 's/^.*<body>//; s/<\/body>.*$//; /stacks\|REENTRY-REPRO/p'
echo "$out" | grep -q 'REENTRY-REPRO PASS'
