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
