"""Noticing that the central server is reachable again, to start a sync by itself.

A watcher is a small interface: the null one never fires (manual "sync now"
only); the polling one asks ``GET /v1/time`` now and then on its own thread
and calls back when the server comes back after being unreachable. Every probe
goes through the sync's own transport, so it trusts exactly what the sync
trusts: the configured CA bundle and the pinned certificate.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from sync.client.config import SyncConfig
from sync.errors import ServerRejectedError, ServerUnreachableError, SyncError
from sync.protocol import API_PREFIX
from sync.retry import RetryPolicy
from sync.transport import Transport, TransportSettings

ONE_ATTEMPT = RetryPolicy(max_attempts=1)


def probe_server(settings: TransportSettings, timeout: float) -> bool:
    """Whether the central server answers ``GET /v1/time``, in one quick attempt.

    A certificate that is not trusted, or not the pinned one, raises
    :class:`~sync.errors.CertificateError`: that server is not ours, whatever it answers.
    """
    quick = replace(settings, timeout=(timeout, timeout), policy=ONE_ATTEMPT)
    try:
        with Transport(quick) as transport:
            transport.request("GET", f"{API_PREFIX}/time")
    except (ServerUnreachableError, ServerRejectedError):
        return False
    return True


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
        pinned_certificate: str | None = None,
    ) -> None:
        self.server_url = server_url
        self.url = server_url.rstrip("/") + f"{API_PREFIX}/time"
        self.interval = interval
        self.timeout = timeout
        self.verify = verify
        self.pinned_certificate = pinned_certificate
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.reachable: bool | None = None

    @classmethod
    def for_config(
        cls, config: SyncConfig, *, interval: float = 30.0
    ) -> PollingConnectivityWatcher:
        """A watcher that trusts what the sync itself trusts (CA bundle, pinned certificate)."""
        return cls(config.server_url, interval=interval, verify=config.ca_bundle or True,
                   pinned_certificate=config.pinned_certificate)

    def settings(self) -> TransportSettings:
        return TransportSettings(
            base_url=self.server_url,
            ca_bundle=Path(self.verify) if isinstance(self.verify, str) else None,
            pinned_certificate=Path(self.pinned_certificate) if self.pinned_certificate else None,
        )

    def probe(self) -> bool:
        """Reachable and trusted; on its own thread, a bad certificate is only "not reachable"."""
        try:
            return probe_server(self.settings(), self.timeout)
        except SyncError:
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
