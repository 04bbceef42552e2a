"""Noticing that the central server is reachable again, to start a sync by itself.

A watcher is a small interface: the null one never fires (manual "sync now"
only); the polling one asks ``GET /v1/time`` now and then on its own thread
and calls back when the server comes back after being unreachable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

import requests

from sync.client.config import SyncConfig
from sync.protocol import API_PREFIX


class ConnectivityWatcher(Protocol):
    def start(self, on_reachable: Callable[[], None]) -> None: ...

    def stop(self) -> None: ...


class NullConnectivityWatcher:
    """Never reports anything: syncing happens only when asked."""

    def start(self, on_reachable: Callable[[], None]) -> None:
        return None

    def stop(self) -> None:
        return None


class PollingConnectivityWatcher:
    """Probes the server every ``interval`` seconds; fires on an unreachable → reachable change."""

    def __init__(
        self,
        server_url: str,
        *,
        interval: float = 30.0,
        timeout: float = 5.0,
        verify: str | bool = True,
    ) -> None:
        self.url = server_url.rstrip("/") + f"{API_PREFIX}/time"
        self.interval = interval
        self.timeout = timeout
        self.verify = verify
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.reachable: bool | None = None

    @classmethod
    def for_config(
        cls, config: SyncConfig, *, interval: float = 30.0
    ) -> PollingConnectivityWatcher:
        """A watcher that trusts what the sync itself trusts (the configured CA bundle)."""
        return cls(config.server_url, interval=interval, verify=config.ca_bundle or True)

    def probe(self) -> bool:
        try:
            return requests.get(self.url, timeout=self.timeout, verify=self.verify).ok
        except (requests.RequestException, OSError):
            return False

    def _run(self, on_reachable: Callable[[], None]) -> None:
        while not self._stop.is_set():
            now_reachable = self.probe()
            if now_reachable and self.reachable is False:
                on_reachable()
            self.reachable = now_reachable
            self._stop.wait(self.interval)

    def start(self, on_reachable: Callable[[], None]) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(on_reachable,), name="connectivity-watcher", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.timeout + 1)
            self._thread = None
