#!/bin/sh
# Replays this finding on the engines it was found with.
exec reentry replay "$(dirname "$0")" --engines jsc,v8 --guest rustc --binding reentry "$@"
