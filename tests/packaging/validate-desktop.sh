#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .desktop file passes desktop-file-validate with no message at all (hints included) and agrees with the
# application id, the executable and the MIME type the rest of the package installs.
# Usage: validate-desktop.sh PACKAGING_DIR APP_ID
set -euo pipefail
dir=$1 id=$2
desktop="$dir/$id.desktop"
fail() { echo "FAIL: $*" >&2; exit 1; }
messages=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $messages"
[ -z "$messages" ] || fail "desktop-file-validate reports: $messages"
grep -qx 'Exec=nameplan %f' "$desktop" || fail "Exec must be 'nameplan %f'"
grep -qx "Icon=$id" "$desktop" || fail "Icon must be the application id $id"
grep -q '^MimeType=.*application/x-nameplan+json;' "$desktop" || fail "MimeType must list application/x-nameplan+json"
grep -q 'type="application/x-nameplan+json"' "$dir/$id.mime.xml" || fail "the MIME XML does not define the type"
echo "PASS: $desktop"
