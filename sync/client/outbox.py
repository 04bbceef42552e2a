"""Pushing the core's outbox in order, in batches; each message's fate recorded in the core's DB.

A batch is marked ``sent`` before it goes out, so a crash at any point only
means sending it again; the server answers ``duplicate`` for what it already
has, and acknowledged messages are never sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import OutboxMessage
from counter.db.store import Store

if TYPE_CHECKING:  # counting what waits (the status bar at start-up) needs neither
    from sync.client.api import CentralApi
    from sync.protocol import PushResult

SENDABLE = ("pending", "sent")


@dataclass(frozen=True)
class PushReport:
    acknowledged: int = 0
    rejected: int = 0
    conflicts: int = 0
    batches: int = 0

    def plus(self, other: PushReport) -> PushReport:
        return PushReport(
            self.acknowledged + other.acknowledged,
            self.rejected + other.rejected,
            self.conflicts + other.conflicts,
            self.batches + other.batches,
        )


class WireRow(Protocol):
    """What the wire form needs of an outbox row (an OutboxMessage, or a row of its columns)."""

    message_id: str
    kind: str
    dossier_code: str | None
    created_at: datetime
    payload: Any


def as_protocol_message(row: WireRow) -> dict[str, Any]:
    """The wire form of an outbox row; the same row always gives the same content hash."""
    return {
        "id": row.message_id,
        "kind": row.kind,
        "dossier_code": row.dossier_code,
        "created_at": clock.to_local(row.created_at).isoformat(),
        "payload": row.payload,
    }


def next_batch(store: Store, size: int) -> list[dict[str, Any]]:
    """The oldest messages not yet acknowledged nor rejected, marked ``sent``."""
    with store.write() as session:
        return _take_batch(session, size)


_WIRE_COLUMNS = (OutboxMessage.id, OutboxMessage.message_id, OutboxMessage.kind,
                 OutboxMessage.dossier_code, OutboxMessage.created_at, OutboxMessage.payload)


def _take_batch(session: Session, size: int) -> list[dict[str, Any]]:
    """Inside a write transaction: the next batch in wire form, marked ``sent``.

    Only the columns the wire form needs are read (no ORM objects to build and track)."""
    rows = session.execute(
        select(*_WIRE_COLUMNS)
        .where(OutboxMessage.state.in_(SENDABLE))
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
    return [as_protocol_message(row) for row in rows]


def record_results(store: Store, results: Sequence[PushResult]) -> PushReport:
    """Acknowledge accepted and duplicate messages; keep the reason of conflicts and refusals."""
    with store.write() as session:
        return _record(session, results)


def record_and_take_next(
    store: Store, results: Sequence[PushResult], size: int
) -> tuple[PushReport, list[dict[str, Any]]]:
    """``record_results`` and ``next_batch`` in one transaction: one commit per batch sent.

    Atomic like each of them: after a crash the answers are recorded and the next batch
    marked ``sent`` (sent again at the next push), or neither."""
    with store.write() as session:
        return _record(session, results), _take_batch(session, size)


def _record(session: Session, results: Sequence[PushResult]) -> PushReport:
    received = [r.id for r in results if r.result in ("accepted", "duplicate")]
    refused = [r for r in results if r.result not in ("accepted", "duplicate")]
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.message_id.in_(received), OutboxMessage.state != "acknowledged")
        .values(state="acknowledged", acknowledged_at=clock.now(), last_error=""),
        execution_options={"synchronize_session": False},
    )
    for result in refused:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.message_id == result.id, OutboxMessage.state != "acknowledged")
            .values(state="rejected", last_error=_reason(result)),
            execution_options={"synchronize_session": False},
        )
    return PushReport(
        acknowledged=len(received),
        rejected=sum(r.result == "rejected" for r in refused),
        conflicts=sum(r.result == "conflict" for r in refused),
        batches=1,
    )


def _reason(result: PushResult) -> str:
    prefix = "Xung đột: " if result.result == "conflict" else "Bị từ chối: "
    return prefix + (result.reason or "máy chủ trung tâm không nêu lý do.")


def note_failure(store: Store, message_ids: Sequence[str], reason: str) -> None:
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


def push_outbox(store: Store, api: CentralApi, batch_size: int) -> PushReport:
    """Send everything waiting, batch by batch; stops at the first transport error (raised)."""
    report = PushReport()
    limit = count_waiting(store) // max(batch_size, 1) + 2
    batch = next_batch(store, batch_size)
    for round_number in range(1, limit + 1):
        if not batch:
            break
        try:
            answer = api.push(batch)
        except Exception as error:
            note_failure(store, [m["id"] for m in batch], str(error))
            raise
        if round_number == limit:
            report = report.plus(record_results(store, answer.results))
            break
        recorded, batch = record_and_take_next(store, answer.results, batch_size)
        report = report.plus(recorded)
    return report
