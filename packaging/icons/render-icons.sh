#!/bin/sh
# Renders the PNG sizes of the application icon from the SVG (needs rsvg-convert, Debian package
# librsvg2-bin). The PNGs are committed, so building and packaging do not need this script: run
# it after changing org.tidings.Tidings.svg.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" org.tidings.Tidings.svg \
        --output "hicolor/${size}x${size}/org.tidings.Tidings.png"
done
