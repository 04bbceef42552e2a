"""The core benchmark still runs (tiny sizes); its figures are read by people, not asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run([sys.executable, "-m", "tests.bench.bench_core", "--quick"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for label in ("receive_dossier", "due_time 3 working days", "name, 3 words",
                  "dossier code (exact)", "desk overdue filter"):
        assert label in result.stdout
    assert "median" in result.stdout and "p95" in result.stdout
