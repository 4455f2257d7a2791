#!/usr/bin/env bash
# Checks what a user gets from the Release build: the installed tree and the .deb.
#   scripts/check-package.sh [BUILD_DIR]     (default build/release; built and packaged already)
# - `cmake --install` into a scratch DESTDIR with prefix /usr puts exactly the expected files where
#   the freedesktop.org / AppStream specifications put them, and nothing else;
# - the executable runs from there, its children run the worker executable installed beside it
#   (libexec); each PNG icon has the size its folder names;
# - the desktop entry passes desktop-file-validate, is in Education, starts the installed binary
#   and names the installed icon; the metainfo passes appstreamcli validate (alone and against the
#   tree, which checks its launchable desktop entry);
# - the .deb holds the same files under /usr, no maintainer scripts (nothing is made at install
#   time, so removal leaves nothing), and depends on Qt (from shlibdeps) and the CJK fonts.
# Needs: desktop-file-validate (desktop-file-utils), appstreamcli (appstream), file, dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/release}
ID=org.concurrencyclassroom.ConcurrencyClassroom
SIZES=(16 32 48 64 128 256)
DEST=$BUILD/install-check
failures=0

fail() {
    echo "check-package: FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "check-package: ok: $*"; }

expected_files() {
    echo usr/bin/concurrency-classroom
    echo usr/libexec/concurrency-classroom/concurrency-classroom-worker
    echo "usr/share/applications/$ID.desktop"
    echo "usr/share/metainfo/$ID.metainfo.xml"
    echo "usr/share/icons/hicolor/scalable/apps/$ID.svg"
    local n
    for n in "${SIZES[@]}"; do
        echo "usr/share/icons/hicolor/${n}x${n}/apps/$ID.png"
    done
}

rm -rf "$DEST"
DESTDIR=$(realpath -m "$DEST") cmake --install "$BUILD" --prefix /usr >/dev/null

# Exactly the expected files: a stray or missing file is a failure.
if diff <(expected_files | sort) <(cd "$DEST" && find . -type f -o -type l | sed 's|^\./||' | sort); then
    ok "installed tree is exactly the $(expected_files | wc -l) expected files"
else
    fail "installed tree differs from the expected files (< expected, > installed)"
fi

app=$DEST/usr/bin/concurrency-classroom
if [ -x "$app" ] && lessons=$(QT_QPA_PLATFORM=offscreen "$app" --list-lessons 2>/dev/null) &&
    [ "$(wc -l <<<"$lessons")" -eq 8 ]; then
    ok "installed executable lists 8 lessons"
else
    fail "installed $app does not run or does not list 8 lessons"
fi

# The lessons' children run the installed worker executable (libexec), not the app again.
worker=/usr/libexec/concurrency-classroom/concurrency-classroom-worker
if run=$("$app" --run processes --children 2 --json 2>&1) &&
    [ "$(grep -o "\"program\":\"[^\"]*\"" <<<"$run" | sort -u)" = "\"program\":\"$(realpath "$DEST$worker")\"" ]; then
    ok "installed app's children run the installed $worker"
else
    fail "installed app's children do not run $DEST$worker: $run"
fi

before=$failures
for n in "${SIZES[@]}"; do
    png=$DEST/usr/share/icons/hicolor/${n}x${n}/apps/$ID.png
    file -b "$png" 2>/dev/null | grep -q "^PNG image data, $n x $n," ||
        fail "$png is not a ${n}x${n} PNG: $(file -b "$png" 2>&1)"
done
file -b "$DEST/usr/share/icons/hicolor/scalable/apps/$ID.svg" | grep -q SVG ||
    fail "scalable icon is not an SVG"
[ $failures -eq "$before" ] && ok "icons: ${SIZES[*]} px PNGs and the SVG"

desktop=$DEST/usr/share/applications/$ID.desktop
key() { sed -n "0,/^\[Desktop Action/s/^$1=//p" "$desktop" | head -n1; }
if desktop-file-validate "$desktop"; then ok "desktop-file-validate"; else fail "desktop-file-validate"; fi
before=$failures
[[ ";$(key Categories)" == *";Education;"* ]] || fail "desktop entry is not in Education: $(key Categories)"
exec_bin=$(key Exec | cut -d' ' -f1)
[ -x "$DEST/usr/bin/$exec_bin" ] || fail "desktop entry starts '$exec_bin', not an installed binary"
[ "$(key Icon)" = "$ID" ] || fail "desktop entry's Icon=$(key Icon), installed icons are $ID"
[ $failures -eq "$before" ] && ok "desktop entry: Education, Exec=$exec_bin, Icon=$(key Icon)"

metainfo=$DEST/usr/share/metainfo/$ID.metainfo.xml
if appstreamcli validate --no-net "$metainfo" && appstreamcli validate-tree --no-net "$DEST"; then
    ok "appstreamcli validate and validate-tree"
else
    fail "appstreamcli validation"
fi

mapfile -t debs < <(find "$BUILD" -maxdepth 1 -name 'concurrency-classroom_*.deb')
if [ ${#debs[@]} -ne 1 ]; then
    fail "expected one concurrency-classroom_*.deb in $BUILD, found ${#debs[@]}"
else
    deb=${debs[0]}
    if diff <(expected_files | sort) \
        <(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./||' | sort); then
        ok "$(basename "$deb") holds the same files under /usr"
    else
        fail "$deb's files differ from the installed tree"
    fi
    members=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -v '^\./$' | sed 's|^\./||' | sort | xargs)
    [ "$members" = "control md5sums" ] ||
        fail "$deb has control members '$members' (maintainer scripts would act at install time)"
    before=$failures
    depends=$(dpkg-deb -f "$deb" Depends)
    for d in fonts-noto-cjk libqt6widgets6 libqt6gui6 libqt6core6; do
        [[ ", $depends," == *", $d"[\ ,]* ]] || fail "$deb does not depend on $d: $depends"
    done
    [ "$(dpkg-deb -f "$deb" Section)" = education ] || fail "$deb is not in section education"
    [ $failures -eq "$before" ] && ok "$(basename "$deb"): no maintainer scripts; Depends: $depends"
fi

if [ $failures -ne 0 ]; then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
echo "check-package: installed tree and package are as they should be"
