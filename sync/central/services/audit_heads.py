"""Audit-trail heads the workstations report when a day is closed, kept as anchors.

A ``day.closed`` message carries ``audit_head`` (last entry id, number of entries, MAC of
the last entry). The server cannot check a MAC (it has no workstation key), but it can see
a trail that was cut or rewritten after it reported a head: a head taken later with a lower
id or count than one already seen, or the same id with another MAC or count. Such a message
is refused and kept for review; the heads seen stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sync.central.models import AuditHeadSeen
from sync.central.services.common import WorkstationIdentity, stored_moment
from sync.protocol import OutboxMessage

DAY_CLOSED = "day.closed"
_MAC = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class _Head:
    last_id: int
    count: int
    mac: str


def _parse(raw: Any) -> _Head | None:
    if not isinstance(raw, dict):
        return None
    last_id, count, mac = raw.get("last_id"), raw.get("count"), raw.get("mac")
    if not (isinstance(last_id, int) and isinstance(count, int) and isinstance(mac, str)):
        return None
    if last_id < 1 or count < 1 or count > last_id or not _MAC.match(mac):
        return None
    return _Head(last_id, count, mac)


def record_day_heads(
    session: Session,
    workstation: WorkstationIdentity,
    messages: Sequence[OutboxMessage],
    received_at: datetime,
) -> dict[str, str]:
    """Keep the heads of newly stored ``day.closed`` messages; refusals by message id."""
    refusals: dict[str, str] = {}
    closing = [m for m in messages if m.kind == DAY_CLOSED and "audit_head" in m.payload]
    for message in sorted(closing, key=lambda m: (stored_moment(m.created_at) or received_at,
                                                  m.id)):
        raw = message.payload["audit_head"]
        if raw is None:
            continue  # a workstation that closed the day before its trail was anchored
        head = _parse(raw)
        taken_at = stored_moment(message.created_at) or received_at
        if head is None:
            refusals[message.id] = "Mốc nhật ký kiểm toán trong thông điệp chốt ngày không hợp lệ."
            continue
        reason = _went_backwards(session, workstation.id, head, taken_at)
        if reason is not None:
            refusals[message.id] = reason
            continue
        day = message.payload.get("day")
        session.add(AuditHeadSeen(
            workstation_id=workstation.id, message_id=message.id,
            day=day if isinstance(day, str) else None, last_id=head.last_id, count=head.count,
            mac=head.mac, taken_at=taken_at, received_at=received_at,
        ))
        session.flush()
    return refusals


def _went_backwards(
    session: Session, workstation_id: str, head: _Head, taken_at: datetime
) -> str | None:
    """Why ``head`` does not fit the heads already seen from this workstation, or None."""
    seen = AuditHeadSeen
    same = session.scalars(select(seen).where(
        seen.workstation_id == workstation_id, seen.last_id == head.last_id,
        or_(seen.mac != head.mac, seen.count != head.count),
    ).limit(1)).first()
    if same is not None:
        return (
            f"Mốc nhật ký kiểm toán của máy trạm đã đổi: mục {head.last_id} nay khác với mốc "
            f"nhận ngày {same.day or '?'}. Nhật ký trên máy trạm đã bị viết lại."
        )
    earlier_ahead = session.scalars(select(seen).where(
        seen.workstation_id == workstation_id, seen.taken_at <= taken_at,
        or_(seen.last_id > head.last_id, seen.count > head.count),
    ).order_by(seen.last_id.desc()).limit(1)).first()
    later_behind = session.scalars(select(seen).where(
        seen.workstation_id == workstation_id, seen.taken_at > taken_at,
        or_(seen.last_id < head.last_id, seen.count < head.count),
    ).order_by(seen.last_id).limit(1)).first()
    other = earlier_ahead or later_behind
    if other is None:
        return None
    return (
        f"Mốc nhật ký kiểm toán của máy trạm đi lùi: nay báo mục cuối {head.last_id} "
        f"({head.count} mục), trong khi mốc nhận ngày {other.day or '?'} là mục {other.last_id} "
        f"({other.count} mục). Nhật ký trên máy trạm đã bị cắt bớt hoặc viết lại."
    )
