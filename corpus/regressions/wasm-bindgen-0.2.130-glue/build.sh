#!/bin/sh
# Rebuilds out/<encoding>/ from probe/ with the real toolchain, exactly as
# reentry builds its wasm-bindgen guest (harness/src/guest/build.rs):
# Debian rustc 1.96 with std rebuilt for panic=unwind, then the CLI.
# Other probe crates build with it too: build.sh <dir> <crate> builds
# <dir>/probe (crate <crate>) into <dir>/out.
set -eu
here=${1:-$(cd "$(dirname "$0")" && pwd)}
crate=${2:-wbg_probe}
lld=$(ls "$HOME"/.rustup/toolchains/*/lib/rustlib/*/bin/rust-lld 2>/dev/null | head -1)
[ -n "$lld" ] || lld=$(command -v wasm-ld-19)
for enc in exnref legacy; do
  flags="-Cpanic=unwind -Ctarget-feature=+exception-handling -Clinker=$lld"
  [ "$enc" = exnref ] && flags="$flags -Cllvm-args=-wasm-use-legacy-eh=false"
  PATH=/usr/bin:$PATH RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags" \
    CARGO_TARGET_DIR="$here/target/$enc" /usr/bin/cargo build --release --locked \
    --target wasm32-unknown-unknown -Zbuild-std=std,panic_unwind --manifest-path "$here/probe/Cargo.toml"
  wasm-bindgen --target nodejs --experimental-reset-state-function --out-dir "$here/out/$enc" \
    "$here/target/$enc/wasm32-unknown-unknown/release/$crate.wasm"
  rm -f "$here/out/$enc"/*.d.ts
done
