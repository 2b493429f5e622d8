#!/usr/bin/env bash
# Installs the system tools the browser and HTML tests need, when they are missing:
# Debian's Chromium (driven by Playwright) and a Java runtime (for the Nu HTML Checker).
# Without root or apt-get it only reports; the tests then skip locally, and fail under CI=true.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} for the browser and HTML tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Note: ${missing[*]} not installed; browser/HTML tests will be skipped (run 'sudo apt-get install -y ${missing[*]}')."
fi
