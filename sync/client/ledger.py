"""What the commune office has seen in batch files, to count new, duplicate and conflicting
messages when it checks a file offline. A small SQLite file in ``<data dir>/sync/``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from counter import clock
from sync.client.config import sync_dir

LEDGER_FILE = "batch-ledger.sqlite3"


@dataclass(frozen=True)
class LedgerCount:
    new: int
    duplicates: int
    conflicts: int


class BatchLedger:
    def __init__(self, data_dir: Path) -> None:
        self.path = sync_dir(data_dir) / LEDGER_FILE

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=15, isolation_level=None)
        connection.execute(
            "CREATE TABLE IF NOT EXISTS seen (message_id TEXT PRIMARY KEY, content_hash TEXT "
            "NOT NULL, batch_sha256 TEXT NOT NULL, seen_at TEXT NOT NULL)"
        )
        return connection

    def record(self, batch_sha256: str, messages: Iterable[tuple[str, str]]) -> LedgerCount:
        """Record (message id, content hash) pairs of a checked file; count what was new."""
        new = duplicates = conflicts = 0
        now = clock.now().isoformat()
        with closing(self._connect()) as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for message_id, content_hash in messages:
                    inserted = connection.execute(
                        "INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)",
                        (message_id, content_hash, batch_sha256, now),
                    ).rowcount
                    if inserted:
                        new += 1
                        continue
                    (known,) = connection.execute(
                        "SELECT content_hash FROM seen WHERE message_id = ?", (message_id,)
                    ).fetchone()
                    if known == content_hash:
                        duplicates += 1
                    else:
                        conflicts += 1
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return LedgerCount(new, duplicates, conflicts)
