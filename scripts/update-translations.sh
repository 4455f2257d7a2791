#!/usr/bin/env bash
# Refreshes the .ts files of one module (or all) from the sources, then fills the English
# files (source text = translation), so only the zh_CN files need a human translator.
#   scripts/update-translations.sh [app|glossary|presenter|widgets|course|locks|<lesson id>|...]
# A lesson's translations live in its own folder: lessons/<id>/i18n/<id>_<lang>.ts (one Tr
# context per lesson); cc_add_lesson() compiles and embeds them. Every lessons/<id>/i18n (and
# tests/lessons/<id>/i18n, the kit's skeleton) is found by itself: a new lesson adds no line here.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
declare -A SOURCES=(
    [app]="app/*.cpp app/*.h" # not app/glossary, app/presenter: modules of their own
    [glossary]="app/glossary"
    [presenter]="app/presenter"
    [widgets]="widgets"
)
declare -A TS_DIR=([app]=app/i18n [glossary]=app/i18n [presenter]=app/i18n [widgets]=widgets/i18n)
for dir in lessons/*/i18n tests/lessons/*/i18n; do
    [ -d "$dir" ] || continue
    folder=${dir%/i18n}
    m=${folder##*/}
    SOURCES[$m]=$folder
    TS_DIR[$m]=$dir
done
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=("${!SOURCES[@]}")
for m in "${modules[@]}"; do
    src=${SOURCES[$m]:-}
    [ -n "$src" ] || { echo "unknown module: $m (known: ${!SOURCES[*]})" >&2; exit 2; }
    ts=${TS_DIR[$m]}
    # The include roots let lupdate see "locks/tr.h" etc., so Tr::tr() gets its real context.
    # shellcheck disable=SC2086 # $src may hold globs
    "$LUPDATE" -silent -no-obsolete -locations none -I . -I lessons -I tests/lessons -I app $src \
        -ts "$ts/${m}_zh_CN.ts" "$ts/${m}_en.ts"
    python3 scripts/fill-en-ts.py "$ts/${m}_en.ts"
done
# Report (and fail on) anything a translator still has to do.
# grep exits 1 when nothing is unfinished: that is the good case, not a failure.
all_ts=()
for m in "${!TS_DIR[@]}"; do all_ts+=("${TS_DIR[$m]}/${m}_zh_CN.ts" "${TS_DIR[$m]}/${m}_en.ts"); done
{ grep -c 'type="unfinished"' "${all_ts[@]}" || true; } | awk -F: '$2>0 {print "unfinished: " $0; bad=1} END {exit bad}'
