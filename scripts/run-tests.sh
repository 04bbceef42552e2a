#!/usr/bin/env bash
# Installs what is needed, checks the code (ruff, mypy on the core, the layer
# contract with import-linter) and runs the whole test suite. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
