#!/usr/bin/env bash
# Renders the committed hicolor PNGs from the SVG. Run it after editing the SVG (needs
# rsvg-convert: apt-get install librsvg2-bin); the build itself only copies the PNGs.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
ID=vc.gogo.MerchantConsole
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$ID.svg" -o "hicolor/${size}x${size}/apps/$ID.png"
done
