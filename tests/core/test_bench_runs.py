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
                  "dossier code (exact)", "desk overdue filter", "floor: FTS5 MATCH",
                  "second floor", "target: app p95 < 50 ms"):
        assert label in result.stdout
    assert "median" in result.stdout and "p95" in result.stdout


def test_search_databases_can_be_kept_between_runs(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "tests.bench.bench_core", "--quick", "--search-only",
               "--sizes", "300", "--keep-search-db", str(tmp_path)]
    first = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "Search with 300 dossiers (bulk insert took" in first.stdout
    assert "receive_dossier" not in first.stdout
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "Search with 300 dossiers (kept database reused" in again.stdout
    assert "target: app p95" in again.stdout
