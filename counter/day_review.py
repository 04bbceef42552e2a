"""The supervisor approves a day's dossiers before the daily batch goes to the central system.

Approval puts one ``day.closed`` message in the outbox (with the dossier codes of the
day and the audit trail's head, which the central server keeps as an anchor) and an audit
entry; a day is approved once, and never in advance. Dossiers received for the day after
its approval (a late citizen) open it again: it needs a new approval that covers them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter import audit, clock, outbox
from counter.access import check_permission
from counter.db.models import AuditEvent, Dossier
from counter.errors import CounterError, InputError
from counter.roles import Actor
from counter.workspace import Workspace

APPROVE_ACTION = "day.approve"


@dataclass(frozen=True)
class DayApproval:
    day: date
    approved_by: str
    approved_at: datetime
    dossier_count: int
    audit_head: audit.AuditHead | None = None  # the trail's head right after the approval


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The first moment of ``day`` in Vietnam and of the day after."""
    start = datetime.combine(day, time(0, 0), clock.VN_TZ)
    return start, start + timedelta(days=1)


def find_approval(session: Session, day: date) -> DayApproval | None:
    """The day's latest approval."""
    row = session.scalar(
        select(AuditEvent)
        .where(AuditEvent.action == APPROVE_ACTION, AuditEvent.object_ref == day.isoformat())
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    count = int(row.detail.removeprefix("dossiers=") or 0) if row.detail else 0
    return DayApproval(day, row.actor, row.at, count)


def received_since_approval(approval: DayApproval | None, received: int) -> int:
    """How many of the day's ``received`` dossiers its approval did not cover."""
    return max(0, received - approval.dossier_count) if approval is not None else 0


def approve_day(workspace: Workspace, day: date, actor: Actor, note: str = "") -> DayApproval:
    """Close ``day``: its dossiers are reviewed; the outbox gets the day's closing message."""
    check_permission(workspace, actor, "day.approve", "day", day.isoformat())
    now = clock.now()
    if day > now.date():
        raise InputError("day", "không thể duyệt một ngày chưa đến.")
    identity = workspace.identity()
    start, end = day_bounds(day)
    with workspace.store.write() as session:
        existing = find_approval(session, day)
        rows = session.execute(
            select(Dossier.code, Dossier.status)
            .where(Dossier.received_at >= start, Dossier.received_at < end)
            .order_by(Dossier.code)
        ).all()
        if existing is not None and not received_since_approval(existing, len(rows)):
            raise CounterError(
                f"Ngày {day:%d/%m/%Y} đã được {existing.approved_by} duyệt lúc "
                f"{existing.approved_at:%H:%M %d/%m/%Y}."
            )
        by_status: dict[str, int] = {}
        for _code, status in rows:
            by_status[status] = by_status.get(status, 0) + 1
        audit.record(session, actor, APPROVE_ACTION, "day", day.isoformat(),
                     f"dossiers={len(rows)}")
        head = audit.current_head(session)
        outbox.enqueue(session, "day.closed", None, {
            "day": day.isoformat(),
            "agency_code": identity.agency.code,
            "workstation_id": identity.workstation.id,
            "dossier_codes": [code for code, _status in rows],
            "by_status": by_status,
            "approved_by": actor.username,
            "approved_at": now.isoformat(),
            "note": note.strip(),
            "audit_head": head.as_dict() if head is not None else None,
        })
    return DayApproval(day, actor.username, now, len(rows), head)


def unapproved_days(workspace: Workspace, before: date, limit: int = 31) -> list[date]:
    """Days before ``before`` with dossiers received that no approval covers, the latest
    first (never approved, or dossiers received after the approval)."""
    with workspace.store.read() as session:
        return unapproved_in(session, before, limit)


def unapproved_in(session: Session, before: date, limit: int = 31) -> list[date]:
    """:func:`unapproved_days`, read in ``session``."""
    # Times are stored as naive UTC; Vietnam is UTC+7 all year (no daylight saving).
    local_day = func.date(Dossier.received_at, "+7 hours")
    received = session.execute(
        select(local_day, func.count(Dossier.id)).group_by(local_day)
        .order_by(local_day.desc())
    ).all()
    days = [(date.fromisoformat(text), int(count)) for text, count in received if text]
    pending = []
    for day, count in days:
        if day >= before:
            continue
        approval = find_approval(session, day)
        if approval is None or received_since_approval(approval, count):
            pending.append(day)
    return pending[:limit]
