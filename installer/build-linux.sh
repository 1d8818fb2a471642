#!/usr/bin/env bash
# Build the Linux one-folder bundle, then prove it runs: --smoke (offscreen) and doctor
# on a throwaway data folder. Fails if either fails. Used by `make installer`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
start=$(date +%s)
rm -rf build/pyinstaller dist/loket
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist installer/loket.spec
built=$(date +%s)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
./dist/loket/loket --version
./dist/loket/loket --data-dir "$tmp" --smoke
./dist/loket/loket --data-dir "$tmp" doctor
du -sh dist/loket | awk '{print "bundle size: "$1}'
echo "build: $((built - start)) s, checks: $(( $(date +%s) - built )) s"
