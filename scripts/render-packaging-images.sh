#!/usr/bin/env bash
# Renders the packaging images that are committed (run once, and again when the icon or the UI
# changes; the build only installs them):
#   packaging/icons/hicolor/<N>x<N>/apps/<id>.png   the SVG icon at every size a menu asks for
#   packaging/screenshots/*.png                     the AppStream screenshots, from the real window
#                                                   under Xvfb driven by keys (a real run, so the
#                                                   counts differ from run to run)
#   scripts/render-packaging-images.sh [APP]        (default build/release/app/concurrency-classroom)
# Needs: rsvg-convert (librsvg2-bin), xvfb-run (xvfb, xauth), xdotool, import (ImageMagick).
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.concurrencyclassroom.ConcurrencyClassroom
APP=$(realpath "${1:-build/release/app/concurrency-classroom}")
SIZE=1600x900
SHOTS=$PWD/packaging/screenshots

if [ -z "${CC_XVFB_INNER:-}" ]; then
    for tool in rsvg-convert xvfb-run xdotool import; do
        command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin xvfb xauth xdotool imagemagick)" >&2; exit 2; }
    done
    [ -x "$APP" ] || { echo "no executable at $APP (build it first: bash scripts/dev.sh package)" >&2; exit 2; }
    for n in 16 32 48 64 128 256; do
        mkdir -p "packaging/icons/hicolor/${n}x${n}/apps"
        rsvg-convert -w "$n" -h "$n" "packaging/icons/$ID.svg" \
            -o "packaging/icons/hicolor/${n}x${n}/apps/$ID.png"
    done
    mkdir -p "$SHOTS"
    exec env CC_XVFB_INNER=1 xvfb-run -a -s "-screen 0 ${SIZE}x24" bash "$0" "$APP"
fi

# A config folder of our own: the runs must not change the user's remembered lesson or language.
CONFIG=$(mktemp -d)
export XDG_CONFIG_HOME=$CONFIG
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$CONFIG"
}
trap cleanup EXIT

# shoot NAME MODE APP-ARGS…: the locks demo in the real window, driven by keys.
#   race, lock: 4 threads with the race window open (and the lock on), played to the end; focus
#               moves by Tab from the Threads box, so no mnemonic is assumed.
#   midrun:     the default 2 threads, caught while they run (presentation mode has no menu bar).
shoot() {
    local name=$1 mode=$2 wid
    shift 2
    "$APP" --lesson locks "$@" &
    APP_PID=$!
    wid=$(timeout 30 xdotool search --sync --onlyvisible --pid "$APP_PID" | head -n1)
    # No window manager under Xvfb: fill the screen by hand (presentation mode does it itself).
    xdotool windowsize --sync "$wid" "${SIZE%x*}" "${SIZE#*x}" 2>/dev/null || true
    xdotool windowmove "$wid" 0 0
    xdotool windowfocus --sync "$wid"
    sleep 1
    if [ "$mode" = midrun ]; then
        xdotool key space
        sleep 0.7
    else
        xdotool key alt+t ctrl+a
        xdotool type 4
        xdotool key Tab Tab # Threads → Increments → Lock
        [ "$mode" = lock ] && xdotool key space
        xdotool key Tab space    # Lock → Yield between read and write: on
        xdotool key alt+d Return # Demo → Play
        sleep 6                  # 4 × 3 increments at the default speed take under 5 s
    fi
    import -window root "$SHOTS/$name.png"
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

shoot locks-race-en race --lang en --theme light
shoot locks-lock-zh_CN lock --lang zh_CN --theme light
shoot locks-present-zh_CN midrun --lang zh_CN --theme projector --present
ls -l "$SHOTS"
