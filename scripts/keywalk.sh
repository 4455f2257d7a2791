#!/usr/bin/env bash
# A teacher's lesson walk by keyboard alone, in the real window on an Xvfb display of its own:
# every lesson of the registry (`--list-lessons`) by PgDn; on each demo Step (S), scheduler mode
# (its mnemonic Alt+S) with a grant (1), Reset (R), the Code slide's checkpoint calls (C), the
# lesson's own plain keys (locks: L, Y, a thread count), Play (Space) until the run finishes; then
# PgUp, zoom (Ctrl+= Ctrl+-), the language (View → Language by its mnemonics) and Ctrl+Q.
# Every key is checked by what it did, read from the app's CC_STATUS_LOG (a line of the window's
# state each time it changes: lesson, run, slide, scheduler, controls) and from /proc (threads,
# child processes); each wait polls with a generous bound (a loaded 2-core machine, ASan), so
# a slow machine passes and a key that does nothing fails. Fails (exit 1) naming the key and
# the lesson; at the end the app must have exited 0 within the bound with no process of its
# session left. Ends only what it started (Xvfb, the app), by PID.
#
#   scripts/keywalk.sh [--app PATH] [--timeout SECONDS] [--lessons 'ID…']
#     --app PATH       the executable (default build/release/app/concurrency-classroom)
#     --timeout S      bound of each wait (default 60: an ASan build on a busy machine)
#     --lessons 'ID…'  walk only these lessons, in course order (default: every lesson)
# Needs: Xvfb, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/realwindow.sh
. scripts/lib/realwindow.sh

APP=build/release/app/concurrency-classroom
TIMEOUT=60
ONLY=

