"""Background work: results and errors come back on the main thread, writes one at a time."""

from __future__ import annotations

import threading
import time

import pytest

from counter.errors import CounterError
from ui.errors import ErrorReporter
from ui.qt import QThread, QWidget
from ui.tasks import TaskRunner


def test_results_and_errors_arrive_on_the_main_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    errors = ErrorReporter()
    runner = TaskRunner(errors.report)
    main = QThread.currentThread()
    seen: list[object] = []
    runner.run_query(lambda: threading.get_ident(),
                     lambda ident: seen.append((ident, QThread.currentThread() is main)))
    runner.run_change(lambda: (_ for _ in ()).throw(CounterError("Sai số định danh.")),
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
    runner.run_query(lambda: 1 / 0, on_error=lambda _e: None)  # not a user's error: not for on_error
    qtbot.waitUntil(lambda: errors.dialog is not None, timeout=5_000)
    assert "ngoài dự kiến" in errors.last_message
    assert "ZeroDivisionError" in errors.dialog.details
    errors.dialog.copy_details()
    assert "ZeroDivisionError" in qapp.clipboard().text()
    errors.dialog.close()


def test_changes_run_one_at_a_time_on_one_thread_and_say_what_they_changed(  # type: ignore[no-untyped-def]
    qtbot, qapp,
) -> None:
    bugs: list[BaseException] = []
    runner = TaskRunner(lambda error, _label: bugs.append(error))
    active, overlaps, threads, done = [0], [0], set(), []
    changed: list[object] = []
    runner.changed.connect(changed.append)

    def write(number: int) -> int:
        threads.add(threading.get_ident())
        active[0] += 1
        overlaps[0] = max(overlaps[0], active[0])
        time.sleep(0.02)
        active[0] -= 1
        return number

    for number in range(5):
        runner.run_change(lambda number=number: write(number), done.append)
    runner.run_query(lambda: "read")  # a query says nothing about changes
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5_000)
    assert overlaps[0] == 1 and len(threads) == 1
    assert done == [0, 1, 2, 3, 4]
    assert runner.wait_idle(1_000)
    assert changed == [0, 1, 2, 3, 4]
    runner.run_change(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(changed) == 6, timeout=5_000)
    assert isinstance(bugs[0], ZeroDivisionError)
    assert changed[-1] is None  # a failed change: screens refresh, nothing to show from it


def test_a_shut_down_runner_lets_work_in_flight_settle_and_starts_nothing_new(  # type: ignore[no-untyped-def]
    qtbot, qapp,
) -> None:
    runner = TaskRunner(ErrorReporter().report)
    done: list[int] = []
    for number in range(3):
        runner.run_change(lambda number=number: time.sleep(0.02) or number, done.append)
        runner.run_query(lambda number=number: number + 10, done.append)
    assert runner.shutdown(5_000)
    assert sorted(done) == [0, 1, 2, 10, 11, 12] and not runner.busy
    with pytest.raises(RuntimeError):
        runner.run_query(lambda: 1)


def test_runners_made_and_dropped_with_work_in_flight_never_crash(qapp) -> None:  # type: ignore[no-untyped-def]
    """The crash this guards against: a Qt object per task, deleted later, while its
    parent runner was being freed by Python's garbage collector."""
    import gc

    threshold = gc.get_threshold()
    gc.set_threshold(10, 1, 1)  # collect often: the crash needed a collection at the wrong time
    try:
        for _ in range(300):
            seen: list[object] = []
            runner = TaskRunner(lambda error, _label, seen=seen: seen.append(error))
            runner.run_query(threading.get_ident, seen.append)
            runner.run_change(lambda: 1 / 0)
            assert runner.wait_idle(5_000)
            assert len(seen) == 2
            del runner
            qapp.processEvents()
    finally:
        gc.set_threshold(*threshold)
