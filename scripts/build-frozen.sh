#!/usr/bin/env bash
# Builds the frozen app (PyInstaller, one folder) into dist/onestop/: run it with
# dist/onestop/onestop (onestop.exe on Windows), no Python needed on that machine.
# Uses the project's .venv (made by scripts/setup.sh), or $PYTHON if set.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
if [ "${PYTHON:-}" = "" ]; then bash scripts/setup.sh; fi
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "${DIST_DIR:-dist}" --workpath "${WORK_DIR:-build/frozen}" packaging/onestop.spec
end=$(date +%s)
bundle="${DIST_DIR:-dist}/onestop"
echo "Built $bundle in $((end - start)) s; size: $(du -sh "$bundle" | cut -f1); launcher: $(du -sh "${DIST_DIR:-dist}/onestop-launcher" | cut -f1)"
