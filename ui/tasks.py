"""One way to run work off the UI thread.

``TaskRunner.run(work, on_done=...)`` runs ``work`` in a thread pool and calls
``on_done(result)`` back on the main thread. Errors the user can act on
(``CounterError``) go to ``on_error`` when the caller gives one (to show them
next to a field); everything else, and unhandled user errors, go to the one
error handler. Writes (``write=True``) run one at a time on their own thread,
so two database writes from the UI never race each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from counter.errors import CounterError
from ui.qt import QCoreApplication, QObject, Qt, QThread, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)
POLL_MS = 10


class _Relay(QObject):
    """Carries a result or an error from the worker thread to the main thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class Task(QObject):
    """One piece of background work; lives on the main thread until it settles."""

    def __init__(self, runner: TaskRunner, label: str,
                 on_done: Callable[[Any], None] | None,
                 on_error: Callable[[CounterError], None] | None,
                 always: Callable[[], None] | None) -> None:
        super().__init__(runner)
        self.runner, self.label = runner, label
        self.write = False
        self.on_done, self.on_error, self.always = on_done, on_error, always
        self.relay = _Relay(self)
        self.relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    def body(self, work: Callable[[], Any]) -> Callable[[], None]:
        relay = self.relay

        def run() -> None:
            try:
                result = work()
            except Exception as error:  # handed to the main thread, never lost
                relay.failed.emit(error)
                return
            relay.succeeded.emit(result)

        return run

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        try:
            if self.on_done is not None:
                self.on_done(result)
        finally:
            self._settle()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        try:
            if isinstance(error, CounterError) and self.on_error is not None:
                self.on_error(error)
            else:
                self.runner.report(error, self.label)
        finally:
            self._settle()

    def _settle(self) -> None:
        try:
            if self.always is not None:
                self.always()
        finally:
            self.runner.finished(self)


class TaskRunner(QObject):
    """Runs callables in the background; ``busy_changed`` drives the progress indicator."""

    busy_changed = Signal(bool, str)  # a labelled task started / the last one settled
    wrote = Signal()  # a write task settled (the data may have changed)

    def __init__(self, report: Callable[[BaseException, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(max(4, QThread.idealThreadCount()))
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self.running: list[Task] = []

    def run(self, work: Callable[[], Any], *, label: str = "",
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[CounterError], None] | None = None,
            always: Callable[[], None] | None = None, write: bool = False) -> Task:
        task = Task(self, label, on_done, on_error, always)
        task.write = write
        self.running.append(task)
        if label:
            self.busy_changed.emit(True, label)
        (self.writer if write else self.readers).start(task.body(work))
        return task

    def finished(self, task: Task) -> None:
        if task in self.running:
            self.running.remove(task)
        task.deleteLater()
        if task.label and not any(t.label for t in self.running):
            self.busy_changed.emit(False, "")
        if task.write:
            self.wrote.emit()

    @property
    def busy(self) -> bool:
        return bool(self.running)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until every task settled (shutdown, screenshots); True if it did in time."""
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(timeout_ms)
        while self.running and timer.remainingTime() > 0:
            self.readers.waitForDone(POLL_MS)
            self.writer.waitForDone(POLL_MS)
            QCoreApplication.processEvents()
        return not self.running
