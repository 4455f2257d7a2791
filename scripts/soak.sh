#!/usr/bin/env bash
# A teacher's day in fast motion: starts the real window on an Xvfb display of its own and drives
# it by keys alone, round after round: every lesson of the registry (`--list-lessons`) by PgDn
# with Play/Step/Reset (Space, S, R) on each, PgUp back to the first; every third round also
# switches theme and language through the View menu (Alt+V …) and zooms (Ctrl+= Ctrl+- Ctrl+0).
# It samples the app's RSS, thread count and child processes (/proc) and fails (exit 1) when
#   - RSS grew more than --max-growth % from the end of the warm-up to the end,
#   - the thread count did not come back to its idle baseline after a reset or a lesson switch,
#   - a child process was left after a reset, a switch or quitting,
#   - a key did not do what it should (the soak would otherwise measure nothing).
# Ends only what it started (Xvfb, the app, its sampler), by PID.
#
#   scripts/soak.sh [--minutes N] [--app PATH] [--max-growth PCT] [--warmup SECONDS]
#                   [--view-every N] [--out DIR] [--wrap 'PROFILER ARGS']
#     --minutes N       minutes measured after the warm-up (default 10), rounded up to a cycle
#     --warmup S        seconds of warm-up (default 60), at least two whole cycles of every
#                       theme in both languages (6 × --view-every rounds each): caches fill
#     --view-every N    rounds between theme/language/zoom switches (default 3; CI's short
#                       run takes 1, so two whole cycles fit a few minutes with eight lessons)
#     --max-growth PCT  allowed RSS growth after the warm-up, in percent (default 2)
#     --app PATH        the executable (default build/release/app/concurrency-classroom)
#     --out DIR         keep samples.tsv (every second) and rounds.tsv (each round's end) there
#     --wrap CMD        run the app under CMD, e.g. --wrap 'heaptrack -o /tmp/soak'
# Needs: Xvfb, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/realwindow.sh
. scripts/lib/realwindow.sh

MINUTES=10
WARMUP=60
MAX_GROWTH=2
VIEW_EVERY=3
APP=build/release/app/concurrency-classroom
OUT=
WRAP=
# Only hang detectors, generous for a loaded 2-core machine (or the app under a profiler): the
# report gives the slowest settle measured, and the app's own target for a join is 100 ms.
SETTLE_TIMEOUT=20

usage() {
    sed -n '13,24p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
}
bad() { # bad OPTION VALUE ALLOWED
    echo "soak: $1 '$2' is not allowed: $3" >&2
    exit 2
}
is_number() { [[ $1 =~ ^[0-9]+([.][0-9]+)?$ ]]; }

while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || case $1 in -h | --help) usage ;; *) bad option "$1" "--minutes, --warmup, --max-growth, --view-every, --app, --out, --wrap, each with a value" ;; esac
    case $1 in
    --minutes)
        { is_number "$2" && awk "BEGIN { exit !($2 > 0) }"; } || bad --minutes "$2" "a number of minutes > 0"
        MINUTES=$2
        ;;
    --warmup) [[ $2 =~ ^[0-9]+$ ]] || bad --warmup "$2" "whole seconds >= 0"; WARMUP=$2 ;;
    --max-growth) is_number "$2" || bad --max-growth "$2" "a percentage >= 0"; MAX_GROWTH=$2 ;;
    --view-every) [[ $2 =~ ^[1-9][0-9]*$ ]] || bad --view-every "$2" "whole rounds >= 1"; VIEW_EVERY=$2 ;;
    --app) APP=$2 ;;
    --out) OUT=$2 ;;
    --wrap) WRAP=$2 ;;
    *) bad option "$1" "--minutes, --warmup, --max-growth, --view-every, --app, --out, --wrap" ;;
    esac
    shift 2
