#!/usr/bin/env bash
# Regenerate the translation sources and the compiled catalogue:
#   loket_en.ts  — every user-facing string of ui/ and app/ (keeps existing translations)
#   loket_en.qm  — what the application loads when ui.language = en
# Translate new strings (type="unfinished") with pyside6-linguist loket_en.ts, then run again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${VENV_BIN:-$root/.venv/bin}"
py="$bin/python"
[ -x "$py" ] || py="$(command -v python3)"
lupdate="$bin/pyside6-lupdate"; [ -x "$lupdate" ] || lupdate="$(command -v pyside6-lupdate)"
lrelease="$bin/pyside6-lrelease"; [ -x "$lrelease" ] || lrelease="$(command -v pyside6-lrelease)"

cd "$root"
"$py" "$here/extract.py" "$here/app_strings.py"
mapfile -t sources < <(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
"$lupdate" -no-obsolete -locations relative "${sources[@]}" "$here/app_strings.py" \
    -ts "$here/loket_en.ts"
# only reviewed (finished) translations ship; guesses stay in the .ts for a translator
"$lrelease" -nounfinished "$here/loket_en.ts" -qm "$here/loket_en.qm"
