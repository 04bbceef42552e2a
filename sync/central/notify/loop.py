"""Sending in the server process itself: a thread that runs a round every few seconds.

``python main.py central --notify-every 60``; the rounds are the same as
``central-admin notify`` (several server processes may each run one: a row is claimed
before it is sent).
"""

from __future__ import annotations

import logging
import threading

from sync.central.context import CentralContext
from sync.central.notify.run import send_due

log = logging.getLogger(__name__)
MIN_INTERVAL = 1
MAX_INTERVAL = 3600


class NotifyLoop:
    def __init__(self, context: CentralContext, interval: float) -> None:
        if not MIN_INTERVAL <= interval <= MAX_INTERVAL:
            raise ValueError(f"interval must be {MIN_INTERVAL}-{MAX_INTERVAL} seconds")
        self.context = context
        self.interval = interval
        self.rounds = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notify-loop", daemon=True)

    def start(self) -> NotifyLoop:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                send_due(self.context)
            except Exception:  # the next round tries again; the server keeps serving
                log.exception("notification round failed")
            self.rounds += 1
            self._stop.wait(self.interval)

    def stop(self, timeout: float = 30) -> bool:
        """Stop after the round under way; whether the thread ended within ``timeout``."""
        self._stop.set()
        self._thread.join(timeout)
        return not self._thread.is_alive()
