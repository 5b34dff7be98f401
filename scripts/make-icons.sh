#!/usr/bin/env bash
# Renders assets/icon.svg to the PNG sizes the browsers want (public/icon/<size>.png, found by WXT).
# The PNGs are committed, so builds need no converter; rerun after editing the SVG.
# Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install -y librsvg2-bin" >&2; exit 1; }
mkdir -p public/icon
for size in 16 32 48 96 128; do
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "public/icon/$size.png"
done
ls -l public/icon
