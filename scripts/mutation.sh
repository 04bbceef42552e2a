#!/usr/bin/env bash
# Mutation testing of the core's rule modules, each against its own tests only;
# prints the score per file. Arguments go to tests/mutation.py (module names,
# --extras, --survivors, --minimum PERCENT).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m tests.mutation "$@"
