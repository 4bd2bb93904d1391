#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shared-mime-info XML compiles with update-mime-database (into a scratch database, never the system's) without
# a single message, and the compiled database maps *.nameplan.json to application/x-nameplan+json, a JSON subclass.
# Usage: validate-mime.sh MIME_XML
set -euo pipefail
xml=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
db=$scratch/mime
mkdir -p "$db/packages"
cp "$xml" "$db/packages/nameplan.xml"
# The scratch data dir goes on XDG_DATA_DIRS, or update-mime-database notes that nothing would find the database.
messages=$(XDG_DATA_DIRS=$scratch XDG_DATA_HOME=$scratch update-mime-database "$db" 2>&1) \
    || fail "update-mime-database: $messages"
[ -z "$messages" ] || fail "update-mime-database reports: $messages"
grep -qx '[0-9]*:application/x-nameplan+json:\*\.nameplan\.json' "$db/globs2" || fail "no *.nameplan.json glob"
grep -qx 'application/x-nameplan+json application/json' "$db/subclasses" || fail "not a subclass of JSON"
grep -qx 'application/x-nameplan+json' "$db/types" || fail "type missing from the database"
echo "PASS: $xml"
