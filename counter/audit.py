"""The audit trail: append-only and chained by hash, so a removed or edited entry shows.

Entries name the object (a dossier code, an account name) and never copy personal data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import AuditEvent
from counter.roles import Actor

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_ref: str
    detail: str


def _digest(prev_hash: str, at: datetime, actor: str, action: str, object_type: str,
            object_ref: str, detail: str) -> str:
    text = "\x1f".join(
        [prev_hash, clock.to_utc_naive(at).isoformat(timespec="microseconds"), actor, action,
         object_type, object_ref, detail]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor | str, action: str, object_type: str,
           object_ref: str = "", detail: str = "") -> None:
    """Append one entry; call inside the write transaction of the change it describes."""
    name = actor if isinstance(actor, str) else actor.username
    previous = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev_hash = previous or GENESIS
    at = clock.now()
    session.add(
        AuditEvent(
            at=at, actor=name, action=action, object_type=object_type, object_ref=object_ref,
            detail=detail, prev_hash=prev_hash,
            hash=_digest(prev_hash, at, name, action, object_type, object_ref, detail),
        )
    )
    session.flush()


def verify_chain(session: Session) -> int | None:
    """The id of the first entry that breaks the chain, or None if the trail is whole."""
    expected_prev = GENESIS
    for row in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        digest = _digest(row.prev_hash, row.at, row.actor, row.action, row.object_type,
                         row.object_ref, row.detail)
        if row.prev_hash != expected_prev or row.hash != digest:
            return row.id
        expected_prev = row.hash
    return None


def entries_for(session: Session, object_ref: str) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.object_ref == object_ref).order_by(AuditEvent.id)
    )
    return [
        AuditEntry(r.id, r.at, r.actor, r.action, r.object_type, r.object_ref, r.detail)
        for r in rows
    ]
