#!/usr/bin/env bash
# Drives the real window under Xvfb by keys alone, in presentation mode, once in English and once
# in Chinese: PgDn through every slide of every lesson, Space/S/R on the locks demo, PgUp, Esc.
# Screenshots of the whole screen go to OUTDIR; the window title after each key goes to
# OUTDIR/<lang>.log. Ends the app it started by its PID (and nothing else).
#   scripts/xvfb-drive.sh [APP] [OUTDIR] [WIDTHxHEIGHT]
# Needs: xvfb-run (xvfb, xauth), xdotool, ImageMagick (import, compare).
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$(realpath "${1:-build/debug/app/concurrency-classroom}")
OUT=$(realpath -m "${2:-xvfb-shots}")
SIZE=${3:-1024x768}

if [ -z "${CC_XVFB_INNER:-}" ]; then
    for tool in xvfb-run xdotool import compare; do
        command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xauth xdotool imagemagick)" >&2; exit 2; }
    done
    [ -x "$APP" ] || { echo "no executable at $APP (build it first)" >&2; exit 2; }
    mkdir -p "$OUT"
    exec env CC_XVFB_INNER=1 xvfb-run -a -s "-screen 0 ${SIZE}x24" bash "$0" "$APP" "$OUT" "$SIZE"
fi

# A config folder of our own: the run must not change the user's remembered lesson or zoom.
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

fail() { echo "xvfb-drive: $*" >&2; exit 1; }

# Waits until two captures in a row are the same (the window has settled), at most ~4 s, then
# keeps the last one as $1.
shot() {
    local name=$1 prev="$OUT/.prev.png" cur="$OUT/.cur.png" i
    import -window root "$prev"
    for i in $(seq 1 20); do
        import -window root "$cur"
        if [ "$(compare -metric AE "$prev" "$cur" null: 2>&1 || true)" = "0" ]; then
            break
        fi
        mv "$cur" "$prev"
    done
    mv "$cur" "$OUT/$name.png"
    rm -f "$prev"
}

title() { xdotool getwindowname "$WID" 2>/dev/null || echo "?"; }

press() { # press KEY NAME
    kill -0 "$APP_PID" 2>/dev/null || fail "the app (pid $APP_PID) died before key $1"
    xdotool key --clearmodifiers "$1"
    shot "$2"
    printf '%s\t%s\t%s\n' "$2" "$1" "$(title)" >>"$LOG"
}

drive() { # drive LANG
    local lang=$1 n
    LOG="$OUT/$lang.log"
    : >"$LOG"
    "$APP" --present --lang "$lang" --theme projector --lesson multitasking &
    APP_PID=$!
    WID=$(timeout 30 xdotool search --sync --onlyvisible --pid "$APP_PID" | head -n1) ||
        fail "no window from pid $APP_PID"
    xdotool windowfocus --sync "$WID" 2>/dev/null || xdotool windowfocus "$WID"
    shot "$lang-00-start"
    printf '%s\t%s\t%s\n' "$lang-00-start" "-" "$(title)" >>"$LOG"
    # 5 one-slide lessons, the locks lesson's 4 slides, queues and crawler: 10 PgDn reach the
    # end; one more shows the end holds.
    for n in $(seq -w 1 11); do
        press Next "$lang-$n-pgdn"
        if [ "$n" = "06" ]; then # locks, slide 2 (the demo): drive it by keys
            press space "$lang-06a-play"
            press s "$lang-06b-step"
            press r "$lang-06c-reset"
        fi
    done
    press Prior "$lang-12-pgup"
    press Escape "$lang-13-esc"
    press F5 "$lang-14-f5-again"
    press Escape "$lang-15-esc-again"
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    # Every lesson was reached by keys alone: eight different window titles in the log.
    local titles
    titles=$(cut -f3 "$LOG" | sort -u | wc -l)
    [ "$titles" -ge 8 ] || fail "$lang: only $titles distinct window titles; see $LOG"
    echo "$lang: $(wc -l <"$LOG") screenshots, $titles lessons reached ($LOG)"
}

drive en
drive zh_CN
