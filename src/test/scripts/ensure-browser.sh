#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through its ChromeDriver. Installs both when missing (as
# root, or through password-less sudo); otherwise stops at once and says what to install.
set -euo pipefail

CHROMIUM=${JUMELAGE_CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${JUMELAGE_CHROMEDRIVER:-/usr/bin/chromedriver}

if [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; then
  exit 0
fi

echo "Browser tests need Debian's chromium and chromium-driver; installing them."
if [[ $(id -u) -eq 0 ]]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "ERROR: cannot install without root. Run: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: apt-get not found. Install Chromium and its ChromeDriver at $CHROMIUM and $CHROMEDRIVER." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
"$CHROMIUM" --version
"$CHROMEDRIVER" --version
