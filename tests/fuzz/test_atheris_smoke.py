"""A short coverage-guided run of each core parser (longer runs: see atheris_run.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.environment import missing
from tests.fuzz.targets import TARGETS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_a_short_atheris_run_finds_nothing(target: str) -> None:
    if importlib.util.find_spec("atheris") is None:
        missing("atheris", "it is not installed (it installs on Linux x86_64, Python < 3.13)")
    result = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.atheris_run", target, "-runs=20000", "-seed=1"],
        cwd=ROOT, capture_output=True, text=True, timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "DONE" in result.stderr
