"""The card service: one named device thread owns all card I/O.

Callers (the GUI, the command line) submit work and get a
:class:`concurrent.futures.Future`; a failure arrives as the future's
exception (a :class:`CardError` with a message for the user, anything else
is a bug). Readers are looked up again on every use, because they can be
unplugged. Between jobs the thread polls the readers and tells listeners
about card and reader changes. Listener and progress callbacks run on the
device thread: a GUI must hand them over to its own thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from counter.idcard.apdu import Transport
from counter.idcard.errors import (
    CardError,
    CardTimeoutError,
    NoCardError,
    ReaderUnavailableError,
)

if TYPE_CHECKING:  # reading and trust bring cryptography: loaded at the first read
    from counter.idcard.mrz import AccessKey
    from counter.idcard.reading import ReadOptions
    from counter.idcard.result import CardReadResult
    from counter.idcard.session import Progress
    from counter.idcard.trust import TrustStore

log = logging.getLogger(__name__)
T = TypeVar("T")
THREAD_NAME = "idcard-device"
CARD_INSERTED, CARD_REMOVED = "card_inserted", "card_removed"
READER_ADDED, READER_REMOVED = "reader_added", "reader_removed"


@dataclass(frozen=True)
class CardEvent:
    kind: str
    reader: str


class CardBackend(Protocol):
    def list_readers(self) -> list[str]: ...

    def reader_states(self) -> dict[str, bool]: ...

    def connect(self, reader: str) -> Transport: ...

    def close(self) -> None: ...


def state_changes(before: dict[str, bool], after: dict[str, bool]) -> list[CardEvent]:
    events = [CardEvent(READER_ADDED, r) for r in after if r not in before]
    for reader, present in after.items():
        if present and not before.get(reader, False):
            events.append(CardEvent(CARD_INSERTED, reader))
    for reader, present in before.items():
        if present and not after.get(reader, False):
            events.append(CardEvent(CARD_REMOVED, reader))
    events += [CardEvent(READER_REMOVED, r) for r in before if r not in after]
    return events


def stopped_error() -> ReaderUnavailableError:
    return ReaderUnavailableError("Dịch vụ đọc thẻ đã dừng.")


@dataclass
class Job:
    future: Future[Any]
    work: Callable[[], Any]

    def run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            self.future.set_result(self.work())
        except BaseException as error:  # handed to the caller through the future
            self.future.set_exception(error)


@dataclass
class CardWaiter:
    future: Future[str]
    reader: str | None
    deadline: float


class CardService:
    def __init__(
        self,
        backend: CardBackend,
        trust: TrustStore | None = None,
        options: ReadOptions | None = None,
        *,
        poll_interval: float = 0.25,
    ) -> None:
        self.backend = backend
        self.trust = trust  # None: an empty trust store
        self.options = options  # None: the defaults
        self.poll_interval = poll_interval
        self.jobs: queue.Queue[Job | None] = queue.Queue()
        self.accepting = threading.Lock()
        self.stopped = False
        self.listeners: list[Callable[[CardEvent], None]] = []
        self.waiters: list[CardWaiter] = []
        self.states: dict[str, bool] = {}
        self.thread = threading.Thread(target=self.run, name=THREAD_NAME, daemon=True)

    def __enter__(self) -> CardService:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        self.thread.start()

    def close(self, timeout: float = 5.0) -> None:
        with self.accepting:
            if self.stopped:
                return
            self.stopped = True
            self.jobs.put(None)
        if self.thread.is_alive():
            self.thread.join(timeout)

    def add_listener(self, listener: Callable[[CardEvent], None]) -> None:
        self.listeners.append(listener)

    def remove_listener(self, listener: Callable[[CardEvent], None]) -> None:
        self.listeners.remove(listener)

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Run ``work`` on the device thread."""
        future: Future[T] = Future()
        with self.accepting:
            if self.stopped or not self.thread.is_alive():
                future.set_exception(stopped_error())
            else:
                self.jobs.put(Job(future, work))
        return future

    def readers(self) -> Future[list[str]]:
        return self.submit(self.backend.list_readers)

    def read_identity(
        self,
        keys: AccessKey | Sequence[AccessKey],
        *,
        reader: str | None = None,
        include_photo: bool = True,
        progress: Progress | None = None,
    ) -> Future[CardReadResult]:
        from counter.idcard.reading import ReadOptions, read_identity
        from counter.idcard.trust import TrustStore

        options = replace(self.options or ReadOptions(), include_photo=include_photo)
        trust = self.trust or TrustStore.empty()

        def work() -> CardReadResult:
            name = self.pick_reader(reader)
            transport = self.backend.connect(name)
            try:
                return read_identity(transport, keys, trust, options, progress, name)
            finally:
                transport.close()

        return self.submit(work)

    def wait_for_card(self, reader: str | None = None, timeout: float = 30.0) -> Future[str]:
        """A future that gives the reader's name once a card is in it."""
        future: Future[str] = Future()
        waiter = CardWaiter(future, reader, time.monotonic() + timeout)

        def refused(queued: Future[None]) -> None:
            error = queued.exception()
            if error is not None:
                future.set_exception(error)

        self.submit(lambda: self.waiters.append(waiter)).add_done_callback(refused)
        return future

    def pick_reader(self, wanted: str | None) -> str:
        states = self.backend.reader_states()
        if not states:
            raise ReaderUnavailableError("Không thấy đầu đọc thẻ nào. Cắm đầu đọc rồi thử lại.")
        if wanted is not None:
            if wanted not in states:
                raise ReaderUnavailableError(
                    f"Không thấy đầu đọc “{wanted}”: đầu đọc đã bị rút ra hoặc chưa cắm."
                )
            if not states[wanted]:
                raise NoCardError(f"Chưa đặt thẻ lên đầu đọc “{wanted}”.")
            return wanted
        with_card = [name for name, present in states.items() if present]
        if not with_card:
            raise NoCardError("Chưa đặt thẻ lên đầu đọc.")
        return with_card[0]

    def run(self) -> None:
        while True:
            try:
                job = self.jobs.get(timeout=self.poll_interval)
            except queue.Empty:
                job = None
            else:
                if job is None:
                    break
                job.run()
            self.poll()
        self.backend.close()
        for waiter in self.waiters:
            waiter.future.set_exception(stopped_error())

    def poll(self) -> None:
        try:
            states = self.backend.reader_states()
        except CardError as error:
            log.debug("reader poll failed: %s", error.detail or error.message)
            states = {}
        except Exception:  # a bug in a backend must not stop the device thread
            log.exception("reader poll failed")
            states = {}
        events, self.states = state_changes(self.states, states), states
        for event in events:
            self.notify(event)
        self.settle_waiters()

    def notify(self, event: CardEvent) -> None:
        for listener in list(self.listeners):
            try:
                listener(event)
            except Exception:
                log.exception("card event listener failed")

    def settle_waiters(self) -> None:
        now = time.monotonic()
        remaining = []
        for waiter in self.waiters:
            ready = [
                name
                for name, present in self.states.items()
                if present and waiter.reader in (None, name)
            ]
            if ready:
                waiter.future.set_result(ready[0])
            elif now > waiter.deadline:
                waiter.future.set_exception(
                    CardTimeoutError("Hết thời gian chờ: chưa có thẻ nào được đặt lên đầu đọc.")
                )
            else:
                remaining.append(waiter)
        self.waiters = remaining
