#!/usr/bin/env bash
# Regenerate the translation sources and the compiled catalogue:
#   loket_en.ts  — every user-facing string of ui/ and app/ (keeps existing translations)
#   loket_en.qm  — what the application loads when ui.language = en
# The strings of app/ are collected by extract.py into build/translations/app_strings.py,
# a build output that lupdate reads (git ignores build/).
# `--check`: write nothing; exit 1 naming every message without English (CI runs this).
# New strings: put their English in en.d/<area>.json (source → English), then run this;
# or translate them (type="unfinished") with pyside6-linguist loket_en.ts. A conflict in
# loket_en.ts: take either side, then run this again (it regenerates from the sources).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${VENV_BIN:-$root/.venv/bin}"
py="$bin/python"
[ -x "$py" ] || py="$(command -v python3)"
lupdate="$bin/pyside6-lupdate"; [ -x "$lupdate" ] || lupdate="$(command -v pyside6-lupdate)"
lrelease="$bin/pyside6-lrelease"; [ -x "$lrelease" ] || lrelease="$(command -v pyside6-lrelease)"

cd "$root"
out="$root/build/translations"
mkdir -p "$out"
"$py" "$here/extract.py" "$out/app_strings.py"
mapfile -t sources < <(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
ts="$here/loket_en.ts"
if [ "${1:-}" = "--check" ]; then
  cp "$here/loket_en.ts" "$out/loket_en.ts"
  ts="$out/loket_en.ts"
fi
# no line numbers in the .ts: a change elsewhere in a file does not touch the catalogue
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" "$out/app_strings.py" -ts "$ts"
# English of new messages from the per-area fragments (en.d/*.json, see fill.py)
"$py" "$here/fill.py" "$ts" >/dev/null
if [ "${1:-}" = "--check" ]; then
  exec "$py" "$here/check.py" "$ts"
fi
# lupdate again so the file keeps lupdate's own layout after fill.py wrote it
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" "$out/app_strings.py" -ts "$ts"
# only reviewed (finished) translations ship; guesses stay in the .ts for a translator
"$lrelease" -silent -nounfinished "$ts" -qm "$here/loket_en.qm"
# Qt's own dialogs in Indonesian (Qt ships no qtbase_id): Loket's translation of them
"$lrelease" -silent "$here/qtbase_id.ts" -qm "$here/qtbase_id.qm"
