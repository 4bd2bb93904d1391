#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon's PNG sizes from its SVG. The PNGs are checked in (the build needs no SVG
# renderer); run this after editing the SVG and look at the results at 16 and 22 px before committing.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/hicolor/scalable/apps/org.nameplan.Nameplan.svg"
for size in 16 22 24 32 48 64 128 256; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/org.nameplan.Nameplan.png" "$svg"
done
