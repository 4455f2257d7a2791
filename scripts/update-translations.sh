#!/usr/bin/env bash
# Refreshes the .ts files of one module (or all) from the sources, then fills the English
# files (source text = translation), so only the zh_CN files need a human translator.
#   scripts/update-translations.sh [app|widgets|locks|catalog|...]
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
declare -A DIRS=(
    [app]="app/*.cpp app/*.h" # not app/glossary, app/presenter: modules of their own
    [widgets]="widgets"
    [catalog]="lessons/catalog"
    [locks]="lessons/locks"
    [queues]="lessons/queues"
    [crawler]="lessons/crawler"
    [glossary]="app/glossary"
    [presenter]="app/presenter"
)
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=("${!DIRS[@]}")
for m in "${modules[@]}"; do
    dir=${DIRS[$m]:-}
    [ -n "$dir" ] || { echo "unknown module: $m (known: ${!DIRS[*]})" >&2; exit 2; }
    # shellcheck disable=SC2086 # $dir may hold globs
    "$LUPDATE" -silent -no-obsolete -locations none $dir \
        -ts "app/i18n/${m}_zh_CN.ts" "app/i18n/${m}_en.ts"
    python3 scripts/fill-en-ts.py "app/i18n/${m}_en.ts"
done
# Report (and fail on) anything a translator still has to do.
# grep exits 1 when nothing is unfinished: that is the good case, not a failure.
{ grep -c 'type="unfinished"' app/i18n/*.ts || true; } | awk -F: '$2>0 {print "unfinished: " $0; bad=1} END {exit bad}'
