"""Move a dossier through its lifecycle; every step is an event with who, when and why."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit, clock, outbox
from counter.access import check_permission
from counter.db.models import Dossier, DossierEvent
from counter.deadlines.calendar import WorkCalendar
from counter.deadlines.compute import due_time_after_pause
from counter.dossiers.lifecycle import (
    ACTIONS,
    FINISHED,
    WAITING_FOR_CITIZEN,
    Status,
    check_transition,
)
from counter.dossiers.model import DossierView
from counter.dossiers.snapshot import event_snapshot
from counter.dossiers.views import to_view
from counter.errors import IllegalTransitionError, InputError, NotFoundError
from counter.roles import Actor
from counter.text import clean
from counter.workspace import Workspace


def load_dossier(session: Session, code: str) -> Dossier:
    row = session.scalar(select(Dossier).where(Dossier.code == code.strip()))
    if row is None:
        raise NotFoundError(f"Không tìm thấy hồ sơ có mã {code}.")
    return row


def due_after_resume(row: Dossier, target: Status, at: datetime, calendar: WorkCalendar) -> datetime:
    """The due time once ``row`` enters ``target`` at ``at``: moved later by the working time
    spent waiting for the citizen when it leaves a waiting status, else unchanged."""
    status = Status(row.status)
    if status in WAITING_FOR_CITIZEN and target not in WAITING_FOR_CITIZEN and row.paused_at:
        return due_time_after_pause(calendar, row.due_at, row.paused_at, at)
    return row.due_at


def _new_due(row: Dossier, action: str, target: Status, now: datetime,
             new_due: datetime | None, calendar: WorkCalendar) -> datetime:
    """The due time after the step: paused while the citizen acts, or extended."""
    if action == "extend_deadline":
        if new_due is None:
            raise InputError("new_due", "cần thời hạn mới khi gia hạn.")
        new_due = clock.to_local(new_due)
        if new_due <= row.due_at:
            raise InputError("new_due", "thời hạn mới phải sau thời hạn hiện tại.")
        return new_due
    return due_after_resume(row, target, now, calendar)


def enter_status(
    session: Session,
    row: Dossier,
    *,
    action: str,
    actor: str,
    target: Status,
    due: datetime,
    at: datetime,
    reason: str,
    details: dict[str, Any],
) -> None:
    """Record one step: the status, the clock paused or running again, the finish time,
    and the event saying who, when and why. The caller has checked the transition."""
    status = Status(row.status)
    if target in WAITING_FOR_CITIZEN and status not in WAITING_FOR_CITIZEN:
        row.paused_at = at
    elif target not in WAITING_FOR_CITIZEN:
        row.paused_at = None
    if target in FINISHED and row.finished_at is None:
        row.finished_at = at
    row.status, row.due_at, row.updated_at = target, due, at
    session.add(
        DossierEvent(dossier_id=row.id, at=at, actor=actor, action=action, from_status=status,
                     to_status=target, reason=reason.strip(), due_at=due, details=details)
    )
    session.flush()


MAX_MISSING_ITEMS = 50
MISSING_ITEM_KINDS = ("missing", "incorrect")  # to bring, or to correct


def _item_text(item: Mapping[str, Any], key: str, field: str, max_length: int) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not clean(value):
        raise InputError(field, "không được để trống.")
    if len(clean(value)) > max_length:
        raise InputError(field, f"dài quá {max_length} ký tự.")
    return clean(value)


def _missing_items(value: Any) -> list[dict[str, str]]:
    """``[{name, reason, kind?}]``: what the citizen must bring or correct, and why."""
    if not isinstance(value, list | tuple) or not 1 <= len(value) <= MAX_MISSING_ITEMS:
        raise InputError(
            "Nội dung cần bổ sung", f"cần danh sách từ 1 đến {MAX_MISSING_ITEMS} giấy tờ."
        )
    checked = []
    for number, item in enumerate(value, 1):
        field = f"Nội dung cần bổ sung thứ {number}"
        if not isinstance(item, Mapping) or set(item) - {"name", "reason", "kind"}:
            raise InputError(field, "cần tên giấy tờ (name), lý do (reason) và loại (kind).")
        kind = item.get("kind", "missing")
        if kind not in MISSING_ITEM_KINDS:
            raise InputError(f"{field}, loại", f"phải là một trong: {', '.join(MISSING_ITEM_KINDS)}.")
        checked.append({
            "name": _item_text(item, "name", f"{field}, tên giấy tờ", 500),
            "reason": _item_text(item, "reason", f"{field}, lý do", 1000),
            "kind": kind,
        })
    return checked


COLLECTOR_KINDS = ("applicant", "authorised")  # the applicant, or a person they authorised


def _collector(value: Any) -> dict[str, str]:
    """Who took the result: ``{"kind": "applicant"}``, or an authorised person with their
    name, ID number and the paper that authorises them (a power of attorney, say)."""
    field = "Người nhận kết quả"
    if not isinstance(value, Mapping) or set(value) - {"kind", "name", "id_number",
                                                       "authorisation"}:
        raise InputError(field, "cần loại (kind) và, khi được ủy quyền, họ tên (name), số giấy "
                                "tờ (id_number), giấy ủy quyền (authorisation).")
    kind = value.get("kind")
    if kind not in COLLECTOR_KINDS:
        raise InputError(field, "là người nộp hồ sơ (applicant) hoặc người được ủy quyền "
                                "(authorised).")
    if kind == "applicant":
        return {"kind": "applicant"}
    return {
        "kind": "authorised",
        "name": _item_text(value, "name", f"{field}, họ tên", 200),
        "id_number": _item_text(value, "id_number", f"{field}, số giấy tờ tùy thân", 40),
        "authorisation": _item_text(value, "authorisation", f"{field}, giấy ủy quyền", 500),
    }


# What each action may record in its event's details, and how it is checked.
DETAIL_CHECKS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "request_supplement": {"missing_items": _missing_items},
    "return_result": {"collected_by": _collector},
}


def check_details(action: str, details: Mapping[str, Any] | None) -> dict[str, Any]:
    """The details of a step as they are stored: only what ``action`` records, checked."""
    if not details:
        return {}
    if not isinstance(details, Mapping):
        raise InputError("details", "phải là một bảng khóa - giá trị.")
    checks = DETAIL_CHECKS.get(action, {})
    unknown = sorted(str(key) for key in details if key not in checks)
    if unknown:
        raise InputError(
            "details",
            f"thao tác «{ACTIONS[action].label}» không ghi thông tin: {', '.join(unknown)}.",
        )
    return {key: checks[key](value) for key, value in details.items()}


def apply_action(
    workspace: Workspace,
    code: str,
    action: str,
    actor: Actor,
    *,
    reason: str = "",
    new_due: datetime | None = None,
    satisfaction: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> DossierView:
    """Apply ``action`` (see ``lifecycle.ACTIONS``); an illegal one changes nothing.

    ``details`` is kept with the step, checked by ``DETAIL_CHECKS``; e.g. a request to
    complete records ``{"missing_items": [{"name": ..., "reason": ..., "kind": ...}]}``.
    """
    if action not in ACTIONS:
        raise IllegalTransitionError(f"Thao tác không tồn tại: {action!r}.")
    check_permission(workspace, actor, f"dossier.{action}", "dossier", code)
    if satisfaction is not None and (action != "return_result" or not 1 <= satisfaction <= 5):
        raise InputError("satisfaction", "mức hài lòng (1–5) chỉ ghi khi trả kết quả.")
    recorded = check_details(action, details)
    if action == "return_result":  # who took the result is always on record
        recorded.setdefault("collected_by", {"kind": "applicant"})
    now = clock.now()
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        status = Status(row.status)
        target = check_transition(status, action, reason)
        due = _new_due(row, action, target, now, new_due, calendar)
        if satisfaction is not None:
            row.satisfaction = satisfaction
        enter_status(session, row, action=action, actor=actor.username, target=target,
                     due=due, at=now, reason=reason, details=recorded)
        session.refresh(row)
        view = to_view(row, calendar, now, due_soon)
        outbox.enqueue(session, "dossier.event", row.code, event_snapshot(row.code, view.events[-1]))
        audit.record(session, actor, f"dossier.{action}", "dossier", row.code)
    return view


def get_dossier(workspace: Workspace, code: str, actor: Actor) -> DossierView:
    """Read one dossier; viewing a citizen's data is audited."""
    check_permission(workspace, actor, "dossier.view", "dossier", code)
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        view = to_view(row, calendar, clock.now(), due_soon)
        audit.record(session, actor, "dossier.view", "dossier", row.code)
    return view
