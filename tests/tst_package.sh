#!/usr/bin/env bash
# tst_package: builds the .deb with cpack from the build tree and checks what it holds: the three
# programs, desktop file, metainfo, icons, .qm catalogues, man pages, and the control fields
# (shlibdeps plus the run-time Qt plugins' needs: libssl3 for the TLS backend, the SQLite
# driver). Validates the desktop file and metainfo when the validators are installed, and checks
# that every option the programs' --help lists is in their man page.
# Usage: tst_package.sh BUILD_DIR CPACK VERSION APP_ID
set -uo pipefail
BUILD=$1 CPACK=$2 VERSION=$3 APP_ID=$4

for tool in dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (apt-get install dpkg-dev)"
        exit 77
    fi
done

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() { echo "PASS: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! "$CPACK" -G DEB --config "$BUILD/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
debs=("$work"/out/*.deb)
deb=${debs[0]}
[[ -f $deb ]] || { cat "$work/cpack.log"; echo "FAIL: no .deb made"; exit 1; }
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# --- contents ---------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expect=(
    /usr/bin/merchant-console /usr/bin/merchant-cli /usr/bin/payment-sandbox
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    /usr/share/merchant-console/translations/merchant-console_ru.qm
    /usr/share/man/man1/merchant-cli.1.gz /usr/share/man/man1/payment-sandbox.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for f in "${expect[@]}"; do
    grep -qxF "$f" "$work/files" && pass "contains $f" || fail "missing $f"
done
if grep -v -e '^/usr/' -e '^/$' "$work/files" | grep -q .; then
    fail "files outside /usr: $(grep -v -e '^/usr/' -e '^/$' "$work/files" | tr '\n' ' ')"
fi

# --- control fields ---------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == merchant-console ]] && pass "Package" || fail "Package is '$(field Package)'"
[[ $(field Version) == "$VERSION" ]] && pass "Version $VERSION" || fail "Version is '$(field Version)'"
for f in Maintainer Section Homepage Description Architecture; do
    [[ -n $(field "$f") ]] && pass "$f: $(field "$f" | head -1)" || fail "no $f field"
done
depends=$(field Depends)
echo "Depends: $depends"
# shlibdeps gives the Qt libraries and QtKeychain; libssl3 and the SQLite plugin are added by
# hand because Qt loads them at run time.
dep_names=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')
for dep in libssl3 libqt6network6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
    libqt6sql6-sqlite libqt6httpserver6 libqt6keychain1 libc6 libstdc++6; do
    grep -qxF "$dep" <<<"$dep_names" && pass "Depends on $dep" || fail "Depends lacks $dep"
done
grep -q gnome-keyring <<<"$(field Recommends)" && pass "Recommends gnome-keyring" \
    || fail "Recommends lacks gnome-keyring"

# --- the files themselves ---------------------------------------------------------------
dpkg-deb -x "$deb" "$work/root"
root=$work/root
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" \
        && pass "desktop-file-validate" || fail "desktop-file-validate"
else
    echo "note: desktop-file-validate not installed, desktop file not validated"
fi
metainfo=$root/usr/share/metainfo/$APP_ID.metainfo.xml
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --no-color "$metainfo" \
        && pass "appstreamcli validate" || fail "appstreamcli validate"
else
    echo "note: appstreamcli not installed, metainfo not validated"
fi
grep -q "<release version=\"$VERSION\"" "$metainfo" \
    && pass "metainfo lists release $VERSION" || fail "metainfo has no <release version=\"$VERSION\">"
grep -q "Icon=$APP_ID\$" "$root/usr/share/applications/$APP_ID.desktop" \
    && pass "desktop file names the icon" || fail "desktop file Icon= is not $APP_ID"

for bin in merchant-console merchant-cli payment-sandbox; do
    if file "$root/usr/bin/$bin" 2>/dev/null | grep -q 'not stripped'; then
        fail "$bin is not stripped"
    fi
done
out=$("$root/usr/bin/merchant-cli" --version 2>&1)
[[ $out == "merchant-cli $VERSION" ]] && pass "packaged merchant-cli --version" \
    || fail "packaged merchant-cli --version said '$out'"

# Every long option a program's --help lists must be in its man page (troff \- read as -).
check_man() {
    local page=$1 help=$2 opts opt
    zcat "$root/usr/share/man/man1/$page.gz" | sed 's/\\-/-/g' >"$work/$page" \
        || { fail "cannot read $page.gz"; return; }
    opts=$(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
    for opt in $opts; do
        grep -qF -- "$opt" "$work/$page" || fail "$page does not document $opt"
    done
}
cli=$root/usr/bin/merchant-cli
help_all=$("$cli" --help 2>&1)
verbs=$(sed '1,/^Arguments:/d' <<<"$help_all" | tr ',()' '   ' | grep -oE '[a-z][a-z-]+' \
    | grep -vx -e verb -e see -e VERB -e help | sort -u)
for verb in $verbs; do
    grep -qF "$verb" <(zcat "$root/usr/share/man/man1/merchant-cli.1.gz") \
        || fail "merchant-cli.1 does not mention the verb $verb"
    help_all+=$'\n'$("$cli" "$verb" --help 2>&1)
done
check_man merchant-cli.1 "$help_all"
check_man payment-sandbox.1 "$("$root/usr/bin/payment-sandbox" --help 2>&1)"
[[ $failures -eq 0 ]] && pass "man pages list every option of --help"

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
