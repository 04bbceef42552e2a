"""Syncing by itself: probe the central server now and then, and decide whether a sync
should start. Plain functions; the app's timer calls them (its probe runs off the UI
thread) and starts the sync through the same path as "sync now".
"""

from __future__ import annotations

from dataclasses import dataclass

from counter.workspace import Workspace

PROBE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Probe:
    online: bool | None  # True reachable, False not, None when no central server is configured
    waiting: int  # messages waiting to be sent


def probe_central(workspace: Workspace, timeout: float = PROBE_TIMEOUT_S) -> Probe:
    """Is the configured central server reachable (and the one pinned), and how many
    messages wait for it? A certificate that is not trusted or not the pinned one raises
    ``CertificateError``: that server is not ours, whatever it answers."""
    from sync.client.config import load_config
    from sync.client.connectivity import probe_server
    from sync.client.outbox import count_waiting

    waiting = count_waiting(workspace.store)
    config = load_config(workspace)
    if not config.server_url:
        return Probe(None, waiting)
    return Probe(probe_server(config.transport_settings(), timeout), waiting)


def should_sync(probe: Probe, *, was_online: bool | None, armed: bool, running: bool) -> bool:
    """Should a sync start by itself now?

    Only while someone is logged in (``armed``), never beside a running sync, and only
    when the server answers: right after it was unreachable (the offline work goes out
    at once), or whenever messages are waiting.
    """
    if not armed or running or probe.online is not True:
        return False
    return was_online is False or probe.waiting > 0
