"""The printing benchmark still runs (tiny sizes); its figures are read, not asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_printing_benchmark_runs_and_prints_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, "tests/bench/bench_printing.py", "--runs", "2", "--dossiers", "40"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for label in ("form 01 print_form", "list_printed with 5 prints", "tracking book"):
        assert label in done.stdout


def test_forms_benchmark_runs_and_prints_its_floors() -> None:
    done = subprocess.run(
        [sys.executable, "tests/bench/bench_forms.py", "--runs", "2", "--book-rows", "20"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for label in ("form 01, A5, one copy", "floor: same TTF and text on a bare canvas",
                  "second floor: + QR and barcode, RL widgets",
                  "no layout: its faces, text and codes", "form 06", "form 07"):
        assert label in done.stdout
