#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page renders at 80 columns without a single groff warning, documents every command and option the
# package promises, and carries the project version.
# Usage: validate-manpage.sh MANPAGE VERSION
set -euo pipefail
page=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$page" >"$scratch/out" 2>"$scratch/err" || fail "man failed: $(cat "$scratch/err")"
[ ! -s "$scratch/err" ] || fail "man --warnings reports: $(cat "$scratch/err")"
for word in 'nameplan \[FILE\]' 'nameplan --version' 'nameplan --screenshot OUT.png' 'nameplan validate FILE' \
    'nameplan format FILE -o OUT' 'nameplan analyze FILE' '--duration' '--max-order K' 'nameplan export-mef FILE -o' \
    'nameplan check' 'nameplan verify-zone' 'nameplan drill FILE --outage' 'nameplan report FILE' \
    'nameplan verify-evidence FILE' 'EXIT STATUS'; do
    grep -q -- "$word" "$scratch/out" || fail "rendered page lacks '$word'"
done
[ "$(wc -L <"$scratch/out")" -le 80 ] || fail "a rendered line is wider than 80 columns"
grep -q "^\.TH NAMEPLAN 1 \"[0-9-]*\" \"Nameplan $version\"" "$page" || fail ".TH does not carry version $version"
echo "PASS: $page"
