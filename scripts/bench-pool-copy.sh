#!/usr/bin/env bash
# The issue's "must show" for the pool lesson, measured as a user types the commands (each a new
# process): copy 100 files x 1 MiB with `--run pool-copy` (5 worker processes), `cp -r`, and the
# notes' own Python multiprocessing.Pool(5) copy (read(1024) / write until empty), RUNS times
# each, interleaved; every copy is checked with `diff -r`. Prints each time and the medians.
#   scripts/bench-pool-copy.sh [APP] [RUNS]   (APP: a Release build's concurrency-classroom)
set -euo pipefail
APP=${1:-build/release/app/concurrency-classroom}
RUNS=${2:-5}
[ -x "$APP" ] || { echo "no executable at '$APP': build the Release app first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/src"
for i in $(seq -w 1 100); do head -c 1048576 /dev/urandom > "$work/src/file$i.bin"; done
cat > "$work/pool.py" <<'PY'
# The notes' copy, with its two slips fixed (os.path.getsize; stop when read() returns b'').
import os, sys
from multiprocessing import Pool

def copy(src, dst):
    with open(src, 'rb') as fp1, open(dst, 'wb') as fp2:
        while True:
            content = fp1.read(1024)
            if not content:
                break
            fp2.write(content)

if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    os.mkdir(dst)
    with Pool(5) as pool:
        pool.starmap(copy, [(os.path.join(src, f), os.path.join(dst, f)) for f in os.listdir(src)])
PY
now() { date +%s.%N; }
declare -A times
for run in $(seq 1 "$RUNS"); do
    for kind in pool cp python; do
        dst="$work/dst-$kind-$run"
        sync
        t0=$(now)
        case $kind in
        pool) "$APP" --run pool-copy --src "$work/src" --dst "$dst" --workers 5 > /dev/null ;;
        cp) cp -r "$work/src" "$dst" ;;
        python) python3 "$work/pool.py" "$work/src" "$dst" ;;
        esac
        t1=$(now)
        diff -r "$work/src" "$dst" > /dev/null || { echo "diff -r: $kind run $run differs" >&2; exit 1; }
        ms=$(echo "($t1 - $t0) * 1000" | bc)
        times[$kind]+="$ms "
        printf '%-7s run %d: %8.1f ms (diff -r: identical)\n' "$kind" "$run" "$ms"
        rm -rf "$dst"
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for kind in pool cp python; do
    printf 'median %-7s %8.1f ms\n' "$kind" "$(echo "${times[$kind]}" | median)"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
