"""Background work: results and errors come back on the main thread, writes one at a time."""

from __future__ import annotations

import threading
import time

from counter.errors import CounterError
from ui.errors import ErrorReporter
from ui.qt import QThread, QWidget
from ui.tasks import TaskRunner


def test_results_and_errors_arrive_on_the_main_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    errors = ErrorReporter()
    runner = TaskRunner(errors.report)
    main = QThread.currentThread()
    seen: list[object] = []
    runner.run(lambda: threading.get_ident(),
               on_done=lambda ident: seen.append((ident, QThread.currentThread() is main)))
    runner.run(lambda: (_ for _ in ()).throw(CounterError("Sai số định danh.")),
               on_error=lambda error: seen.append(error.message))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    ident, on_main = next(item for item in seen if isinstance(item, tuple))
    assert ident != threading.get_ident() and on_main
    assert "Sai số định danh." in seen


def test_a_bug_goes_to_the_one_handler_with_details(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    errors = ErrorReporter(window)
    runner = TaskRunner(errors.report)
    runner.run(lambda: 1 / 0, on_error=lambda _e: None)  # not a user's error: not for on_error
    qtbot.waitUntil(lambda: errors.dialog is not None, timeout=5_000)
    assert "ngoài dự kiến" in errors.last_message
    assert "ZeroDivisionError" in errors.dialog.details
    errors.dialog.copy_details()
    assert "ZeroDivisionError" in qapp.clipboard().text()
    errors.dialog.close()


def test_writes_never_overlap(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(ErrorReporter().report)
    active, overlaps, done = [0], [0], []

    def write() -> None:
        active[0] += 1
        overlaps[0] = max(overlaps[0], active[0])
        time.sleep(0.02)
        active[0] -= 1

    for _ in range(5):
        runner.run(write, write=True, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5_000)
    assert overlaps[0] == 1
    assert runner.wait_idle(1_000)
