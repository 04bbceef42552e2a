"""The central database: schema version, and sync code that stays free of Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from counter.errors import DatabaseTooNewError
from sync.central.context import open_context
from sync.central.migrate import VERSION_TABLE
from sync.central.settings import load_settings
from tests.sync.processes import ROOT


def test_a_database_from_a_newer_server_is_refused(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    context = open_context(settings)
    context.database.run(
        lambda s: s.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'c9999'"))
    )
    context.close()
    with pytest.raises(DatabaseTooNewError, match="mới hơn phần mềm này"):
        open_context(settings)


def test_sync_never_loads_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, sync\n"
        "for m in pkgutil.walk_packages(sync.__path__, 'sync.'): importlib.import_module(m.name)\n"
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
