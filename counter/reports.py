"""The supervisor's day: counts by procedure and status, on-time rate, overdue dossiers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from counter import clock
from counter.day_review import DayApproval, day_bounds, find_approval, received_since_approval
from counter.db.models import Dossier
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import DossierSummary
from counter.dossiers.views import to_summary
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


def day_summary(workspace: Workspace, day: date) -> DaySummary:
    """Everything the supervisor's day screen shows for ``day`` (read only)."""
    now = clock.now()
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    start, end = day_bounds(day)
    received_that_day = (Dossier.received_at >= start, Dossier.received_at < end)
    open_overdue = (Dossier.finished_at.is_(None), Dossier.due_at < now)
    with workspace.store.read() as session:
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
    )
