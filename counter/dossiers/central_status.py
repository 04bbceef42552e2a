"""A status set in the back office (pulled from the central system), applied like a step
taken at the counter: the same transition rules, the clock paused while the citizen acts
and running again after, the finish time, an event and an audit entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.db.models import Dossier
from counter.deadlines.calendar import WorkCalendar
from counter.dossiers.lifecycle import (
    STATUS_LABELS,
    WAITING_FOR_CITIZEN,
    Status,
    action_into,
    check_transition,
)
from counter.dossiers.transitions import due_after_resume, enter_status
from counter.errors import IllegalTransitionError, InputError

CENTRAL_ACTOR_PREFIX = "trung tâm"
CENTRAL_ACTION = "central_update"


@dataclass(frozen=True)
class CentralStatus:
    """What the back office published about one dossier."""

    code: str
    status: str
    actor: str = ""
    reason: str = ""
    at: datetime | None = None  # when the back office set it (now, if not said)
    due_at: datetime | None = None  # the due time the back office holds, if said


def central_actor(name: str) -> str:
    return f"{CENTRAL_ACTOR_PREFIX}: {name}".strip()[:80]


def _target(text: str) -> Status:
    try:
        return Status(text)
    except ValueError:
        raise InputError("status", f"trạng thái không tồn tại: {text!r}.") from None


def apply_central_status(session: Session, update: CentralStatus, calendar: WorkCalendar) -> bool:
    """Apply ``update`` to the local dossier; ``False`` if there is nothing to change (not a
    dossier of this workstation, or already so).

    A move the counter could not make itself (e.g. from "returned" back to "processing", or
    a refusal without a reason) raises :class:`IllegalTransitionError` and changes nothing.
    Leaving a waiting status moves the due time by the working time waited (the back office's
    due time does not know the pause); otherwise the back office's due time is taken.
    """
    row = session.scalar(select(Dossier).where(Dossier.code == update.code.strip()))
    if row is None:
        return False
    status, target = Status(row.status), _target(update.status)
    at = clock.to_local(update.at) if update.at else clock.now()
    told_due = clock.to_local(update.due_at) if update.due_at else row.due_at
    if target == status:
        if told_due == row.due_at:
            return False
        step, due = "", told_due
    else:
        action = action_into(status, target)
        if action is None:
            raise IllegalTransitionError(
                f"Hồ sơ {row.code} không thể chuyển từ «{STATUS_LABELS[status]}» sang "
                f"«{STATUS_LABELS[target]}»."
            )
        check_transition(status, action.name, update.reason)
        resumes = status in WAITING_FOR_CITIZEN and target not in WAITING_FOR_CITIZEN
        step = action.name
        due = due_after_resume(row, target, at, calendar) if resumes else told_due
    actor = central_actor(update.actor)
    enter_status(session, row, action=CENTRAL_ACTION, actor=actor, target=target, due=due,
                 at=at, reason=update.reason, details={"source": "central", "step": step})
    row.updated_at = clock.now()
    audit.record(session, actor, f"dossier.{CENTRAL_ACTION}", "dossier", row.code,
                 f"status={target};step={step or 'due'}")
    return True
