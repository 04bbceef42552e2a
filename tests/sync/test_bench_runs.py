"""The sync benchmark still runs (small sizes, SQLite only); its figures are read, not asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_sync_benchmark_runs_and_prints_each_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_sync", "--dossiers", "400", "--batches", "200",
         "--stations", "0", "--no-postgres"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for label in ("[sqlite, 200 per request] 401 messages acknowledged",
                  "[sqlite, 200 per request, workstation side alone]",
                  "[sqlite, 1-message push round trip]", "[sqlite, server alone]"):
        assert label in done.stdout, done.stdout
