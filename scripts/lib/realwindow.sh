# shellcheck shell=bash
# What the scripts that drive the real window by keys (scripts/keywalk.sh, scripts/soak.sh) share:
# an Xvfb display of their own, the app started on it in a session of its own with its window
# focused, readings of the app from /proc, polling with a bound, and opening a menu key by key.
# Sourced, not run: `. scripts/lib/realwindow.sh` after `set -euo pipefail`.
#
# The sourcing script provides
#   TMP               a private temporary folder: Xvfb's log, its display number and the app's
#                     output (app.log) go there
#   APP               the app's executable, an absolute path (realpath)
#   fail_now MSG…     reports MSG (and whatever it knows of the app) and exits 1
#   key KEY…          presses KEY… in the window (xdotool key), for menu
#   wait_for CMD…     polls CMD until it succeeds within the script's bound, for menu
# and its EXIT trap ends what this starts, by PID: end_pids $APP_PID $LAUNCH_PID $XVFB_PID.
#
# It sets XVFB_PID, LAUNCH_PID (the job started: the app, or the wrapper it runs under), APP_PID
# (the process running APP), SESSION (the app's session id), WID (its window), DISPLAY, and
# WAITED_MS (how long the last poll_until took) and QUIT_MS (how long the app took to exit).

XVFB_PID='' LAUNCH_PID='' APP_PID='' SESSION='' WID='' WAITED_MS=0 QUIT_MS=''

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# end_pids PID…: ends each PID still running (SIGTERM) and reaps it; empty arguments are skipped.
end_pids() {
    local pid
    for pid in "$@"; do
        [ -n "$pid" ] || continue
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
}

# start_xvfb: a 1280×800 display of our own, exported as DISPLAY (Wayland and a QPA platform
# from the caller's environment are dropped, so Qt takes this X display). Xvfb picks a free
# number itself and writes it to fd 3: no race with another display on the machine.
start_xvfb() {
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$TMP/display" >"$TMP/xvfb.log" 2>&1 &
    XVFB_PID=$!
    local _
    for _ in $(seq 100); do
        [ -s "$TMP/display" ] && break
        kill -0 "$XVFB_PID" 2>/dev/null || { cat "$TMP/xvfb.log" >&2; fail_now "Xvfb did not start"; }
        sleep 0.1
    done
    [ -s "$TMP/display" ] || fail_now "Xvfb gave no display number within 10 s"
    DISPLAY=:$(head -n1 "$TMP/display")
    export DISPLAY
    unset WAYLAND_DISPLAY QT_QPA_PLATFORM
}

# start_app SECONDS [--wrap 'CMD ARGS'] APP_ARGS…: starts APP with APP_ARGS on DISPLAY (output to
# $TMP/app.log), in a session of its own so anything it forks can be found after it quits (and
# is not in ours), under CMD when given (a profiler); waits for its window at most SECONDS and
# focuses it. Must run in the script's own shell (not in $(…)): the app is its background job,
# so `wait "$LAUNCH_PID"` gives its exit status. A background job of a script is no group
# leader, so setsid execs what follows itself: without a wrapper LAUNCH_PID is the app's PID.
start_app() {
    local bound=$1 wrap=''
    shift
    if [ "${1:-}" = --wrap ]; then
        wrap=$2
        shift 2
    fi
    # shellcheck disable=SC2086 # the wrapper is a command line on purpose
    setsid $wrap "$APP" "$@" >"$TMP/app.log" 2>&1 &
    LAUNCH_PID=$!
    local _
    for _ in $(seq 300); do
        APP_PID=$(find_app)
        [ -n "$APP_PID" ] && break
        kill -0 "$LAUNCH_PID" 2>/dev/null || fail_now "the app exited at start"
        sleep 0.1
    done
    [ -n "$APP_PID" ] || fail_now "no process runs $APP after 30 s"
    SESSION=$(ps -o sid= -p "$APP_PID" | tr -d ' ')
    WID=$(timeout "$bound" xdotool search --sync --onlyvisible --pid "$APP_PID" | head -n1) ||
        fail_now "no window from pid $APP_PID within $bound s"
    xdotool windowfocus --sync "$WID" 2>/dev/null || xdotool windowfocus "$WID"
}

