#!/usr/bin/env bash
# Install the browsers the page host runs (engines `firefox` and `chromium`,
# harness/src/engine/browser/): Debian's firefox-esr and chromium, with
# apt-get. The one place either is installed (install-test-tools.sh's HTML
# report check uses this chromium too). Both come from bookworm-security
# (Firefox ESR 153, Chromium 156), so `apt-get update` runs first when one
# is missing.
#
# Idempotent, and offline when both are installed: it then only prints
# their versions. Uses sudo only when not run as root.
set -euo pipefail

say() { echo "install-browsers: $*"; }
die() { echo "install-browsers: $*" >&2; exit 1; }

# The package and the executable the engine runs (engine/firefox, engine/chromium).
pkgs=(firefox-esr chromium)
exes=(/usr/lib/firefox-esr/firefox-esr /usr/lib/chromium/chromium)

missing=()
for i in "${!pkgs[@]}"; do
  [ -x "${exes[$i]}" ] || missing+=("${pkgs[$i]}")
done

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null || die "no apt-get: this script is for Debian 12 (bookworm)"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: run as root"
    sudo=(sudo)
  fi
  say "installing Debian ${missing[*]}"
  "${sudo[@]}" apt-get update -q >/dev/null || die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi

versions=()
for i in "${!pkgs[@]}"; do
  [ -x "${exes[$i]}" ] || die "${exes[$i]} is missing after installing ${pkgs[$i]}"
  versions+=("${pkgs[$i]} $(dpkg-query -W -f '${Version}' "${pkgs[$i]}")")
done
say "${versions[0]}, ${versions[1]}"
