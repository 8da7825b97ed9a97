#!/usr/bin/env bash
# Install what the tests need beyond the Rust toolchain and the engines
# (Debian's chromium, in which harness/tests/compat.rs checks the HTML
# reports, is an engine: scripts/install-browsers.sh installs it):
#   - ajv (scripts/tools/package.json and its lockfile, `npm ci`): the JSON
#     reports are validated against their schemas in reports/;
#   - xmllint (Debian libxml2-utils): `reentry nightly`'s junit.xml is
#     validated against the JUnit XSD vendored in scripts/tools/junit-10.xsd
#     (harness/tests/nightly.rs). That file is the Jenkins xUnit plugin's
#     schema (MIT, its licence inside), as the pytest 8.4.2 sdist ships it
#     for pytest's own junitxml tests (testing/example_scripts/junit-10.xsd,
#     sha256 a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6).
# Idempotent: does nothing (no network) when all are in place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { echo "install-test-tools: $*" >&2; exit 1; }
sudo=; [ "$(id -u)" = 0 ] || sudo=sudo

command -v chromium >/dev/null || die "no chromium: run scripts/install-browsers.sh (scripts/setup.sh does)"

if ! command -v xmllint >/dev/null; then
  echo "install-test-tools: installing Debian libxml2-utils (xmllint)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libxml2-utils >/dev/null \
    || { $sudo apt-get update -q >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libxml2-utils >/dev/null; } \
    || die "apt-get install libxml2-utils failed"
fi

tools="$root/scripts/tools"
want="$(node -e 'console.log(require(process.argv[1]).packages["node_modules/ajv"].version)' "$tools/package-lock.json")"
have="$(node -e 'try { console.log(require(process.argv[1]).version) } catch { console.log("") }' "$tools/node_modules/ajv/package.json")"
if [ "$want" != "$have" ]; then
  echo "install-test-tools: installing ajv $want into scripts/tools/node_modules"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $tools (is the npm registry reachable?)"
fi
echo "install-test-tools: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), ajv $want, $(xmllint --version 2>&1 | head -1)"
