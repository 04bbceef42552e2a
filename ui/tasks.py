"""Background work as two verbs: a query reads, a change writes.

``run_query(work, on_done)`` runs ``work`` in the read pool (several at once);
``run_change(work, on_done)`` runs it on the ONE change worker, so two writes never
race each other. Either way ``on_done(result)`` is called back on the main thread.
Errors the user can act on (``CounterError``) go to ``on_error`` when the caller gives
one (to show them next to a field); everything else goes to the one error handler.
When a change settles, ``changed`` carries what it returned (``None`` when it failed),
so screens refresh from what changed.

Lifetimes, because a Qt object freed at the wrong time crashes the whole process:
- no Qt object is made per task (no object to delete later while a queued signal or
  a worker still points at it): a task is a plain record kept by the runner;
- a worker thread touches exactly one Qt object, the process-wide mailbox that lives
  as long as the application, and drops its reference to the work before it reports,
  so the work's captured objects are released on the main thread;
- ``shutdown()`` waits for the work in flight and stops both workers; a runner that is
  simply dropped lets its idle threads end by themselves.
"""

from __future__ import annotations

import itertools
import queue
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from counter.errors import CounterError
from ui.qt import QCoreApplication, QObject, QThread, Signal, Slot

POLL_S = 0.005
READERS = max(4, QThread.idealThreadCount())

Callback = Callable[[Any], None]
ErrorCallback = Callable[[CounterError], None]


class _Mailbox(QObject):
    """Wakes the main thread when a worker has left an outcome in a runner's inbox."""

    arrived = Signal()


_mailbox: _Mailbox | None = None


def mailbox() -> _Mailbox:
    """The one mailbox, owned by the application object (never freed while workers run)."""
    global _mailbox
    if _mailbox is None:
        _mailbox = _Mailbox(QCoreApplication.instance())
    return _mailbox


@dataclass
class _Pending:
    label: str
    change: bool
    on_done: Callback | None
    on_error: ErrorCallback | None
    always: Callable[[], None] | None


def _perform(job: list[Callable[[], Any]], task_id: int,
             inbox: queue.SimpleQueue[tuple[int, bool, Any]], post: _Mailbox) -> None:
    """On a worker: run the work, leave the outcome in the inbox, wake the main thread."""
    work = job.pop()
    try:
        outcome = (task_id, True, work())
    except Exception as error:  # handed to the main thread, never lost
        outcome = (task_id, False, error)
    del work  # the main thread releases what the work captured
    inbox.put(outcome)
    del outcome
    post.arrived.emit()


class TaskRunner(QObject):
    """Runs queries and changes in the background; ``busy_changed`` drives the progress
    indicator, ``changed`` tells screens what a change did."""

    busy_changed = Signal(bool, str)  # a labelled task started / the last one settled
    changed = Signal(object)  # a change settled: what it returned, None when it failed

    def __init__(self, report: Callable[[BaseException, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._readers = ThreadPoolExecutor(READERS, thread_name_prefix="query")
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="change")
        self._inbox: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._open = True
        self._mailbox = mailbox()
        self._mailbox.arrived.connect(self._deliver)

    # The two verbs ------------------------------------------------------------------

    def run_query(self, work: Callable[[], Any], on_done: Callback | None = None, *,
                  label: str = "", on_error: ErrorCallback | None = None,
                  always: Callable[[], None] | None = None) -> None:
        """Read in the background (several queries run at once)."""
        self._start(work, _Pending(label, False, on_done, on_error, always))

    def run_change(self, work: Callable[[], Any], on_done: Callback | None = None, *,
                   label: str = "", on_error: ErrorCallback | None = None,
                   always: Callable[[], None] | None = None) -> None:
        """Write in the background, one change after another on the change worker."""
        self._start(work, _Pending(label, True, on_done, on_error, always))

    def _start(self, work: Callable[[], Any], pending: _Pending) -> None:
        if not self._open:
            raise RuntimeError("the task runner was shut down")
        task_id = next(self._ids)
        self._pending[task_id] = pending
        if pending.label:
            self.busy_changed.emit(True, pending.label)
        pool = self._writer if pending.change else self._readers
        pool.submit(_perform, [work], task_id, self._inbox, self._mailbox)

    # Back on the main thread --------------------------------------------------------

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                task_id, ok, value = self._inbox.get_nowait()
            except queue.Empty:
                return
            self._settle(task_id, ok, value)

    def _settle(self, task_id: int, ok: bool, value: Any) -> None:
        pending = self._pending.pop(task_id)
        try:
            if ok:
                if pending.on_done is not None:
                    pending.on_done(value)
            elif isinstance(value, CounterError) and pending.on_error is not None:
                pending.on_error(value)
            else:
                self.report(value, pending.label)
        finally:
            try:
                if pending.always is not None:
                    pending.always()
            finally:
                if pending.label and not any(p.label for p in self._pending.values()):
                    self.busy_changed.emit(False, "")
                if pending.change:
                    self.changed.emit(value if ok else None)

    # Waiting and stopping -----------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until every task settled (shutdown, screenshots); True if it did in time."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._pending and time.monotonic() < deadline:
            if self._inbox.empty():
                time.sleep(POLL_S)
            self._deliver()
            QCoreApplication.processEvents()
        return not self._pending

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Let the work in flight settle, then stop both workers; no task starts after."""
        settled = self.wait_idle(timeout_ms)
        self._open = False
        self._readers.shutdown(wait=settled, cancel_futures=True)
        self._writer.shutdown(wait=settled, cancel_futures=True)
        return settled
