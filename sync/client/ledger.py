"""What the commune office has seen in batch files, to count new, duplicate and conflicting
messages when it checks a file offline. Kept in the encrypted database."""

from __future__ import annotations

from collections.abc import Iterable

from counter import sync_state
from counter.db.store import Store
from counter.sync_state import LedgerCount

__all__ = ["BatchLedger", "LedgerCount"]


class BatchLedger:
    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, batch_sha256: str, messages: Iterable[tuple[str, str]]) -> LedgerCount:
        """Record (message id, content hash) pairs of a checked file; count what was new."""
        with self.store.write() as session:
            return sync_state.record_batch(session, batch_sha256, messages)
