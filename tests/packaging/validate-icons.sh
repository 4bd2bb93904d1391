#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every hicolor size the package installs is a PNG of exactly that size, and the scalable icon is SVG Tiny, the
# profile Qt's own renderer draws.
# Usage: validate-icons.sh HICOLOR_DIR APP_ID
set -euo pipefail
dir=$1 id=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
    png="$dir/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || fail "missing $png"
    file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG"
done
svg="$dir/scalable/apps/$id.svg"
grep -q 'baseProfile="tiny"' "$svg" || fail "$svg does not declare SVG Tiny"
! grep -q -E '<(filter|mask|foreignObject|style)' "$svg" || fail "$svg uses features Qt SVG does not draw"
echo "PASS: $dir"
