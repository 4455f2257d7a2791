#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   bash scripts/dev.sh run [APP ARGS…]  install what is missing, build (build/debug), start the app
#   bash scripts/dev.sh test             install, then ASan+UBSan build + ctest (build/asan),
#                                        then TSan engines-only build + ctest (build/tsan),
#                                        then the Release app and its .deb (build/release), and
#                                        checks the installed tree (scripts/check-package.sh),
#                                        then a 1-minute soak of that Release app and a
#                                        keyboard-only walk of the ASan app (scripts/keywalk.sh)
#   bash scripts/dev.sh package          install, Release build (build/release), cpack → .deb
#   bash scripts/dev.sh soak [ARGS…]     install, Release build, scripts/soak.sh ARGS
#   bash scripts/dev.sh bench [ARGS…]    install, Release build (build/release), concurrency-bench --json
#   bash scripts/dev.sh setup            only install what is missing
# Build folders are kept, so a second run only rebuilds what changed; with ccache (installed
# here) a fresh clone in another folder reuses the objects an earlier clone compiled.
set -euo pipefail
cd "$(dirname "$0")/.."

# qt6-charts-dev (+ libqt6opengl6-dev, which its CMake config needs): the lessons' charts.
# libcpp-httplib-dev, libxml2-dev, pkg-config: the crawler's server/client and HTML parser.
# libxxhash-dev: the pool's copy check.
# fonts-liberation2, fonts-noto-mono: the second font setup the fit and render tests also run
# under (tests/fonts/other-fonts.conf, the *_otherfonts tests).
# xdotool: the soak drives the real window; dpkg-dev and file: CPack's dpkg-shlibdeps; desktop-file-utils and appstream: the package checks.
PACKAGES=(cmake ninja-build g++ ccache pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-charts-dev libqt6opengl6-dev libcpp-httplib-dev libxml2-dev libxxhash-dev
          qt6-translations-l10n libgl-dev fonts-noto-cjk fonts-dejavu-core fonts-liberation2 fonts-noto-mono
          xvfb xauth
          dpkg-dev file desktop-file-utils appstream xdotool)
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

# ccache when present. Paths under this folder are hashed relative to it (CCACHE_BASEDIR) and the
# build folder's path is not hashed (CCACHE_NOHASHDIR), so a fresh clone elsewhere hits the cache
# an earlier clone filled. Set CMAKE_CXX_COMPILER_LAUNCHER= (empty) to build without it.
use_ccache() {
    command -v ccache >/dev/null || return 0
    export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER-ccache}
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
    # rcc writes each file's modification time into the generated source; a fresh clone's files
    # are all new, so without a fixed time every resource would be compiled again.
    export QT_RCC_SOURCE_DATE_OVERRIDE=${QT_RCC_SOURCE_DATE_OVERRIDE:-1}
}

# build DIR [TARGET|all] [CMAKE ARGS…]: configure once, then build incrementally.
build() {
    local dir=$1 target=$2
    shift 2
    # The launcher is passed every time (not only read from the environment on the first
    # configure), so build folders made before ccache was installed use it too.
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-}" "$@"
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

# The Release app, build/release/app/concurrency-classroom: what the package holds, and what
# other checks of the real app (e.g. a soak) should run, so it is built once per test run.
build_release() {
    build build/release concurrency-classroom -DCMAKE_BUILD_TYPE=Release
}

# The .deb of the app build_release built (CPack with Ninja builds nothing itself).
package() {
    rm -f build/release/concurrency-classroom_*.deb
    (cd build/release && cpack -G DEB) || return 1
    echo "dev.sh: package: $(ls build/release/concurrency-classroom_*.deb)"
}

cmd_run() {
    setup
    use_ccache
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
    use_ccache
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
    if build_release && package; then
        bash scripts/check-package.sh build/release || failed=1
    else
        failed=1
    fi
    # Memory that builds up over a day of class: the real window, driven by keys, without
    # sanitizers (ASan's quarantine would look like growth).
    # A view switch every round: two whole cycles of warm-up are 12 rounds of all eight lessons.
    bash scripts/soak.sh --app build/release/app/concurrency-classroom --minutes 1 --max-growth 5 \
        --view-every 1 ||
        failed=1
    # A teacher's walk by keys alone, each key checked by what it did; on the ASan+UBSan app, so
    # quitting must also leave no leak or sanitizer report (the exit status says so).
    bash scripts/keywalk.sh --app build/asan/app/concurrency-classroom || failed=1
    if [ $failed -ne 0 ]; then
        echo "dev.sh: FAILED (see above)" >&2
        return 1
    fi
    echo "dev.sh: all tests passed (ASan+UBSan, TSan, Release package and installed tree, soak, key walk)"
}

cmd_package() {
    setup
    use_ccache
    build_release
    package
}

cmd_soak() {
    setup
    use_ccache
    build_release
    bash scripts/soak.sh --app build/release/app/concurrency-classroom "$@"
}

cmd_bench() {
    # Set-up and build talk on stderr: stdout is the JSON alone, ready for a file or jq.
    setup >&2
    use_ccache
    build build/release concurrency-bench -DCMAKE_BUILD_TYPE=Release >&2
    local bench
    bench=$(find build/release -type f -name concurrency-bench -perm -u+x | head -n 1)
    "$bench" --json "$@"
}

case "${1:-}" in
run | test | package | bench | soak)
    c=$1
    shift
    "cmd_$c" "$@"
    ;;
setup) setup ;;
*)
    echo "usage: bash scripts/dev.sh run [APP ARGS…] | test | package | bench [ARGS…] | soak [ARGS…] | setup" >&2
    exit 2
    ;;
esac
