#!/bin/sh
# workers-rs 0.8.7: a Durable Object method that aborts the Wasm instance
# never answers, so the request that called it hangs; workerd cancels no
# request of a Durable Object as hung. Runs with workerd alone:
#
#   sh repro.sh            # the Worker as worker-build 0.8.7 builds it: exit 1 (FAIL)
#   sh repro.sh --fixed    # the same Worker with fix.patch's shim.js: exit 0 (PASS)
#
# workerd: $WORKERD, else the pinned one under engines/node_modules, else PATH.
# Exit 2 when it cannot run.
here=$(cd "$(dirname "$0")" && pwd)
config="$here/config.capnp"
if [ "$1" = "--fixed" ]; then
  config="$here/fixed/config.capnp"
  echo "running the fixed shim ($here/fixed/shim.js)"
fi
workerd=${WORKERD:-}
if [ -z "$workerd" ]; then
  pinned="$here/../../../engines/node_modules/workerd/bin/workerd"
  if [ -x "$pinned" ]; then workerd=$pinned; else workerd=$(command -v workerd || true); fi
fi
if [ -z "$workerd" ] || [ ! -x "$workerd" ]; then
  echo "no workerd: set WORKERD or run scripts/install-engines.sh" >&2
  exit 2
fi
out=$(cd "$here" && "$workerd" test "$config" test 2>&1)
status=$?
printf '%s\n' "$out" | grep -E '^(warm|object|aborted|next) |^(PASS|FAIL)'
case "$out" in
  *"FAIL: "*) exit 1 ;;
  *"PASS: "*) [ "$status" -eq 0 ] && exit 0 ;;
esac
echo "workerd test ended with status $status and no verdict:" >&2
printf '%s\n' "$out" | tail -20 >&2
exit 2