usage() {
    sed -n '14,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
}
bad() { # bad OPTION VALUE ALLOWED
    echo "keywalk: $1 '$2' is not allowed: $3" >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case $1 in
    -h | --help) usage ;;
    --app) [ $# -ge 2 ] || bad option "$1" "--app PATH"; APP=$2 ;;
    --timeout) { [ $# -ge 2 ] && [[ $2 =~ ^[1-9][0-9]*$ ]]; } || bad --timeout "${2:-}" "whole seconds >= 1"; TIMEOUT=$2 ;;
    --lessons) [ $# -ge 2 ] || bad option "$1" "--lessons 'ID…'"; ONLY=$2 ;;
    *) bad option "$1" "--app PATH, --timeout SECONDS, --lessons 'ID…'" ;;
    esac
    shift 2
done
for tool in Xvfb xdotool setsid; do
    command -v "$tool" >/dev/null || { echo "keywalk: missing $tool (apt-get install xvfb xdotool)" >&2; exit 2; }
done
[ -x "$APP" ] || bad --app "$APP" "an executable (build target concurrency-classroom first)"
APP=$(realpath "$APP")
mapfile -t LESSONS < <("$APP" --list-lessons)
[ ${#LESSONS[@]} -ge 1 ] || { echo "keywalk: $APP --list-lessons printed no lesson" >&2; exit 1; }
if [ -n "$ONLY" ]; then
    for id in $ONLY; do
        printf '%s\n' "${LESSONS[@]}" | grep -qx -- "$id" || bad --lessons "$id" "lessons of $APP --list-lessons: ${LESSONS[*]}"
    done
    mapfile -t LESSONS < <(printf '%s\n' "${LESSONS[@]}" | grep -xF -f <(tr ' ' '\n' <<<"$ONLY"))
fi

TMP=$(mktemp -d)
# A config folder of our own: the walk must not change the user's lesson, theme or zoom. Full
# speed, so each Play finishes its run within the bound (the slider takes no key of its own).
export XDG_CONFIG_HOME=$TMP/config
mkdir -p "$XDG_CONFIG_HOME/ConcurrencyClassroom"
printf '[General]\nspeed=100\n' >"$XDG_CONFIG_HOME/ConcurrencyClassroom/concurrency-classroom.ini"
export CC_STATUS_LOG=$TMP/status.log
# As the tests run (cc_add_test): Qt's own libraries (Charts, text layout) leave allocations at
# exit that LeakSanitizer would turn into exit status 1; a sanitizer error still fails the exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
cleanup() {
    end_pids "$APP_PID" "$LAUNCH_PID" "$XVFB_PID"
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LESSON='(start)'
fail_now() {
    echo "keywalk: FAIL on '$LESSON': $*" >&2
    [ -s "$CC_STATUS_LOG" ] && { echo "keywalk: the app's last state:" >&2; tail -n 1 "$CC_STATUS_LOG" | tr '\t' '\n' | sed 's/^/    /' >&2; }
    [ -s "$TMP/app.log" ] && { echo "keywalk: the app's output:" >&2; tail -n 20 "$TMP/app.log" >&2; }
    exit 1
}

start_xvfb
# The app is its own session's leader (no wrapper): `wait` on it gives its exit status.
start_app "$TIMEOUT" --lesson "${LESSONS[0]}" --lang en --theme light
[ "$SESSION" = "$APP_PID" ] || fail_now "the app is not its own session"

# state KEY: the field KEY of the app's state now ("" when the line has none).
state() { tail -n 1 "$CC_STATUS_LOG" 2>/dev/null | tr '\t' '\n' | awk -v k="$1=" 'index($0, k) == 1 { print substr($0, length(k) + 1); exit }'; }
has_field() { tail -n 1 "$CC_STATUS_LOG" 2>/dev/null | tr '\t' '\n' | grep -q "^$1="; }
is() { [ "$(state "$1")" = "$2" ]; }
is_not() { [ "$(state "$1")" != "$2" ]; }
above() { local v; v=$(state "$1"); [ -n "$v" ] && [ "$v" -gt "$2" ]; }
no_children() { [ -z "$(children)" ]; }
played() { is playing 1 || above finished "$1"; } # played SINCE: playing, or a run finished since
# wait_for COMMAND…: polls COMMAND until it succeeds, at most TIMEOUT s; SLOWEST_MS keeps the
# longest wait seen.
SLOWEST_MS=0 SLOWEST=''
wait_for() {
    poll_until "$TIMEOUT" "$@" || return 1
    [ "$WAITED_MS" -le "$SLOWEST_MS" ] || { SLOWEST_MS=$WAITED_MS; SLOWEST="$LESSON: $*"; }
}
KEYS=0
key() {
    alive
    xdotool key --clearmodifiers "$@"
    KEYS=$((KEYS + $#))
}
# expect KEY WHAT COMMAND…: presses KEY, then waits for COMMAND; WHAT says what should happen.
# A key that does not do it is a failure noted for the report, and the walk goes on (false is
# returned), so one walk finds every broken key, not only the first.
FAILURES=()
expect() {
    local k=$1 what=$2
    shift 2
    key "$k"
    wait_for "$@" && return 0
    FAILURES+=("$LESSON: $k: $what did not happen within $TIMEOUT s (state: $(tail -n 1 "$CC_STATUS_LOG" | cut -f5- | tr '\t' ' '))")
    echo "keywalk: ${FAILURES[-1]}" >&2
    return 1
}
# settled WHAT: the lesson's threads joined (back to the idle count) and no child left.
settled() {
    wait_for threads_at_most "$BASELINE" ||
        fail_now "$(threads) threads $TIMEOUT s after $1 (idle: $BASELINE): $(thread_names)"
    wait_for no_children || fail_now "child process(es) $(children) left after $1"
}

wait_for is lesson "${LESSONS[0]}" || fail_now "CC_STATUS_LOG never showed lesson ${LESSONS[0]}"
LESSON=${LESSONS[0]}
# The idle thread count: once the window has settled and nothing has played.
wait_for is title "$(state title)"
sleep 1
BASELINE=$(threads)
echo "keywalk: app pid $APP_PID on display $DISPLAY, $BASELINE threads idle; lessons: ${LESSONS[*]}"

# The lesson's own plain keys, by lesson (each checked by the control it moves).
lesson_keys() {
    case $LESSON in
    locks)
        local lock yield
        lock=$(state '[Use the lock]') yield=$(state '[Race window]')
        expect l "the lock check box flipping" is '[Use the lock]' $((1 - lock)) || true
        expect y "the race-window check box flipping" is '[Race window]' $((1 - yield)) || true
        expect 3 "3 threads" is '[Number of threads]' 3 || true
        expect 2 "2 threads" is '[Number of threads]' 2 || true
        expect l "the lock check box flipping back" is '[Use the lock]' "$lock" || true
        expect y "the race-window check box flipping back" is '[Race window]' "$yield" || true
        LESSON_KEYS=$((LESSON_KEYS + 6))
        ;;
    queues)
        # A call by its key runs a thread per queue: P puts, G gets, each recorded as steps.
        local steps
        steps=$(state steps)
        expect p "q.put(x) by P" above steps "$steps" || true
        steps=$(state steps)
        expect g "q.get() by G" above steps "$steps" || true
        steps=$(state steps)
        expect q "q.qsize() by Q" above steps "$steps" || true
        LESSON_KEYS=$((LESSON_KEYS + 3))
        # A call plays the console: Reset, so Space below starts it rather than pausing it.
        expect r "Reset after the calls" is steps 0 || true
        settled "Reset after the calls"
        ;;
    esac
}

# Console lessons run what the class calls (queues: a thread per q.put()/q.get() button): after
# the first step every thread waits for a call, so Step and a grant move nothing and a run never
# finishes by itself; Play must still play.
CONSOLES=" queues "
DEMOS=0 RUNS=0 GRANTS=0 LESSON_KEYS=0 NO_SCHEDULER=()
walk_demo() {
    if ! has_field scheduler; then
        # No demo (a coming lesson): Space must not start anything.
        key space
        settled "Space on a lesson without a demo"
        return
    fi
    DEMOS=$((DEMOS + 1))
    local steps console=0
    [[ $CONSOLES == *" $LESSON "* ]] && console=1
    if expect s "a recorded step" above steps 0; then
        is playing 0 || fail_now "S left the demo playing"
        steps=$(state steps)
        [ $console = 1 ] || expect s "another recorded step" above steps "$steps" || true
    fi
    # Scheduler mode by its check box's mnemonic, then a grant to thread 1 by its number key.
    key alt+s
    if wait_for is scheduler 1; then
        steps=$(state steps)
        if [ $console = 0 ]; then
            expect 1 "a step granted to thread 1" above steps "$steps" && GRANTS=$((GRANTS + 1))
        fi
        expect alt+s "scheduler mode ending" is scheduler 0 || true
    else
        NO_SCHEDULER+=("$LESSON")
    fi
    expect r "Reset to an empty run" is steps 0 || true
    settled "Reset"
    # The Code slide's checkpoint calls: C opens the slide with them shown, C again hides them.
    if has_field checkpoints; then
        if expect c "the Code slide with its checkpoint calls" is checkpoints 1; then
            is slide 2 || FAILURES+=("$LESSON: C showed the checkpoint calls but not the Code slide")
            expect c "the checkpoint calls folded away" is checkpoints 0 || true
        fi
    fi
    lesson_keys
    # Play at full speed until the run finishes by itself (finished: runs so far, any lesson).
    local runs
    runs=$(state finished)
    if [ $console = 1 ]; then
        expect space "the console playing" is playing 1 || true
    elif expect space "a run finishing" above finished "$runs"; then
        wait_for is playing 0 || FAILURES+=("$LESSON: the run finished but still plays")
        RUNS=$((RUNS + 1))
    fi
    expect r "Reset after the run" is steps 0 || true
    settled "Reset"
}

for ((i = 0; i < ${#LESSONS[@]}; i++)); do
    if [ "$i" -gt 0 ]; then
        expect Next "PgDn to lesson ${LESSONS[$i]}" is lesson "${LESSONS[$i]}" || fail_now "PgDn is the walk's way on"
        LESSON=${LESSONS[$i]}
        settled "PgDn to $LESSON"
    fi
    walk_demo
done
# Back by PgUp, leaving a run playing: the switch must join it.
if [ ${#LESSONS[@]} -gt 1 ]; then
    if has_field scheduler; then
        expect space "a run playing" played "$(state finished)" || true
    fi
    expect Prior "PgUp to lesson ${LESSONS[-2]}" is lesson "${LESSONS[-2]}" || true
    LESSON=${LESSONS[-2]}
    settled "PgUp to $LESSON"
fi

# Zoom and language, each read back from the window's state.
zoom=$(state zoom)
expect ctrl+equal "zooming in" above zoom "$zoom" || true
expect ctrl+minus "zooming back out" is zoom "$zoom" || true
title=$(state title)
menu alt+v a c
wait_for is lang zh_CN || fail_now "View → Language → Chinese by keys did not switch the language"
wait_for is_not title "$title" || fail_now "the title was not retranslated into Chinese"
menu alt+v a e
wait_for is lang en || fail_now "View → Language → English by keys did not switch back"
wait_for is title "$title" || fail_now "the title did not come back in English"

# Quit with a run playing: every thread joined, every child reaped, exit status 0. Space after
# the menus and a PgUp back must play, not press whatever has the focus.
if has_field scheduler; then
    expect space "a run playing after the menus" played "$(state finished)" || true
fi
key ctrl+q
exits_within "$TIMEOUT" || fail_now "the app was still running $TIMEOUT s after Ctrl+Q"
RC=0
wait "$APP_PID" || RC=$?
LEFT=$(session_left)
APP_PID='' LAUNCH_PID=''
[ "$RC" = 0 ] || { LESSON='(quit)'; fail_now "the app exited with status $RC after Ctrl+Q"; }
[ -z "$LEFT" ] || { LESSON='(quit)'; fail_now "process(es) $LEFT of the app's session left after quitting"; }

echo "keywalk: report"
echo "  ${#LESSONS[@]} lessons by PgDn and back by PgUp; $DEMOS demos: Step, Reset, checkpoint calls (C), Play to the end on each ($RUNS runs finished)"
echo "  scheduler mode by Alt+S with a grant on $GRANTS; lesson keys checked: $LESSON_KEYS; zoom and both languages by keys"
[ ${#NO_SCHEDULER[@]} -eq 0 ] || echo "  no scheduler mode by Alt+S on: ${NO_SCHEDULER[*]} (no such control there)"
echo "  threads back to $BASELINE and no child after every Reset and switch; slowest wait ${SLOWEST_MS} ms ($SLOWEST)"
echo "  $KEYS keys; Ctrl+Q: exit 0 after $QUIT_MS ms, nothing of the session left"
if [ ${#FAILURES[@]} -gt 0 ]; then
    printf 'keywalk: FAIL: %s\n' "${FAILURES[@]}" >&2
    exit 1
fi
echo "keywalk: PASS"
