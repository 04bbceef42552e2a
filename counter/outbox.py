"""The outbox: what must reach the central system, written in the same transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import OutboxMessage

KINDS = ("dossier.received", "dossier.event", "day.closed")


def enqueue(session: Session, kind: str, dossier_code: str | None, payload: dict[str, Any]) -> str:
    """Add a message with a client-made id (safe to resend: the server deduplicates by it)."""
    if kind not in KINDS:
        raise ValueError(f"unknown outbox message kind {kind!r}")
    message_id = str(uuid.uuid4())
    session.add(
        OutboxMessage(
            message_id=message_id,
            kind=kind,
            dossier_code=dossier_code,
            payload=payload,
            created_at=clock.now(),
            state="pending",
        )
    )
    return message_id