# find_app: the PID of LAUNCH_PID or of its first descendant that runs APP (under a wrapper the
# app is one of its descendants; until setsid has exec'd, none is); nothing when there is none.
find_app() {
    local todo=("$LAUNCH_PID") pid
    while [ ${#todo[@]} -gt 0 ]; do
        pid=${todo[0]}
        todo=("${todo[@]:1}")
        [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$APP" ] && { echo "$pid"; return; }
        mapfile -t -O "${#todo[@]}" todo < <(pgrep -P "$pid" || true)
    done
}

# alive: fails the script (fail_now) when the app has died.
alive() { kill -0 "$APP_PID" 2>/dev/null || fail_now "the app (pid $APP_PID) died; see above"; }

# poll_until SECONDS COMMAND…: runs COMMAND every 20 ms until it succeeds (0, WAITED_MS: how
# long it took) or SECONDS have passed (1); fails the script if the app dies meanwhile. The
# bounds are hang detectors, generous for a loaded 2-core machine or a sanitizer build: a slow
# machine passes, a key that does nothing fails.
poll_until() {
    local bound=$1 t0
    shift
    t0=$(now_ms)
    until "$@"; do
        alive
        [ $(($(now_ms) - t0)) -lt $((bound * 1000)) ] || return 1
        sleep 0.02
    done
    # shellcheck disable=SC2034 # for the sourcing script
    WAITED_MS=$(($(now_ms) - t0))
}

# exits_within SECONDS: waits until the app has exited, at most SECONDS; 0 and QUIT_MS (how
# long it took) when it did, 1 when it still runs. Its exit status is then `wait "$LAUNCH_PID"`'s.
exits_within() {
    local t0
    t0=$(now_ms)
    while kill -0 "$APP_PID" 2>/dev/null && [ $(($(now_ms) - t0)) -lt $(($1 * 1000)) ]; do
        sleep 0.05
    done
    kill -0 "$APP_PID" 2>/dev/null && return 1
    # shellcheck disable=SC2034 # for the sourcing script
    QUIT_MS=$(($(now_ms) - t0))
}

# session_left: the PIDs still in the app's session (space-separated; empty when none).
session_left() { pgrep -s "$SESSION" | paste -sd ' ' - || true; }

# --- the app as /proc shows it --------------------------------------------------------------------
# status_field NAME: a field of /proc/APP_PID/status (Threads, VmRSS, …); empty once it is gone.
status_field() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || true; }
# Qt's global thread pool (threads named "Thread (pooled)") loads fonts and scales images for a
# repaint after a theme or zoom change, and retires its threads 30 s after they fall idle: not
# the lessons' threads, so they are counted apart from them.
pooled() { grep -cx 'Thread (pooled)' /proc/"$APP_PID"/task/*/comm 2>/dev/null | awk -F: '{ n += $NF } END { print n + 0 }'; }
# threads: the app's threads but Qt's pooled ones: what a baseline of the lessons compares.
threads() {
    local all
    all=$(status_field Threads)
    echo $((${all:-0} - $(pooled)))
}
threads_at_most() { [ "$(threads)" -le "$1" ]; }
threads_above() { [ "$(threads)" -gt "$1" ]; }
# children: the app's child processes (space-separated PIDs; empty when none).
children() { pgrep -P "$APP_PID" | paste -sd ' ' - || true; }
# thread_names: how many threads of each name the app runs now, on one line (for a failure).
thread_names() { cat /proc/"$APP_PID"/task/*/comm | sort | uniq -c | tr -s ' \n' ' '; }

# --- windows and menus ----------------------------------------------------------------------------
windows() { xdotool search --onlyvisible --pid "$APP_PID" 2>/dev/null | wc -l; }
windows_more_than() { [ "$(windows)" -gt "$1" ]; }
windows_at_most() { [ "$(windows)" -le "$1" ]; }
# menu KEY…: opens a menu (and submenus) key by key, each key only once its popup is up, so no
# key reaches the window beneath; the last key picks the entry.
menu() {
    local n k
    n=$(windows)
    for k in "${@:1:$#-1}"; do
        key "$k"
        wait_for windows_more_than "$n" || fail_now "menu key $k opened no menu"
        n=$(windows)
    done
    key "${@: -1}"
    wait_for windows_at_most 1 || fail_now "menu ${*} stayed open"
}
