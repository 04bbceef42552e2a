"""The central server keeps the audit heads day closings report, and refuses one that goes
backwards or changes (SQLite and PostgreSQL, a real server on loopback)."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counter import audit, clock
from counter.db.encrypt import key_pragma
from counter.db.models import OutboxMessage
from counter.security.keys import installation_keys
from counter.workspace import Workspace
from sync.central.context import CentralContext
from sync.central.models import AuditHeadSeen, Message, ReviewItem
from sync.client.day_close import close_day
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import enrol_workstation
from tests.sync.workstation import SUPERVISOR, enrol_with, receive, set_up, sync


def _heads(context: CentralContext) -> list[tuple[str | None, int, int, str]]:
    return context.database.run(lambda s: [
        (h.day, h.last_id, h.count, h.mac)
        for h in s.scalars(select(AuditHeadSeen).order_by(AuditHeadSeen.id))
    ])


def _reviews(context: CentralContext) -> list[tuple[str, str]]:
    return context.database.run(lambda s: [
        (r.reason_code, r.reason) for r in s.scalars(select(ReviewItem).order_by(ReviewItem.id))
    ])


def _cut_tail(data_dir: Path, entries: int) -> None:
    """Delete the last ``entries`` audit entries with the database key, outside the app."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(data_dir / "counter.db"), isolation_level=None)
    try:
        connection.execute(key_pragma(installation_keys(data_dir).database))
        last = connection.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        connection.execute("DELETE FROM audit_event WHERE id > ?", (last - entries,))
    finally:
        connection.close()


def _close_and_sync(workspace: Workspace, data_dir: Path, days_ago: int) -> tuple[Any, Any]:
    day = clock.now().date() - timedelta(days=days_ago)
    closed = close_day(workspace, data_dir, day, SUPERVISOR)
    return closed, sync(workspace, data_dir)


def _refusal_of_last_day_closed(workspace: Workspace) -> tuple[str, str | None]:
    with workspace.store.read() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "day.closed")
                              .order_by(OutboxMessage.id.desc()).limit(1)).one()
        return row.state, row.last_error


def _first_day_anchored(
    tmp_path: Path, context: CentralContext, server: LiveServer
) -> tuple[Workspace, Path, audit.AuditHead]:
    data_dir = tmp_path / "station"
    workspace = set_up(data_dir)
    enrol_with(workspace, data_dir, context, server.url)
    receive(workspace, 2)
    closed, report = _close_and_sync(workspace, data_dir, days_ago=0)
    assert report.push.rejected == 0
    manifest = json.loads(closed.manifest_path.read_text(encoding="utf-8"))["manifest"]
    head = audit.AuditHead.from_dict(manifest["audit_head"])
    today = clock.now().date().isoformat()
    assert _heads(context) == [(today, head.last_id, head.count, head.mac)]
    return workspace, data_dir, head


def test_a_cut_trail_reported_at_the_next_day_close_is_refused_and_kept_for_review(
    tmp_path: Path, central_context: CentralContext, live_server: LiveServer
) -> None:
    workspace, data_dir, head = _first_day_anchored(tmp_path, central_context, live_server)
    workspace.close()
    _cut_tail(data_dir, 3)
    workspace = Workspace(data_dir)
    _closed, report = _close_and_sync(workspace, data_dir, days_ago=1)
    today = clock.now().date().isoformat()
    reason = (
        f"Mốc nhật ký kiểm toán của máy trạm đi lùi: nay báo mục cuối {head.last_id - 2} "
        f"({head.count - 2} mục), trong khi mốc nhận ngày {today} là mục {head.last_id} "
        f"({head.count} mục). Nhật ký trên máy trạm đã bị cắt bớt hoặc viết lại."
    )
    assert report.push.rejected == 1
    assert _refusal_of_last_day_closed(workspace) == ("rejected", f"Bị từ chối: {reason}")
    workspace.close()
    assert _reviews(central_context) == [("audit_head", reason)]
    assert [h[0] for h in _heads(central_context)] == [today]
    kinds = central_context.database.run(lambda s: list(s.scalars(
        select(Message.kind).where(Message.kind == "day.closed"))))
    assert kinds == ["day.closed"]


def test_the_same_last_id_with_another_mac_is_refused(
    tmp_path: Path, central_context: CentralContext, live_server: LiveServer
) -> None:
    workspace, data_dir, head = _first_day_anchored(tmp_path, central_context, live_server)
    workspace.close()
    _cut_tail(data_dir, 1)  # the approval entry; the next approval takes its id
    workspace = Workspace(data_dir)
    closed, report = _close_and_sync(workspace, data_dir, days_ago=1)
    workspace.close()
    manifest = json.loads(closed.manifest_path.read_text(encoding="utf-8"))["manifest"]
    assert manifest["audit_head"]["last_id"] == head.last_id
    assert manifest["audit_head"]["mac"] != head.mac
    assert report.push.rejected == 1
    today = clock.now().date().isoformat()
    assert _reviews(central_context) == [(
        "audit_head",
        f"Mốc nhật ký kiểm toán của máy trạm đã đổi: mục {head.last_id} nay khác với mốc nhận "
        f"ngày {today}. Nhật ký trên máy trạm đã bị viết lại.",
    )]
    assert len(_heads(central_context)) == 1


def _day_closed(day: str, minutes_ago: int, last_id: int, mac: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "kind": "day.closed",
        "dossier_code": None,
        "created_at": (clock.now() - timedelta(minutes=minutes_ago)).isoformat(),
        "payload": {"day": day, "audit_head": {"last_id": last_id, "count": last_id,
                                               "mac": mac}},
    }


def test_heads_that_arrive_out_of_order_are_not_taken_for_a_cut(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    station = enrol_workstation(central_context, live_server.url)
    later = _day_closed("2026-03-03", 10, 40, "b" * 64)
    earlier = _day_closed("2026-03-02", 60, 25, "a" * 64)
    behind = _day_closed("2026-03-04", 5, 30, "c" * 64)
    assert [r.result for r in station.api.push([later]).results] == ["accepted"]
    assert [r.result for r in station.api.push([earlier]).results] == ["accepted"]
    results = station.api.push([behind]).results
    assert [r.result for r in results] == ["rejected"]
    assert "đi lùi" in (results[0].reason or "")
    bad = _day_closed("2026-03-05", 1, 50, "not a mac")
    refused = station.api.push([bad]).results[0]
    assert (refused.result, refused.reason) == (
        "rejected", "Mốc nhật ký kiểm toán trong thông điệp chốt ngày không hợp lệ.")
    assert sorted(h[1] for h in _heads(central_context)) == [25, 40]
    assert [code for code, _reason in _reviews(central_context)] == ["audit_head", "audit_head"]
