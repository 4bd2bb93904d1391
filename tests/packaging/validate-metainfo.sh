#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The AppStream metainfo passes `appstreamcli validate --no-net` (warnings fail it too), its launchable names the
# .desktop file that is really installed, and its newest release is the project version.
# Usage: validate-metainfo.sh PACKAGING_DIR APP_ID VERSION
set -euo pipefail
dir=$1 id=$2 version=$3
metainfo="$dir/$id.metainfo.xml"
fail() { echo "FAIL: $*" >&2; exit 1; }
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
launchable=$(sed -n 's|.*<launchable type="desktop-id">\(.*\)</launchable>.*|\1|p' "$metainfo")
[ "$launchable" = "$id.desktop" ] || fail "launchable is '$launchable', expected $id.desktop"
[ -f "$dir/$launchable" ] || fail "launchable $launchable does not exist in $dir"
grep -q "<id>$id</id>" "$metainfo" || fail "component id is not $id"
newest=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n 1)
[ "$newest" = "$version" ] || fail "newest release is '$newest', the project version is $version"
echo "PASS: $metainfo"
