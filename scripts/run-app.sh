#!/usr/bin/env bash
# Installs what is needed, then starts the counter app. Arguments go to main.py,
# e.g. `scripts/run-app.sh --demo` (demo agency, users, catalogue, virtual card).
# A command that acts as a person logs in: `scripts/run-app.sh dossier list --user canbo`
# asks canbo's password (or reads it from standard input with --password-stdin).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
