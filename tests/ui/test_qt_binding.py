"""The Qt binding itself: PySide6 6.12.0 dropped a reference to ``True`` on every signal
emit, and the app died ("bool_dealloc") after a few hundred background tasks."""

from __future__ import annotations

import sys

from ui.qt import QObject, Signal


class Emitter(QObject):
    changed = Signal(bool, str)
    done = Signal(object)


def test_signal_emits_keep_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = Emitter()
    received: list[object] = []
    emitter.changed.connect(lambda flag, text: received.append(flag))
    emitter.done.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.changed.emit(True, "x")
        emitter.done.emit(None)
    received.clear()
    assert sys.getrefcount(True) - before > -10  # with the bug: -100 (one per emit)


def test_the_qt_entrance_declares_each_name_once_for_both_checkers_and_runtime() -> None:
    """ui.qt resolves names lazily: its table and its type-checking imports must agree,
    and every name must exist in the module the table names."""
    import ast
    import importlib
    from pathlib import Path

    import ui.qt

    tree = ast.parse(Path(ui.qt.__file__).read_text(encoding="utf-8"))
    checked: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            checked.update({alias.name: str(node.module) for alias in node.names})
    assert checked == ui.qt._MODULE_OF
    for name, module in checked.items():
        assert getattr(importlib.import_module(module), name) is getattr(ui.qt, name)
    from ui.qt import is_alive

    assert callable(is_alive)
