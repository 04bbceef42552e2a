"""The supervisor's day: counts by procedure and status, on-time rate, digitisation rate,
overdue dossiers, days still to approve and messages the centre refused, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from counter import clock
from counter.day_review import (
    DayApproval,
    day_bounds,
    find_approval,
    received_since_approval,
    unapproved_in,
)
from counter.db.models import Dossier, DossierDocument
from counter.deadlines.calendar import WorkCalendar
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import DossierSummary
from counter.dossiers.views import to_summary
from counter.outbox import RefusedMessage, refused_in
from counter.payments.records import UnpaidFee, unpaid_in
from counter.workspace import Workspace

OVERDUE_LIST_LIMIT = 200


@dataclass(frozen=True)
class ProcedureCount:
    procedure_code: str
    procedure_name: str
    received: int


@dataclass(frozen=True)
class DaySummary:
    """One day at this agency's counter, as the supervisor reviews it."""

    day: date
    received: int
    by_procedure: tuple[ProcedureCount, ...]
    by_status: tuple[tuple[Status, int], ...]  # the current status of the day's dossiers
    finished: int  # dossiers whose processing ended on that day
    finished_on_time: int
    overdue_count: int  # open dossiers past their due time, whenever received
    overdue: tuple[DossierSummary, ...]  # the most overdue first, at most OVERDUE_LIST_LIMIT
    dossiers: tuple[DossierSummary, ...]  # received that day, to review before approval
    approval: DayApproval | None
    documents_received: int = 0  # checklist documents of the day's dossiers, received or reused
    documents_digitised: int = 0  # of those: digitised by a scan, or reused from a record

    @property
    def digitisation_rate(self) -> float | None:
        """Digitised or reused documents out of the documents received (None: none)."""
        return (self.documents_digitised / self.documents_received
                if self.documents_received else None)

    @property
    def received_since_approval(self) -> int:
        """Dossiers of the day its approval did not cover: the day needs approving again."""
        return received_since_approval(self.approval, self.received)

    @property
    def can_approve(self) -> bool:
        """Not yet approved, or approved before some of its dossiers were received."""
        return self.approval is None or self.received_since_approval > 0

    @property
    def on_time_rate(self) -> float | None:
        """Share of the day's finished dossiers finished by their due time (None: none)."""
        return self.finished_on_time / self.finished if self.finished else None


@dataclass(frozen=True)
class SupervisorDay:
    """What the supervisor's day screen shows, read at one moment."""

    summary: DaySummary
    unapproved: list[date]  # earlier days with dossiers and no approval, the latest first
    holiday: str | None  # the day off's name, when the day is not a working day
    working_day: bool
    refused: list[RefusedMessage]  # messages the centre refused, whatever their day
    unpaid: tuple[UnpaidFee, ...] = ()  # fees not confirmed paid, received up to that day


def supervisor_day(workspace: Workspace, day: date) -> SupervisorDay:
    """The day's summary, the days left to approve and the refused messages, in one read."""
    now = clock.now()
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    with workspace.store.read() as session:
        summary = _summary(session, day, now, calendar, due_soon)
        unapproved = unapproved_in(session, now.date())
        refused = refused_in(session)
        unpaid = tuple(unpaid_in(session, day_bounds(day)[1]))
    return SupervisorDay(summary, unapproved, calendar.holiday_name(day),
                         calendar.is_working_day(day), refused, unpaid)


def day_summary(workspace: Workspace, day: date) -> DaySummary:
    """Everything the supervisor's day screen shows for ``day`` (read only)."""
    now = clock.now()
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    with workspace.store.read() as session:
        return _summary(session, day, now, calendar, due_soon)


def _summary(session: Session, day: date, now: datetime, calendar: WorkCalendar,
             due_soon: int) -> DaySummary:
    start, end = day_bounds(day)
    received_that_day = (Dossier.received_at >= start, Dossier.received_at < end)
    open_overdue = (Dossier.finished_at.is_(None), Dossier.due_at < now)
    procedures = session.execute(
        select(Dossier.procedure_code, Dossier.procedure_name, func.count(Dossier.id))
        .where(*received_that_day)
        .group_by(Dossier.procedure_code, Dossier.procedure_name)
        .order_by(func.count(Dossier.id).desc(), Dossier.procedure_name)
    ).all()
    statuses: dict[str, int] = {
        status: count
        for status, count in session.execute(
            select(Dossier.status, func.count(Dossier.id))
            .where(*received_that_day)
            .group_by(Dossier.status)
        )
    }
    finished_rows = session.execute(
        select(Dossier.finished_at, Dossier.due_at).where(
            Dossier.finished_at >= start, Dossier.finished_at < end
        )
    ).all()
    overdue_count = session.scalar(select(func.count(Dossier.id)).where(*open_overdue)) or 0
    overdue_rows = session.scalars(
        select(Dossier).where(*open_overdue).order_by(Dossier.due_at)
        .limit(OVERDUE_LIST_LIMIT)
    ).all()
    day_rows = session.scalars(
        select(Dossier).where(*received_that_day).order_by(Dossier.received_at)
    ).all()
    overdue = tuple(to_summary(r, calendar, now, due_soon) for r in overdue_rows)
    dossiers = tuple(to_summary(r, calendar, now, due_soon) for r in day_rows)
    approval = find_approval(session, day)
    digitised = or_(DossierDocument.digitised_sha256.is_not(None),
                    DossierDocument.reused_from.is_not(None))
    documents_received, documents_digitised = session.execute(
        select(func.count(DossierDocument.id), func.count(DossierDocument.id).filter(digitised))
        .join(Dossier)
        .where(*received_that_day, or_(DossierDocument.received, digitised))
    ).one()
    return DaySummary(
        day=day,
        received=len(dossiers),
        by_procedure=tuple(ProcedureCount(code, name, count) for code, name, count in procedures),
        by_status=tuple((status, statuses[status]) for status in Status if status in statuses),
        finished=len(finished_rows),
        finished_on_time=sum(
            1 for finished, due in finished_rows if finished is not None and finished <= due
        ),
        overdue_count=int(overdue_count),
        overdue=overdue,
        dossiers=dossiers,
        approval=approval,
        documents_received=int(documents_received),
        documents_digitised=int(documents_digitised),
    )
