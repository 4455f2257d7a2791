#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   bash scripts/dev.sh run [APP ARGS…]  install what is missing, build (build/debug), start the app
#   bash scripts/dev.sh test             install, then ASan+UBSan build + ctest (build/asan),
#                                        then TSan engines-only build + ctest (build/tsan)
#   bash scripts/dev.sh bench [ARGS…]    install, Release build (build/release), concurrency-bench --json
#   bash scripts/dev.sh setup            only install what is missing
# Build folders are kept, so a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-charts-dev libcpp-httplib-dev libxml2-dev
          qt6-translations-l10n libgl-dev fonts-noto-cjk xvfb xauth)
# Two cores are the norm here; more jobs only make the machine swap.
JOBS=${JOBS:-2}

setup() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

# build DIR [TARGET|all] [CMAKE ARGS…]: configure once, then build incrementally.
build() {
    local dir=$1 target=$2
    shift 2
    cmake -S . -B "$dir" -G Ninja "$@"
    # -k 0: report every compile error in one go, not just the first.
    cmake --build "$dir" --parallel "$JOBS" --target "$target" -- -k 0
}

# ThreadSanitizer cannot map its shadow memory under some ASLR settings: run without ASLR.
no_aslr() {
    if command -v setarch >/dev/null; then
        setarch "$(uname -m)" -R "$@"
    else
        "$@"
    fi
}

cmd_run() {
    setup
    build build/debug concurrency-classroom -DCMAKE_BUILD_TYPE=Debug
    local app=build/debug/app/concurrency-classroom
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "dev.sh: no display found; starting on a virtual X server (xvfb-run)." >&2
        echo "dev.sh: to look at it, use --screenshot FILE.png instead." >&2
        exec xvfb-run -a "$app" "$@"
    fi
    exec "$app" "$@"
}

cmd_test() {
    setup
    local failed=0
    if build build/asan all -DCMAKE_BUILD_TYPE=Debug -DCC_SANITIZE=address,undefined -DCC_ENGINES_ONLY=OFF; then
        (cd build/asan && ctest --output-on-failure) || failed=1
    else
        failed=1
    fi
    if build build/tsan all -DCMAKE_BUILD_TYPE=Debug -DCC_SANITIZE=thread -DCC_ENGINES_ONLY=ON; then
        (cd build/tsan && no_aslr ctest --output-on-failure) || failed=1
    else
        failed=1
    fi
    if [ $failed -ne 0 ]; then
        echo "dev.sh: FAILED (see above)" >&2
        return 1
    fi
    echo "dev.sh: all tests passed (ASan+UBSan, TSan)"
}

cmd_bench() {
    # Set-up and build talk on stderr: stdout is the JSON alone, ready for a file or jq.
    setup >&2
    build build/release concurrency-bench -DCMAKE_BUILD_TYPE=Release >&2
    local bench
    bench=$(find build/release -type f -name concurrency-bench -perm -u+x | head -n 1)
    "$bench" --json "$@"
}

case "${1:-}" in
run | test | bench)
    c=$1
    shift
    "cmd_$c" "$@"
    ;;
setup) setup ;;
*)
    echo "usage: bash scripts/dev.sh run [APP ARGS…] | test | bench [ARGS…] | setup" >&2
    exit 2
    ;;
esac
