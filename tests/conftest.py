"""Shared test set-up: Qt offscreen, a fresh data directory per test."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Installation keys of test data folders go to a throw-away folder, never the user's.
os.environ.setdefault("ONESTOP_KEY_DIR", tempfile.mkdtemp(prefix="onestop-keys-"))
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Property tests judge outcomes, never time: a loaded 2-core machine must not fail them.
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("outcomes-only", deadline=None)
hypothesis_settings.load_profile("outcomes-only")

# The central server and PostgreSQL fixtures serve tests/sync and tests/security alike.
pytest_plugins = ["tests.sync.fixtures"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path
