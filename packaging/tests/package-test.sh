#!/usr/bin/env bash
# Builds the .deb from a built tree, unpacks it into a temporary root and checks what a user
# gets: the package's control fields, the desktop entry, the AppStream metainfo, the MIME type,
# the icons, the examples, and the packaged binary itself (--version and a comparison of the
# shipped slide 16 example).
# Usage: package-test.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1 app_id=$2 version=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/cc-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Qt wants a private runtime folder; give it one rather than let it warn on every run.
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# --- build the package, outside the build folder so the test leaves nothing behind --------
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$work"/out/container-compare_"$version"_*.deb)
[[ -f ${debs[0]} ]] || { echo "FAIL: no container-compare_${version}_*.deb in $(ls "$work/out")" >&2; exit 1; }
deb=${debs[0]}
pass "cpack built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- control fields -------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
check "Package is container-compare" test "$(field Package)" = container-compare
check "Version is $version" test "$(field Version)" = "$version"
check "Section is set" test -n "$(field Section)"
check "Maintainer is set" test -n "$(field Maintainer)"
check "Description is set" test -n "$(field Description)"
depends=$(field Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6printsupport6 libqt6svg6; do
    check "Depends on $lib" grep -qE "(^|, )$lib( |,|$)" <<<"$depends"
done
check "Recommends fonts-noto-cjk" grep -q fonts-noto-cjk <<<"$(field Recommends)"

# --- unpack ---------------------------------------------------------------------------------
root=$work/root
dpkg-deb --extract "$deb" "$root"
share=$root/usr/share
binary=$root/usr/bin/container-compare
check "binary installed" test -x "$binary"

# --- desktop entry --------------------------------------------------------------------------
desktop=$share/applications/$app_id.desktop
check "desktop entry installed" test -f "$desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && ! grep -qE 'error|warning' <<<"$out"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate: $out"
fi
check "Exec=container-compare %f" grep -qx 'Exec=container-compare %f' "$desktop"
mime_type=application/vnd.containercompare.scenario+json
check "MimeType=$mime_type;" grep -qx "MimeType=$mime_type;" "$desktop"
check "Icon=$app_id" grep -qx "Icon=$app_id" "$desktop"

# --- AppStream metainfo ---------------------------------------------------------------------
metainfo=$share/metainfo/$app_id.metainfo.xml
check "metainfo installed" test -f "$metainfo"
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    pass "appstreamcli validate --no-net"
else
    fail "appstreamcli validate --no-net: $out"
fi
# The whole tree as a software centre sees it: metainfo, desktop entry and icons together.
if out=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
    pass "appstreamcli validate-tree --no-net"
else
    fail "appstreamcli validate-tree --no-net: $out"
fi
check "metainfo names release $version" grep -q "<release version=\"$version\"" "$metainfo"

# --- MIME type: compiled the way the system's trigger compiles it ---------------------------
mime_xml=$share/mime/packages/$app_id.xml
check "MIME package installed" test -f "$mime_xml"
mkdir -p "$work/mime/packages"
cp "$mime_xml" "$work/mime/packages/"
if out=$(XDG_DATA_DIRS=$work update-mime-database "$work/mime" 2>&1) && [[ -z $out ]]; then
    pass "update-mime-database accepts the MIME package"
else
    fail "update-mime-database: $out"
fi
check "glob *.ccompare compiled" grep -qx "50:$mime_type:\*.ccompare" "$work/mime/globs2"
check "magic compiled" grep -qa "$mime_type" "$work/mime/magic"
check "sub-class of application/json" grep -qx "$mime_type application/json" "$work/mime/subclasses"

# --- icons ----------------------------------------------------------------------------------
icons=$share/icons/hicolor
check "scalable icon" grep -q '<svg' "$icons/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$icons/${size}x${size}/apps/$app_id.png
    check "${size}x${size} icon" grep -q "PNG image data, $size x $size" <<<"$(file "$png" 2>&1)"
done

# --- examples and the binary ----------------------------------------------------------------
example=$share/container-compare/examples/slide16.json
check "example slide16.json installed" test -f "$example"
check "copyright installed" test -f "$share/doc/container-compare/copyright"
# Installed with no path back into the build folder.
no_build_rpath() { ! readelf -d "$binary" | grep -E 'R(UN)?PATH' | grep -qF "$build"; }
check "no RUNPATH into the build folder" no_build_rpath

if out=$("$binary" --version) && grep -qF "$version" <<<"$out"; then
    pass "container-compare --version: $out"
else
    fail "container-compare --version: $out"
fi
# Slide 16 of the deck: EC2 c7i.large 12,747 JPY, Fargate 2 vCPU 4 GiB 13,982 JPY.
if out=$("$binary" compare "$example" --currency JPY 2>&1) \
        && grep -qF '12,747' <<<"$out" && grep -qF '13,982' <<<"$out"; then
    pass "container-compare compare slide16.json --currency JPY shows 12,747 and 13,982"
else
    fail "container-compare compare slide16.json --currency JPY: $out"
fi

echo "package test: $failures failed"
[[ $failures -eq 0 ]]
