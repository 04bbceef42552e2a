"""Is the central server reachable? One ``GET /v1/time``, with the same trust as the sync.

The app asks on its own timer (see ``sync.client.auto``), off the UI thread; there is no
watcher thread of its own.
"""

from __future__ import annotations

import requests

from sync.client.config import SyncConfig
from sync.protocol import API_PREFIX

DEFAULT_TIMEOUT_S = 5.0


class ServerProbe:
    """Asks the server for its time; True when it answers."""

    def __init__(
        self, server_url: str, *, timeout: float = DEFAULT_TIMEOUT_S, verify: str | bool = True
    ) -> None:
        self.url = server_url.rstrip("/") + f"{API_PREFIX}/time"
        self.timeout = timeout
        self.verify = verify

    @classmethod
    def for_config(cls, config: SyncConfig, *, timeout: float = DEFAULT_TIMEOUT_S) -> ServerProbe:
        """A probe that trusts what the sync itself trusts (the configured CA bundle)."""
        return cls(config.server_url, timeout=timeout, verify=config.ca_bundle or True)

    def reachable(self) -> bool:
        try:
            return requests.get(self.url, timeout=self.timeout, verify=self.verify).ok
        except (requests.RequestException, OSError):
            return False
