"""The notification outbox of the central server: word to a citizen who consented at intake,
when the result is ready, a supplement is asked for, or the appointment moves.

An accepted ``dossier.event`` of such a step enqueues one row per (dossier, event) (a unique
constraint: a message sent again or a batch imported twice adds nothing). The sender
(``sync/central/notify``) claims due rows, sends, and records every attempt; a failure
waits ``notify_retry_seconds`` doubled at each attempt, up to a cap, and after
``notify_max_attempts`` the row is ``failed``. No consent (no ``notification`` in the
dossier's snapshot): no row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter.citizen.notification import CHANNELS
from sync.central.models import Dossier, Notification, NotificationAttempt
from sync.central.services.common import upsert_for, utc_now
from sync.protocol import OutboxMessage

RESULT_READY = "result_ready"
SUPPLEMENT_REQUESTED = "supplement_requested"
DEADLINE_MOVED = "deadline_moved"
KINDS = (RESULT_READY, SUPPLEMENT_REQUESTED, DEADLINE_MOVED)
# A claimed row is not claimed again for this long (a sender that died mid-way).
CLAIM_SECONDS = 600
MAX_CONTACT = 200
MAX_ERROR = 1000


@dataclass(frozen=True)
class Outgoing:
    """A claimed notification, detached: what the sender needs."""

    id: int
    dossier_code: str
    kind: str
    channel: str
    contact: str
    details: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class RetryPolicy:
    first_wait_seconds: int
    max_wait_seconds: int
    max_attempts: int

    def wait_after(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failure: first, doubled each time, capped."""
        seconds = self.first_wait_seconds * 2 ** max(0, attempts - 1)
        return timedelta(seconds=min(self.max_wait_seconds, seconds))


def notification_kind(payload: dict[str, Any]) -> str | None:
    """Which word (if any) an event's step calls for."""
    if payload.get("action") == "extend_deadline":
        return DEADLINE_MOVED
    to_status = payload.get("to_status")
    if to_status == RESULT_READY:
        return RESULT_READY
    if to_status == SUPPLEMENT_REQUESTED:
        return SUPPLEMENT_REQUESTED
    return None


def _consent(snapshot: str) -> tuple[str, str] | None:
    wanted = json.loads(snapshot).get("notification")
    if not isinstance(wanted, dict):
        return None
    channel, contact = wanted.get("channel"), wanted.get("contact")
    if channel not in CHANNELS or not isinstance(contact, str) or not contact.strip():
        return None
    return channel, contact.strip()[:MAX_CONTACT]


def _details(payload: dict[str, Any]) -> dict[str, Any]:
    details = payload.get("details")
    items = details.get("missing_items") if isinstance(details, dict) else None
    missing = [
        str(item["name"])[:200]
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict) and item.get("name")
    ]
    due = payload.get("due_at")
    return {"due_at": due if isinstance(due, str) else None, "missing": missing[:20]}


def enqueue_for_events(session: Session, events: Sequence[OutboxMessage]) -> int:
    """One notification per event that calls for word, for dossiers whose citizen consented;
    the number of rows added."""
    steps = [(e.id, e.dossier_code, e.payload) for e in events if e.dossier_code]
    return enqueue_for_steps(session, steps)


def enqueue_for_steps(session: Session, steps: Sequence[tuple[str, str, dict[str, Any]]]) -> int:
    """Like :func:`enqueue_for_events` for ``(event id, dossier code, event payload)``."""
    rows = []
    now = utc_now()
    for event_id, dossier_code, payload in steps:
        kind = notification_kind(payload)
        if kind is None:
            continue
        snapshot = session.scalar(select(Dossier.snapshot).where(Dossier.code == dossier_code))
        consent = _consent(snapshot) if snapshot else None
        if consent is None:
            continue
        rows.append(
            {
                "dossier_code": dossier_code,
                "event_id": event_id,
                "kind": kind,
                "channel": consent[0],
                "contact": consent[1],
                "details": json.dumps(_details(payload), ensure_ascii=False),
                "state": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
        )
    if not rows:
        return 0
    statement = (
        upsert_for(session)(Notification.__table__)
        .on_conflict_do_nothing(index_elements=["dossier_code", "event_id"])
        .returning(Notification.__table__.c.id)
    )
    return len(session.execute(statement, rows).scalars().all())


def claim_due(session: Session, now: datetime, limit: int) -> list[Outgoing]:
    """Pending notifications due at ``now``, each claimed for CLAIM_SECONDS (two senders at
    once never both take a row)."""
    rows = session.execute(
        select(Notification)
        .where(Notification.state == "pending", Notification.next_attempt_at <= now)
        .order_by(Notification.next_attempt_at, Notification.id)
        .limit(limit)
    ).scalars().all()
    claimed = []
    for row in rows:
        taken = session.execute(
            update(Notification)
            .where(
                Notification.id == row.id,
                Notification.state == "pending",
                Notification.next_attempt_at == row.next_attempt_at,
            )
            .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
            .returning(Notification.id)
        ).first()
        if taken is not None:
            claimed.append(
                Outgoing(row.id, row.dossier_code, row.kind, row.channel, row.contact,
                         json.loads(row.details), row.attempts)
            )
    return claimed


def record_sent(session: Session, notification_id: int, at: datetime, detail: str) -> None:
    session.execute(
        update(Notification)
        .where(Notification.id == notification_id)
        .values(state="sent", sent_at=at, attempts=Notification.attempts + 1, last_error=None)
    )
    session.add(NotificationAttempt(notification_id=notification_id, at=at, outcome="sent",
                                    detail=detail[:MAX_ERROR]))


def record_failure(
    session: Session, notification_id: int, at: datetime, error: str, policy: RetryPolicy
) -> str:
    """Log the failed attempt and set the next one (or give up); the row's new state."""
    row = session.get(Notification, notification_id)
    assert row is not None
    row.attempts += 1
    row.last_error = error[:MAX_ERROR]
    if row.attempts >= policy.max_attempts:
        row.state = "failed"
    else:
        row.next_attempt_at = at + policy.wait_after(row.attempts)
    session.add(NotificationAttempt(notification_id=notification_id, at=at, outcome="error",
                                    detail=error[:MAX_ERROR]))
    return row.state


@dataclass(frozen=True)
class NotificationRow:
    id: int
    dossier_code: str
    kind: str
    channel: str
    state: str
    attempts: int
    last_error: str | None


def list_notifications(session: Session, limit: int = 200) -> list[NotificationRow]:
    rows = session.scalars(select(Notification).order_by(Notification.id.desc()).limit(limit))
    return [
        NotificationRow(r.id, r.dossier_code, r.kind, r.channel, r.state, r.attempts, r.last_error)
        for r in rows
    ]


def attempts_of(session: Session, notification_id: int) -> list[tuple[str, str]]:
    """(outcome, detail) of every attempt, oldest first."""
    rows = session.execute(
        select(NotificationAttempt.outcome, NotificationAttempt.detail)
        .where(NotificationAttempt.notification_id == notification_id)
        .order_by(NotificationAttempt.id)
    )
    return [(outcome, detail) for outcome, detail in rows]
