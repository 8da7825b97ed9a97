#!/bin/sh
# Replays this finding on the engines it was found with.
exec reentry replay "$(dirname "$0")" --engines v8,node26 --guest rustc --binding wasm-bindgen --jspi "$@"
