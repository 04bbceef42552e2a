"""Is the central server reachable? One ``GET /v1/time``, with the same trust as the sync.

Every probe goes through the sync's own transport, so it trusts exactly what the sync
trusts: the configured CA bundle and the pinned certificate. The app asks on its own
timer (see ``sync.client.auto``), off the UI thread; there is no watcher thread of its own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sync.client.config import SyncConfig
from sync.errors import ServerRejectedError, ServerUnreachableError, SyncError
from sync.protocol import API_PREFIX
from sync.retry import RetryPolicy
from sync.transport import Transport, TransportSettings

ONE_ATTEMPT = RetryPolicy(max_attempts=1)
DEFAULT_TIMEOUT_S = 5.0


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


class ServerProbe:
    """Asks the server for its time; True when it answers and is the server we trust."""

    def __init__(
        self,
        server_url: str,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        verify: str | bool = True,
        pinned_certificate: str | None = None,
    ) -> None:
        self.server_url = server_url
        self.url = server_url.rstrip("/") + f"{API_PREFIX}/time"
        self.timeout = timeout
        self.verify = verify
        self.pinned_certificate = pinned_certificate

    @classmethod
    def for_config(cls, config: SyncConfig, *, timeout: float = DEFAULT_TIMEOUT_S) -> ServerProbe:
        """A probe that trusts what the sync itself trusts (CA bundle, pinned certificate)."""
        return cls(config.server_url, timeout=timeout, verify=config.ca_bundle or True,
                   pinned_certificate=config.pinned_certificate)

    def settings(self) -> TransportSettings:
        return TransportSettings(
            base_url=self.server_url,
            ca_bundle=Path(self.verify) if isinstance(self.verify, str) else None,
            pinned_certificate=Path(self.pinned_certificate) if self.pinned_certificate else None,
        )

    def reachable(self) -> bool:
        """Reachable and trusted; a bad certificate counts as "not reachable" here."""
        try:
            return probe_server(self.settings(), self.timeout)
        except SyncError:
            return False
