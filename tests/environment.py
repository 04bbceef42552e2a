"""Tests that need a part of the machine (pcscd, PostgreSQL, unshare, atheris) say so.

Outside CI a missing part skips the test with the reason. Under ``CI=true`` the CI
machine is meant to have every part, so a missing one fails the run with the reason
instead of passing silently.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(part: str, reason: str) -> NoReturn:
    """Skip (or under CI fail) because ``part`` cannot run here, for ``reason``."""
    if in_ci():
        pytest.fail(f"{part} must run in CI: {reason}", pytrace=False)
    pytest.skip(f"{part} cannot run here: {reason}")
