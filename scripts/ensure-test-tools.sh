#!/usr/bin/env bash
# Installs the system tools the browser and HTML tests need, when they are missing:
# Debian's Chromium (driven by Playwright), a Java runtime (for the Nu HTML Checker) and fonts
# for Japanese and Arabic, so that the browser tests' screenshots show those pages' text.
# Without root or apt-get it only reports; the tests then skip locally, and fail under CI=true.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if command -v fc-list >/dev/null 2>&1; then
    [ -n "$(fc-list :lang=ja)" ] || missing+=(fonts-noto-cjk)
    [ -n "$(fc-list :lang=ar)" ] || missing+=(fonts-noto-core)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} for the browser and HTML tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Note: ${missing[*]} not installed; browser/HTML tests will be skipped (run 'sudo apt-get install -y ${missing[*]}')."
fi
