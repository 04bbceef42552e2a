"""The scanner service: one named device thread owns every call to the scanner backend.

Like the card service: callers submit work and get a :class:`~concurrent.futures.Future`
(a :class:`ScanError` with a message for the officer, anything else is a bug); the scanner
is looked up again on each scan, because it can be unplugged; between jobs the thread
lists the scanners now and then and tells listeners when the list changed (hot-plug).
Listener and page callbacks run on the device thread: a GUI hands them to its own thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from counter.scanning.backend import PageSink, ScannerBackend
from counter.scanning.model import (
    NoScannerError,
    ScanError,
    ScannerInfo,
    ScanSettings,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
THREAD_NAME = "scanner-device"
ScannersListener = Callable[[list[ScannerInfo]], None]


def pick_scanner(scanners: list[ScannerInfo], wanted: str | None) -> ScannerInfo:
    if not scanners:
        raise NoScannerError("Không thấy máy quét nào. Cắm và bật máy quét rồi thử lại.")
    if not wanted:
        return scanners[0]
    for scanner in scanners:
        if scanner.name == wanted:
            return scanner
    raise NoScannerError(f"Không thấy máy quét “{wanted}”: máy đã bị rút cáp, tắt, "
                         "hoặc chưa cắm.")


class ScannerService:
    def __init__(self, backend: ScannerBackend, *, poll_interval: float = 10.0) -> None:
        self.backend = backend
        self.poll_interval = poll_interval
        self.jobs: queue.Queue[tuple[Future[Any], Callable[[], Any]] | None] = queue.Queue()
        self.accepting = threading.Lock()
        self.stopped = False
        self.listeners: list[ScannersListener] = []
        self.known: list[ScannerInfo] | None = None
        self.thread = threading.Thread(target=self.run, name=THREAD_NAME, daemon=True)

    def __enter__(self) -> ScannerService:
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
        if self.thread.is_alive() and threading.current_thread() is not self.thread:
            self.thread.join(timeout)

    def add_listener(self, listener: ScannersListener) -> None:
        self.listeners.append(listener)

    def submit(self, work: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self.accepting:
            if self.stopped or not self.thread.is_alive():
                future.set_exception(ScanError("Dịch vụ máy quét đã dừng."))
            else:
                self.jobs.put((future, work))
        return future

    def scanners(self) -> Future[list[ScannerInfo]]:
        return self.submit(self._list)

    def scan(self, device: str | None, settings: ScanSettings, count: int | None,
             on_page: PageSink) -> Future[int]:
        """Scan on the device thread; ``device`` ``None``: the first scanner found now (the
        list is read again, which can take seconds where many SANE backends probe)."""

        def work() -> int:
            checked = settings.checked()
            if device is not None:  # opened by name: a scanner that is gone fails to open
                return self.backend.scan(device, checked, count, on_page)
            scanner = pick_scanner(self._list(), None)  # looked up again: it may be gone
            return self.backend.scan(scanner.name, checked, count, on_page)

        return self.submit(work)

    def _list(self) -> list[ScannerInfo]:
        scanners = self.backend.list_scanners()
        self._changed(scanners)
        return scanners

    def _changed(self, scanners: list[ScannerInfo]) -> None:
        if scanners == self.known:
            return
        self.known = list(scanners)
        for listener in list(self.listeners):
            try:
                listener(list(scanners))
            except Exception:
                log.exception("scanner listener failed")

    def run(self) -> None:
        next_poll = time.monotonic()
        while True:
            try:
                item = self.jobs.get(timeout=max(0.0, next_poll - time.monotonic()))
            except queue.Empty:
                item = None
                self._poll()
                next_poll = time.monotonic() + self.poll_interval
                continue
            if item is None:
                break
            future, work = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(work())
            except BaseException as error:  # handed to the caller through the future
                future.set_exception(error)

    def _poll(self) -> None:
        try:
            self._list()
        except ScanError as error:
            log.debug("scanner poll failed: %s", error.detail or error.message)
            self._changed([])
        except Exception:  # a bug in a backend must not stop the device thread
            log.exception("scanner poll failed")
