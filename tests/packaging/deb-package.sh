#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack from the build tree, lints it, extracts it into a scratch root and runs the
# extracted binary the way an installed one runs: against the system's Qt, with no LD_LIBRARY_PATH and no path into
# the build tree. Everything is written under SCRATCH, which is emptied first, so the build tree stays clean.
# Usage: deb-package.sh BUILD_DIR SCRATCH VERSION APP_ID
set -euo pipefail
build=$1 scratch=$2 version=$3 id=$4
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/root"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; fail "cpack -G DEB"; }
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $scratch/out"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = nameplan ] || fail "package name is $(field Package)"
[ "$(field Version)" = "$version-1" ] || fail "version is $(field Version), expected $version-1"
depends=$(field Depends)
for lib in libqt6svg6 libqt6widgets6 libqt6core6 libc6; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib (shlibdeps): $depends"
done

# lintian exits non-zero on any error; warnings are printed for the log but do not fail.
lintian --fail-on error --display-info "$deb" || fail "lintian reports errors"

# Installable: apt resolves every Depends on this system (simulated; nothing on the machine changes).
apt-get install --simulate -q "$(realpath "$deb")" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log"; fail "apt cannot install the package's dependencies"; }
grep -q '^Inst nameplan ' "$scratch/apt.log" || { cat "$scratch/apt.log"; fail "apt would not install nameplan"; }

dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root
for path in usr/bin/nameplan "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
    "usr/share/mime/packages/$id.xml" "usr/share/icons/hicolor/scalable/apps/$id.svg" \
    "usr/share/icons/hicolor/16x16/apps/$id.png" "usr/share/icons/hicolor/256x256/apps/$id.png" \
    usr/share/man/man1/nameplan.1.gz usr/share/doc/nameplan/copyright usr/share/doc/nameplan/changelog.Debian.gz; do
    [ -e "$root/$path" ] || fail "package lacks /$path"
done
if readelf -d "$root/usr/bin/nameplan" | grep -q -E 'R(UN)?PATH'; then
    fail "the installed binary carries an RPATH/RUNPATH: $(readelf -d "$root/usr/bin/nameplan" | grep PATH)"
fi

run() { env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$scratch" "$root/usr/bin/nameplan" "$@"; }
got=$(run --version) || fail "nameplan --version exited $?"
[ "$got" = "nameplan $version" ] || fail "nameplan --version printed '$got'"
examples=("$root"/usr/share/nameplan/examples/*.nameplan.json)
[ -f "${examples[0]}" ] || fail "no example estates in /usr/share/nameplan/examples"
for example in "${examples[@]}"; do
    run validate "$example" || fail "nameplan validate $(basename "$example")"
done
echo "PASS: $(basename "$deb"): lintian clean of errors, ${#examples[@]} installed examples validate"