done
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "soak: missing $tool (apt-get install xvfb xdotool)" >&2; exit 2; }
done
[ -x "$APP" ] || bad --app "$APP" "an executable (build target concurrency-classroom first)"
APP=$(realpath "$APP")
if [ -n "$OUT" ]; then
    [ -d "$(dirname "$(realpath -m "$OUT")")" ] || bad --out "$OUT" "a folder whose parent exists"
    mkdir -p "$OUT"
fi

mapfile -t LESSONS < <("$APP" --list-lessons)
[ ${#LESSONS[@]} -ge 1 ] || { echo "soak: $APP --list-lessons printed no lesson" >&2; exit 1; }

TMP=$(mktemp -d)
[ -n "$OUT" ] || OUT=$TMP/out
mkdir -p "$OUT"
# A config folder of our own: the soak must not change the user's lesson, theme or zoom.
export XDG_CONFIG_HOME=$TMP/config
INI=$XDG_CONFIG_HOME/ConcurrencyClassroom/concurrency-classroom.ini
SAMPLER_PID=''
cleanup() {
    end_pids "$SAMPLER_PID" "$APP_PID" "$LAUNCH_PID" "$XVFB_PID"
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

FAILURES=()
fail_now() {
    echo "soak: FAIL: $*" >&2
    [ -s "$TMP/app.log" ] && { echo "soak: the app's output:" >&2; tail -n 20 "$TMP/app.log" >&2; }
    exit 1
}
rss_kb() { status_field VmRSS; }

start_xvfb
start_app 60 --wrap "$WRAP" --lesson "${LESSONS[0]}" --lang en --theme light

title() { xdotool getwindowname "$WID" 2>/dev/null || echo "?"; }
key() {
    alive
    xdotool key --clearmodifiers "$@"
}
# wait_for COMMAND…: polls COMMAND until it succeeds, at most SETTLE_TIMEOUT; WAITED_MS says how
# long it took.
wait_for() { poll_until "$SETTLE_TIMEOUT" "$@"; }
title_is_not() { [ "$(title)" != "$1" ]; }
ini_has() { grep -qx "$1" "$INI" 2>/dev/null; }

# Idle baseline: the thread count once the window has settled and nothing was played yet.
sleep 1
BASELINE=$(threads)
echo "soak: app pid $APP_PID on display $DISPLAY, $BASELINE threads idle; lessons (${#LESSONS[@]}): ${LESSONS[*]}"

# --- the sampler: one line a second, for the record ----------------------------------------------
T0=$(now_ms)
(
    while kill -0 "$APP_PID" 2>/dev/null; do
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' $(($(now_ms) - T0)) "$(rss_kb)" "$(threads)" "$(pooled)" \
            "$(pgrep -P "$APP_PID" | wc -l)" "$(status_field RssAnon)" "$(status_field RssFile)" "$(status_field RssShmem)"
        sleep 1
    done
) >"$OUT/samples.tsv" &
SAMPLER_PID=$!

RESETS=0 SWITCHES=0 SLOWEST_MS=0 DEMO_RUNS=0
note_settle() {
    [ "$WAITED_MS" -gt "$SLOWEST_MS" ] && SLOWEST_MS=$WAITED_MS
    local kids
    kids=$(children)
    [ -z "$kids" ] || fail_now "child process(es) $kids left after $1"
}
# back_to_baseline WHAT: threads return to the idle count and no child is left.
back_to_baseline() {
    wait_for threads_at_most "$BASELINE" ||
        fail_now "$(threads) threads ${SETTLE_TIMEOUT} s after $1 (baseline $BASELINE): $(thread_names)"
    note_settle "$1"
}

switch_lesson() { # switch_lesson KEY
    local before
    before=$(title)
    key "$1"
    wait_for title_is_not "$before" || fail_now "$1 did not change the lesson (title '$before')"
    back_to_baseline "$1 to '$(title)'"
    SWITCHES=$((SWITCHES + 1))
}

# Play, let it run, step twice, reset; three times. A lesson without a demo has these keys
# disabled; which lessons start threads is learnt in the first round and must hold in every other.
declare -A HAS_DEMO=()
drive_demo() { # drive_demo LESSON_INDEX
    local i
    if [ -z "${HAS_DEMO[$1]:-}" ]; then
        key space
        if SETTLE_TIMEOUT=5 wait_for threads_above "$BASELINE"; then HAS_DEMO[$1]=1; else HAS_DEMO[$1]=0; fi
        key r
        back_to_baseline "Reset on '$(title)'"
    fi
    [ "${HAS_DEMO[$1]}" = 1 ] || return 0
    for i in 1 2 3; do
        key space
        wait_for threads_above "$BASELINE" || fail_now "Space started no thread on '$(title)' this time"
        DEMO_RUNS=$((DEMO_RUNS + 1))
        sleep 0.5 # let it play: the point is to run, not to wait for something
        key s s
        key r
        back_to_baseline "Reset on '$(title)'"
        RESETS=$((RESETS + 1))
    done
    # Leave it playing: the next PgDn must join the running threads.
    key space
    wait_for threads_above "$BASELINE" || fail_now "Space started no thread on '$(title)' this time"
}

THEMES=(light dark projector) THEME_KEYS=(l d p) LANGS=(en zh_CN) LANG_KEYS=(e c)
# Theme, language and zoom change "now and then": after every VIEW_EVERY-th round. Qt 6.4's
# QPixmapCache keeps every pixmap name it was given (clear() frees the pixmaps, not the names),
# and the style names its pixmaps after the widgets' palettes, new with every theme: each theme
# switch leaves ~10 KiB that no code of ours can free. A class switches a few times a day; a
# switch every round would measure that Qt bug a thousand times over and little else
# (--view-every; 3 by default).
# Rounds after which theme and language are back where they were (3 themes × 2 languages): RSS
# is compared between two such rounds, not between, say, a Chinese and an English one.
CYCLE_ROUNDS=$((6 * VIEW_EVERY))
ROUND=0 VIEWS=0
switch_view() {
    # It starts light and English: the first switch goes to dark and (again) English.
    local theme=$(((VIEWS + 1) % 3)) lang=$((VIEWS % 2)) before
    menu alt+v t "${THEME_KEYS[$theme]}"
    wait_for ini_has "theme=${THEMES[$theme]}" ||
        fail_now "View → Theme → ${THEMES[$theme]} by keys did not switch the theme"
    before=$(title)
    menu alt+v a "${LANG_KEYS[$lang]}"
    if [ $VIEWS -gt 0 ]; then
        wait_for title_is_not "$before" ||
            fail_now "View → Language → ${LANGS[$lang]} by keys did not retranslate '$before'"
    fi
    key ctrl+equal ctrl+equal
    wait_for ini_has "zoom=120" || fail_now "Ctrl+= twice did not zoom to 120 %"
    key ctrl+minus
    wait_for ini_has "zoom=110" || fail_now "Ctrl+- did not zoom out to 110 %"
    key ctrl+0
    wait_for ini_has "zoom=100" || fail_now "Ctrl+0 did not reset the zoom"
    VIEWS=$((VIEWS + 1))
}

one_round() {
    local i
    drive_demo 0
    for ((i = 1; i < ${#LESSONS[@]}; i++)); do
        switch_lesson Next
        drive_demo "$i"
    done
    for ((i = 1; i < ${#LESSONS[@]}; i++)); do
        switch_lesson Prior
    done
    ROUND=$((ROUND + 1))
    [ $((ROUND % VIEW_EVERY)) -ne 0 ] || switch_view
    back_to_baseline "round $ROUND"
    printf '%s\t%s\t%s\t%s\n' "$ROUND" $(($(now_ms) - T0)) "$(rss_kb)" "$(threads)" >>"$OUT/rounds.tsv"
}

: >"$OUT/rounds.tsv"
while :; do
    one_round
    # Two cycles at least: the first visit of a theme in a language fills caches the second
    # only reuses.
    [ $(($(now_ms) - T0)) -ge $((WARMUP * 1000)) ] && [ $ROUND -ge $((2 * CYCLE_ROUNDS)) ] &&
        [ $((ROUND % CYCLE_ROUNDS)) -eq 0 ] && break
done
WARM_ROUND=$ROUND WARM_MS=$(($(now_ms) - T0)) WARM_RSS=$(rss_kb)
END_MS=$((WARM_MS + $(awk "BEGIN{printf \"%d\", $MINUTES * 60000}")))
while :; do
    one_round
    [ $(($(now_ms) - T0)) -ge $END_MS ] && [ $((ROUND % CYCLE_ROUNDS)) -eq 0 ] && break
done
END_RSS=$(rss_kb) FINISH_MS=$(($(now_ms) - T0))
MAX_RSS=$(awk -v w="$WARM_MS" '$1 >= w && $2 > m { m = $2 } END { print m + 0 }' "$OUT/samples.tsv")
MAX_POOLED=$(awk '$4 > m { m = $4 } END { print m + 0 }' "$OUT/samples.tsv")
# QThreadPool's global instance never runs more than one thread per core.
[ "$MAX_POOLED" -le "$(nproc)" ] || FAILURES+=("$MAX_POOLED pooled threads at once (Qt's pool keeps $(nproc) at most)")
[ "$DEMO_RUNS" -gt 0 ] || FAILURES+=("Space never started a demo thread on any lesson")

# --- quit by Ctrl+Q: everything must stop, nothing of the session may stay ----------------------
key ctrl+q
if ! exits_within 10; then
    FAILURES+=("the app was still running 10 s after Ctrl+Q")
else
    # A wrapper (profiler) may take its time writing its data.
    wait "$LAUNCH_PID" 2>/dev/null || true
    LEFT=$(session_left)
    [ -z "$LEFT" ] || FAILURES+=("process(es) $LEFT of the app's session left after quitting")
fi
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=

GROWTH=$(awk -v a="$WARM_RSS" -v b="$END_RSS" 'BEGIN { printf "%+.2f", (b - a) * 100 / a }')
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
awk -v g="$GROWTH" -v m="$MAX_GROWTH" 'BEGIN { exit !(g > m) }' &&
    FAILURES+=("RSS grew $GROWTH % after the warm-up (allowed $MAX_GROWTH %)")

echo "soak: report"
echo "  warm-up:  $((WARM_MS / 1000)) s, $WARM_ROUND round(s); measured: $(((FINISH_MS - WARM_MS) / 1000)) s, $((ROUND - WARM_ROUND)) round(s)"
echo "  each round: ${#LESSONS[@]} lessons by PgDn and back by PgUp, Play/Step/Reset on each; every ${VIEW_EVERY} rounds: theme, language, zoom ($VIEWS switches)"
echo "  RSS after warm-up $(mib "$WARM_RSS") → end $(mib "$END_RSS"): $GROWTH % (limit $MAX_GROWTH %), max $(mib "$MAX_RSS")"
echo "  threads: idle baseline $BASELINE; back to it after all $RESETS resets and $SWITCHES lesson switches (slowest ${SLOWEST_MS} ms); $DEMO_RUNS demo runs; Qt's pool up to $MAX_POOLED"
echo "  children: none after any reset or switch; ${LEFT:-none} left after quitting (Ctrl+Q took ${QUIT_MS:-?} ms)"
[ "$OUT" = "$TMP/out" ] ||
    echo "  samples: $OUT/samples.tsv (ms, RSS kB, threads, pooled, children, RssAnon, RssFile, RssShmem), $OUT/rounds.tsv (round, ms, RSS kB, threads)"
if [ ${#FAILURES[@]} -gt 0 ]; then
    printf 'soak: FAIL: %s\n' "${FAILURES[@]}" >&2
    exit 1
fi
echo "soak: PASS"
