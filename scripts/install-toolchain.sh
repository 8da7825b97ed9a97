#!/usr/bin/env bash
# Install the compiler of the real-toolchain guest (engines/guest,
# docs/guest.md): Debian's rustc 1.96 as /usr/bin/rustc and /usr/bin/cargo,
# with the std sources -Zbuild-std needs (packages rustc-web, cargo-web,
# rust-web-src; 1.96 is in bookworm-security, so `apt-get update` comes
# first: without it apt only offers bookworm's 1.85).
#
# The guest is linked with the rustup toolchain's rust-lld, so no lld package
# is installed (engines/guest/build.sh can use Debian's wasm-ld-19 instead:
# `apt-get install lld-19`, then GUEST_LINKER=wasm-ld-19).
#
# Idempotent and offline once installed: when /usr/bin/rustc and
# /usr/bin/cargo are 1.96.x and the std sources are present it does nothing.
# Uses sudo only when not run as root. The rustup toolchain stays first on
# PATH; nothing else of the project changes compiler.
#
# usage: scripts/install-toolchain.sh [--dry-run]
set -euo pipefail

want="1.96."
pkgs=(rustc-web cargo-web rust-web-src)
std_src=/usr/lib/rustlib/src/rust/library/std

say() { echo "install-toolchain: $*"; }
die() { echo "install-toolchain: $*" >&2; exit 1; }

dry_run=0
case "${1:-}" in
  "") ;;
  --dry-run) dry_run=1 ;;
  *) die "usage: $0 [--dry-run]" ;;
esac

version() { "$1" --version 2>/dev/null | head -n1 || true; }

# Prints what is missing, nothing when the toolchain is complete.
missing() {
  local rustc cargo
  rustc="$(version /usr/bin/rustc)"
  cargo="$(version /usr/bin/cargo)"
  [[ "$rustc" == "rustc $want"* ]] || echo "/usr/bin/rustc is ${rustc:-absent}, not ${want}x"
  [[ "$cargo" == "cargo $want"* ]] || echo "/usr/bin/cargo is ${cargo:-absent}, not ${want}x"
  [ -d "$std_src" ] || echo "no std sources in $std_src"
}

todo="$(missing)"
if [ -z "$todo" ]; then
  say "already installed: $(version /usr/bin/rustc), $(version /usr/bin/cargo), std sources in ${std_src%/std}"
  exit 0
fi
echo "$todo" | sed 's/^/install-toolchain: /'

command -v apt-get >/dev/null || die "no apt-get: this script is for Debian 12 (bookworm)"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: run as root"
  sudo=(sudo)
fi
run() {
  say "running: ${sudo[*]}${sudo:+ }$*"
  [ "$dry_run" = 1 ] || "${sudo[@]}" "$@"
}

run apt-get update -q
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${pkgs[@]}"
[ "$dry_run" = 1 ] && exit 0

todo="$(missing)"
[ -z "$todo" ] || die "still missing after the install: $todo (is bookworm-security in the apt sources? rustc-web 1.96 is only there)"
say "installed: $(version /usr/bin/rustc), $(version /usr/bin/cargo), std sources in ${std_src%/std}"
