#!/usr/bin/env bash
# Renders the committed PNG icons from container-compare.svg. Run it after changing the SVG
# (needs rsvg-convert from librsvg2-bin); the build only installs what is committed, so
# building the project never needs an SVG renderer.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$here/container-compare.svg" \
        --output "$here/hicolor/${size}x${size}/container-compare.png"
done
