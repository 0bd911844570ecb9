#!/bin/sh
# The dark set (light strokes, for dark palettes) is the light set with the stroke colour
# swapped. Edit the icons in light/, then run this from resources/actionicons/.
set -eu
for icon in light/*.svg; do
    sed 's/#2e3440/#e5e9f0/g' "$icon" > "dark/${icon#light/}"
done
