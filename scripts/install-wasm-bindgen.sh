#!/usr/bin/env bash
# Install the wasm-bindgen CLI the wasm-bindgen lane runs by default
# (exactly the version of the guest's `wasm-bindgen` crate:
# harness/src/guest/wbg/mod.rs PINNED; the CLI refuses a crate of another
# version). Other releases (`--wasm-bindgen 0.2.N`) are installed by reentry
# itself on first use, into target/wasm-bindgen/.
#
# From crates.io with the project's stable cargo, into cargo's bin
# directory. Not `--locked`: one dependency in the CLI's lock file is no
# longer on the registry. Idempotent: nothing happens when that version is
# already installed. About 5 minutes on 2 cores the first time.
#
# usage: scripts/install-wasm-bindgen.sh
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(sed -n 's/^pub const PINNED: &str = "\(.*\)";/\1/p' harness/src/guest/wbg/mod.rs)
[ -n "$want" ] || { echo "install-wasm-bindgen: no PINNED in harness/src/guest/wbg/mod.rs" >&2; exit 1; }
bin="${CARGO_HOME:-$HOME/.cargo}/bin/wasm-bindgen"
if [ -x "$bin" ] && [ "$("$bin" --version 2>/dev/null)" = "wasm-bindgen $want" ]; then
  echo "install-wasm-bindgen: wasm-bindgen $want is installed ($bin)"
  exit 0
fi
echo "install-wasm-bindgen: cargo install wasm-bindgen-cli --version $want ..."
cargo install wasm-bindgen-cli --version "$want" --force --quiet
"$bin" --version
