"""The card module is core code: importing all of it must not load Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_card_modules_do_not_import_qt(project_root: Path) -> None:
    modules = [
        *sorted(
            ".".join(p.relative_to(project_root).with_suffix("").parts)
            for p in (project_root / "counter" / "idcard").rglob("*.py")
            if p.name != "__init__.py"
        ),
        "counter.cli.card",
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=project_root, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
