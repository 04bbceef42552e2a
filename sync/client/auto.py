"""Syncing by itself when the central server becomes reachable, and "sync now" on demand.

One background thread runs one sync at a time; a request made while a sync
runs is remembered and served right after. Results and errors go to the
callbacks (the UI moves them to its own thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from counter.errors import CounterError
from counter.workspace import Workspace
from sync.client.connectivity import ConnectivityWatcher
from sync.client.runner import SyncReport, sync_now

JOIN_TIMEOUT = 30.0


class AutoSync:
    def __init__(
        self,
        workspace: Workspace,
        data_dir: Path,
        watcher: ConnectivityWatcher,
        *,
        on_report: Callable[[SyncReport], None],
        on_error: Callable[[CounterError], None],
        run: Callable[[Workspace, Path], SyncReport] = sync_now,
    ) -> None:
        self.workspace = workspace
        self.data_dir = data_dir
        self.watcher = watcher
        self._on_report = on_report
        self._on_error = on_error
        self._run = run
        self._wanted = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="auto-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self.watcher.start(self.request)

    def request(self) -> None:
        """Sync as soon as possible (the "sync now" button, or the server is back)."""
        self._wanted.set()

    def stop(self) -> None:
        self.watcher.stop()
        self._stopping.set()
        self._wanted.set()
        self._thread.join(timeout=JOIN_TIMEOUT)

    def _loop(self) -> None:
        while True:
            self._wanted.wait()
            if self._stopping.is_set():
                return
            self._wanted.clear()
            try:
                report = self._run(self.workspace, self.data_dir)
            except CounterError as error:
                self._on_error(error)
            else:
                self._on_report(report)
