#!/usr/bin/env bash
# Runs before `npm test`: the end-to-end tests drive the system's Chromium (and Firefox ESR where present); no test
# tool ever downloads a browser. As root on Debian/Ubuntu, missing browsers are installed from the distribution's
# packages, non-interactively; otherwise this only says what is missing (the e2e setup then fails with a hint).
set -euo pipefail
want=()
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && [ ! -x /usr/bin/chromium-browser ]; then want+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ] && [ ! -x /usr/bin/firefox ]; then want+=(firefox-esr); fi
[ ${#want[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "[browsers] installing ${want[*]} from the distribution's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq < /dev/null
  apt-get install -y -qq "${want[@]}" < /dev/null > /dev/null
else
  echo "[browsers] missing: ${want[*]}. Install them with your package manager (Debian/Ubuntu: sudo apt-get install ${want[*]}), or set CHROME_PATH / FIREFOX_PATH." >&2
fi
