# Source before building: points the `v8` crate (used by deno_core) at the
# offline librusty_v8 archive in ../shared/v8 when it exists. On a machine
# without it the variables stay unset and the crate downloads its own archive.
_reentry_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_reentry_v8="$_reentry_root/../shared/v8"
if [ -f "$_reentry_v8/env.sh" ] && [ -z "${RUSTY_V8_ARCHIVE:-}" ]; then
  # shellcheck disable=SC1091
  source "$_reentry_v8/env.sh"
  # The archive is a release build with the simdutf feature: use the binding
  # the crate ships for exactly that, whatever profile we build.
  (cd "$_reentry_root" && cargo fetch -q >/dev/null 2>&1 || true)
  for _d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/v8-150.4.0; do
    if [ -f "$_d/gen/src_binding_simdutf_release_x86_64-unknown-linux-gnu.rs" ]; then
      export RUSTY_V8_SRC_BINDING_PATH="$_d/gen/src_binding_simdutf_release_x86_64-unknown-linux-gnu.rs"
    fi
  done
fi
unset _reentry_root _reentry_v8 _d
