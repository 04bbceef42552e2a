"""The outbox: what must reach the central system, written in the same transaction as
the change it reports, and each message's fate (sent, acknowledged, refused) kept here.

Sync (``sync/client``) takes batches and records the answers through these functions
only; it never touches the table itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counter import clock
from counter.db import rows
from counter.db.models import OutboxMessage
from counter.db.store import Store

KINDS = ("dossier.received", "dossier.event", "day.closed")
SENDABLE = ("pending", "sent")
CHUNK = 500


@dataclass(frozen=True)
class OutboxEntry:
    """One message as it goes out (detached from the session)."""

    message_id: str
    kind: str
    dossier_code: str | None
    created_at: datetime
    payload: dict[str, Any]
    position: int = 0  # its place in the outbox: the next batch is taken after it


@dataclass(frozen=True)
class RefusedMessage:
    """A message the centre refused or found in conflict: for the supervisor to look at."""

    message_id: str
    kind: str
    dossier_code: str | None
    reason: str


def enqueue(session: Session, kind: str, dossier_code: str | None, payload: dict[str, Any]) -> str:
    """Add a message with a client-made id (safe to resend: the server deduplicates by it)."""
    if kind not in KINDS:
        raise ValueError(f"unknown outbox message kind {kind!r}")
    message_id = str(uuid.uuid4())
    rows.insert(session, OutboxMessage, {
        "message_id": message_id, "kind": kind, "dossier_code": dossier_code,
        "payload": payload, "created_at": clock.now(), "state": "pending",
    })
    return message_id


def _entry(row: OutboxMessage) -> OutboxEntry:
    return OutboxEntry(row.message_id, row.kind, row.dossier_code, row.created_at, row.payload)


def take_batch(store: Store, size: int, after: int = 0) -> list[OutboxEntry]:
    """The oldest messages not yet acknowledged nor refused (placed after ``after``: not the
    batch still on its way), marked ``sent`` before they go out (a crash only means sending
    them again)."""
    with store.write() as session:
        return _take_in(session, size, after)


def record_answers(
    store: Store, acknowledged: Sequence[str], refused: Sequence[tuple[str, str]]
) -> None:
    """The central system's answer to a batch: ``acknowledged`` message ids (never sent
    again) and ``refused`` ones with their reason (kept for the supervisor)."""
    with store.write() as session:
        _record_in(session, acknowledged, refused)


def record_answers_and_take(
    store: Store, acknowledged: Sequence[str], refused: Sequence[tuple[str, str]], size: int,
    after: int = 0,
) -> list[OutboxEntry]:
    """:func:`record_answers` and :func:`take_batch` in one transaction (one commit per
    batch sent); atomic like each of them: after a crash, both happened or neither."""
    with store.write() as session:
        _record_in(session, acknowledged, refused)
        return _take_in(session, size, after)


_WIRE_COLUMNS = (OutboxMessage.id, OutboxMessage.message_id, OutboxMessage.kind,
                 OutboxMessage.dossier_code, OutboxMessage.created_at, OutboxMessage.payload)


def _take_in(session: Session, size: int, after: int = 0) -> list[OutboxEntry]:
    """Only the columns the wire form needs are read (no ORM objects to build and track)."""
    rows = session.execute(
        select(*_WIRE_COLUMNS)
        .where(OutboxMessage.state.in_(SENDABLE), OutboxMessage.id > after)
        .order_by(OutboxMessage.id)
        .limit(size)
    ).all()
    if not rows:
        return []
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_([row.id for row in rows]))
        .values(state="sent", attempts=OutboxMessage.attempts + 1, sent_at=clock.now()),
        execution_options={"synchronize_session": False},
    )
    return [OutboxEntry(row.message_id, row.kind, row.dossier_code, row.created_at, row.payload,
                        row.id) for row in rows]


def _record_in(
    session: Session, acknowledged: Sequence[str], refused: Sequence[tuple[str, str]]
) -> None:
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.message_id.in_(acknowledged), OutboxMessage.state != "acknowledged")
        .values(state="acknowledged", acknowledged_at=clock.now(), last_error=""),
        execution_options={"synchronize_session": False},
    )
    for message_id, reason in refused:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.message_id == message_id, OutboxMessage.state != "acknowledged")
            .values(state="rejected", last_error=reason),
            execution_options={"synchronize_session": False},
        )


def note_failure(store: Store, message_ids: Sequence[str], reason: str) -> None:
    """A batch that did not get through: why, on each of its messages still ``sent``."""
    with store.write() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.message_id.in_(message_ids), OutboxMessage.state == "sent")
            .values(last_error=reason)
        )


def count_waiting(store: Store) -> int:
    with store.read() as session:
        count = session.scalar(
            select(func.count()).select_from(OutboxMessage)
            .where(OutboxMessage.state.in_(SENDABLE))
        )
    return int(count or 0)


def messages_between(
    store: Store, start: datetime | None = None, end: datetime | None = None
) -> list[OutboxEntry]:
    """Every message made in ``[start, end)``, oldest first; without a range, those waiting."""
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if start is None or end is None:
        query = query.where(OutboxMessage.state.in_(SENDABLE))
    else:
        query = query.where(OutboxMessage.created_at >= start, OutboxMessage.created_at < end)
    with store.read() as session:
        return [_entry(row) for row in session.scalars(query)]


def states_by_dossier(store: Store, codes: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """Each dossier's messages as (state, last error), for the dossiers among ``codes``."""
    wanted = list(dict.fromkeys(codes))
    found: dict[str, list[tuple[str, str]]] = {}
    with store.read() as session:
        for start in range(0, len(wanted), CHUNK):
            rows = session.execute(
                select(
                    OutboxMessage.dossier_code, OutboxMessage.state, OutboxMessage.last_error
                ).where(OutboxMessage.dossier_code.in_(wanted[start : start + CHUNK]))
            )
            for code, state, error in rows:
                if code is not None:
                    found.setdefault(code, []).append((state, error))
    return found


def refused_in(session: Session, limit: int = 500) -> list[RefusedMessage]:
    """The messages the centre refused, oldest first, read in ``session``."""
    rows = session.execute(
        select(
            OutboxMessage.message_id,
            OutboxMessage.kind,
            OutboxMessage.dossier_code,
            OutboxMessage.last_error,
        )
        .where(OutboxMessage.state == "rejected")
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()
    return [RefusedMessage(*row) for row in rows]


def refused_messages(store: Store, limit: int = 500) -> list[RefusedMessage]:
    with store.read() as session:
        return refused_in(session, limit)
