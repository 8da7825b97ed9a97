#!/usr/bin/env bash
# Install JavaScriptCore's `jsc` shell (engines `jsc`, `jsc-shipped`):
# Debian's libjavascriptcoregtk-4.0-bin, WebKitGTK's shell, as /usr/bin/jsc.
#
# Idempotent and offline once installed: when `jsc` is on PATH and the
# package is installed it does nothing. Uses sudo only when not run as root.
set -euo pipefail

pkg=libjavascriptcoregtk-4.0-bin
say() { echo "install-jsc: $*"; }
die() { echo "install-jsc: $*" >&2; exit 1; }

version() { dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || true; }

if command -v jsc >/dev/null && [ -n "$(version)" ]; then
  say "already installed: $pkg $(version) ($(command -v jsc))"
  exit 0
fi

command -v apt-get >/dev/null || die "no apt-get: this script is for Debian 12 (bookworm)"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: run as root"
  sudo=(sudo)
fi
say "installing Debian $pkg"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg" >/dev/null \
  || { "${sudo[@]}" apt-get update -q >/dev/null \
       && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg" >/dev/null; } \
  || die "apt-get install $pkg failed"
command -v jsc >/dev/null || die "$pkg is installed but jsc is not on PATH"
say "installed: $pkg $(version) ($(command -v jsc))"
