#!/bin/sh
# Rebuilds out/<encoding>/ from probe/ with the real toolchain, as the
# lane builds its guest (../wasm-bindgen-0.2.130-glue/build.sh).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../wasm-bindgen-0.2.130-glue/build.sh" "$here" wbg_futures_probe
