"""The reports benchmark still runs (tiny sizes, no PostgreSQL); people read its figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_reports_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run([sys.executable, "-m", "tests.bench.bench_reports", "--quick",
                             "--no-postgres"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert "period report, a year of one commune" in result.stdout
    assert "floor" in result.stdout and "ratio" in result.stdout
