"""Fixtures of the scanning tests: the core's workstation fixtures and a SANE test set-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.conftest import test_clock, workspace  # noqa: F401  (fixtures)
from tests.scanning.sane_env import SaneTestScanners


@pytest.fixture
def sane(tmp_path: Path) -> SaneTestScanners:
    return SaneTestScanners(tmp_path / "sane")
