#!/bin/sh
# Rebuilds out/<encoding>/ from probe/ with the real toolchain, exactly as
# reentry builds its wasm-bindgen guest (harness/src/guest/build.rs):
# Debian rustc 1.96 with std rebuilt for panic=unwind, then the CLI.
# Other probe crates build with it too: build.sh <dir> <crate> builds
# <dir>/probe (crate <crate>) into <dir>/out.
#
# Another wasm-bindgen (`reentry fix-check`, `reentry bisect --scan`):
# WBG_TREE=<source tree> builds against the tree's crates (patched in for
# crates.io's), WBG_VERSION=<release> against that release's crates; both
# with the CLI in WASM_BINDGEN, into OUT (default <dir>/out) and TARGET
# (default <dir>/target).
set -eu
here=${1:-$(cd "$(dirname "$0")" && pwd)}
crate=${2:-wbg_probe}
out=${OUT:-$here/out}
target=${TARGET:-$here/target}
cli=${WASM_BINDGEN:-wasm-bindgen}
lld=$(ls "$HOME"/.rustup/toolchains/*/lib/rustlib/*/bin/rust-lld 2>/dev/null | head -1)
[ -n "$lld" ] || lld=$(command -v wasm-ld-19)
src=$here/probe
set -- --locked
if [ -n "${WBG_TREE:-}${WBG_VERSION:-}" ]; then
  # A copy of probe/: cargo rewrites the lock file beside the manifest.
  src=$target/probe
  rm -rf "$src" && mkdir -p "$target" && cp -r "$here/probe" "$src" && rm -f "$src/Cargo.lock"
  set --
fi
if [ -n "${WBG_VERSION:-}" ]; then
  sed -i "s/^wasm-bindgen = \".*\"/wasm-bindgen = \"=$WBG_VERSION\"/" "$src/Cargo.toml"
fi
if [ -n "${WBG_TREE:-}" ]; then
  # Every crate of the tree in upstream's layout in place of crates.io's.
  for d in "$WBG_TREE" "$WBG_TREE"/crates/*; do
    [ -f "$d/Cargo.toml" ] || continue
    name=$(sed -n 's/^name = "\(.*\)"/\1/p' "$d/Cargo.toml" | head -1)
    set -- "$@" --config "patch.crates-io.$name.path=\"$d\""
  done
fi
for enc in exnref legacy; do
  flags="-Cpanic=unwind -Ctarget-feature=+exception-handling -Clinker=$lld"
  [ "$enc" = exnref ] && flags="$flags -Cllvm-args=-wasm-use-legacy-eh=false"
  PATH=/usr/bin:$PATH RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags" \
    CARGO_TARGET_DIR="$target/$enc" /usr/bin/cargo build --release "$@" \
    --target wasm32-unknown-unknown -Zbuild-std=std,panic_unwind --manifest-path "$src/Cargo.toml"
  "$cli" --target nodejs --experimental-reset-state-function --out-dir "$out/$enc" \
    "$target/$enc/wasm32-unknown-unknown/release/$crate.wasm"
  rm -f "$out/$enc"/*.d.ts
done
