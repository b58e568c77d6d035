#!/usr/bin/env bash
# Installs what the extension's tests need on a bare Debian machine:
# Debian's Chromium (+ driver) and Firefox ESR for the browser tests, Node.js and
# npm for the unit tests, web-ext (tests/js/package-lock.json) for the lint, and nginx for
# the load-balancing test of deploy/nginx (it runs its own nginx on an ephemeral port).
# Browsers come from apt only: never `playwright install`.
# Idempotent: installs only what is missing. Run as root or with sudo available.
set -euo pipefail

cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

need=()
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ -x /usr/lib/firefox-esr/firefox-esr ] || need+=(firefox-esr)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -x /usr/sbin/nginx ] || need+=(nginx)

if [ "${#need[@]}" -gt 0 ]; then
  echo "install-test-deps: apt-get install ${need[*]}"
  "${SUDO[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
else
  echo "install-test-deps: chromium, chromium-driver, firefox-esr, node, npm and nginx are installed"
fi

# web-ext for `npm run lint`, pinned by package-lock.json.
if [ ! -x tests/js/node_modules/.bin/web-ext ] || [ tests/js/package-lock.json -nt tests/js/node_modules/.package-lock.json ]; then
  (cd tests/js && npm ci --no-audit --no-fund)
fi
