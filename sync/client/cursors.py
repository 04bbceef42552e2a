"""Where each pull stream (and the attachment upload) got to, in the encrypted database.

A cursor is advanced in the same transaction as what it covers, and every pull applies
idempotently, so a crash never skips a page.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from counter import sync_state
from counter.db.store import Store


class CursorStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, name: str) -> Any:
        with self.store.read() as session:
            return sync_state.read_cursor(session, name)

    def advance(self, session: Session, name: str, value: Any) -> None:
        """Set the cursor inside ``session``: it commits with the work it covers."""
        sync_state.advance_cursor(session, name, value)
