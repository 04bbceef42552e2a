"""The figures of a reporting period, from one query over the dossiers.

Definitions (the rules the tests count by hand):

- *received*: received in the period; *online* is the ``online`` channel (this app
  receives at the counter, by the village team and by post, so it is 0 until dossiers
  submitted online are recorded), *in person or by post* every other channel.
- *carried over* ("từ kỳ trước"): received before the period and not finished when it
  began.
- *finished* ("đã giải quyết"): processing ended in the period (result ready, returned,
  stopped, refused or withdrawn: the statuses where the on-time verdict is taken, see
  ``counter.dossiers.lifecycle.FINISHED``). It is *late* when it ended after its due
  time, *early* when it ended on a day before the due day, *on time* otherwise. The due
  time is the dossier's own: moved later by the working time spent waiting for the
  citizen (pauses) and by an extension, as the deadline rules say.
- *pending* ("đang giải quyết"): received by the end of the period and not finished then.
  It is *overdue* when its due time as it stood at the end of the period (the last step
  before the end) had passed: at the end, or, if it was waiting for the citizen then, when
  the wait began (the clock was stopped after that).
- *digitised*: received in the period with a scan or photo of its papers kept with it;
  *digitised result*: finished in the period with an electronic result kept with it.
- *cashless fee*: received in the period with its fee paid by transfer or card. Whether a
  fee was paid *online* (on the national portal) is not recorded by this app.
- *satisfaction*: ratings (1-5) given when the result was returned, for dossiers finished
  in the period; *satisfied* is 4 or 5.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from counter.db.models import Attachment, Dossier, DossierEvent, Procedure
from counter.dossiers.lifecycle import WAITING_FOR_CITIZEN, Status
from counter.reporting.period import Period

ONLINE_CHANNELS = ("online",)
DIGITISED_KINDS = ("scan", "photo")
CASHLESS_METHODS = ("transfer", "card")


@dataclass(frozen=True)
class Figures:
    """Counts of dossiers over one period (one agency, or one procedure, field, channel)."""

    received: int = 0
    received_online: int = 0
    received_in_person: int = 0
    carried_over: int = 0
    finished: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    returned: int = 0  # result ready or returned to the citizen
    refused: int = 0
    withdrawn: int = 0
    stopped: int = 0
    pending: int = 0
    pending_overdue: int = 0
    digitised: int = 0
    digitised_result: int = 0
    fee_due: int = 0
    fee_cashless: int = 0
    rated: int = 0
    rating_sum: int = 0
    satisfied: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                          for f in fields(self)})

    @property
    def to_handle(self) -> int:
        """Dossiers the period had to deal with: received in it and carried over into it."""
        return self.received + self.carried_over

    @property
    def pending_in_time(self) -> int:
        return self.pending - self.pending_overdue

    @property
    def finished_in_time(self) -> int:
        return self.early + self.on_time

    @property
    def on_time_rate(self) -> float | None:
        """Finished by the due time (early or on time) among those finished; None: none."""
        return self.finished_in_time / self.finished if self.finished else None

    @property
    def online_share(self) -> float | None:
        return self.received_online / self.received if self.received else None

    @property
    def digitised_share(self) -> float | None:
        return self.digitised / self.received if self.received else None

    @property
    def cashless_share(self) -> float | None:
        return self.fee_cashless / self.fee_due if self.fee_due else None

    @property
    def average_rating(self) -> float | None:
        return self.rating_sum / self.rated if self.rated else None

    @property
    def satisfied_share(self) -> float | None:
        return self.satisfied / self.rated if self.rated else None


@dataclass(frozen=True)
class FigureRow:
    """The figures of one slice of the period: the procedure, field and channel."""

    procedure_code: str
    procedure_name: str
    field: str
    channel: str
    figures: Figures


def _count(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _local_day(moment: Any) -> ColumnElement[Any]:
    # Times are stored as naive UTC; Vietnam is UTC+7 all year (no daylight saving).
    return func.date(moment, "+7 hours")


def period_rows(session: Session, period: Period) -> list[FigureRow]:
    """The core query: every figure of ``period``, by procedure, field and channel."""
    start, end = period.start, period.end
    last_step = aliased(DossierEvent)
    last_step_id = (
        select(DossierEvent.id)
        .where(DossierEvent.dossier_id == Dossier.id, DossierEvent.at < end)
        .order_by(DossierEvent.id.desc()).limit(1)
        .correlate(Dossier).scalar_subquery()
    )
    received = and_(Dossier.received_at >= start, Dossier.received_at < end)
    finished = and_(Dossier.finished_at >= start, Dossier.finished_at < end)
    late = and_(finished, Dossier.finished_at > Dossier.due_at)
    early = and_(finished, Dossier.finished_at <= Dossier.due_at,
                 _local_day(Dossier.finished_at) < _local_day(Dossier.due_at))
    pending = or_(Dossier.finished_at.is_(None), Dossier.finished_at >= end)
    due_then = func.coalesce(last_step.due_at, Dossier.due_at)
    waiting_then = last_step.to_status.in_([str(s) for s in WAITING_FOR_CITIZEN])
    overdue_then = case((waiting_then, due_then < last_step.at), else_=due_then < end)
    digitised_papers = exists().where(Attachment.dossier_id == Dossier.id,
                                      Attachment.kind.in_(DIGITISED_KINDS))
    digitised_result = exists().where(Attachment.dossier_id == Dossier.id,
                                      Attachment.kind == "result")
    rated = and_(finished, Dossier.satisfaction.is_not(None))
    online = Dossier.channel.in_(ONLINE_CHANNELS)
    field = func.coalesce(Procedure.field, "")
    statement = (
        select(
            Dossier.procedure_code, Dossier.procedure_name, field, Dossier.channel,
            _count(received),
            _count(and_(received, online)),
            _count(and_(received, ~online)),
            _count(Dossier.received_at < start),
            _count(finished),
            _count(early),
            _count(and_(finished, ~late, ~early)),
            _count(late),
            _count(and_(finished, Dossier.status.in_([Status.RESULT_READY, Status.RETURNED]))),
            _count(and_(finished, Dossier.status == Status.REFUSED)),
            _count(and_(finished, Dossier.status == Status.WITHDRAWN)),
            _count(and_(finished, Dossier.status == Status.STOPPED)),
            _count(pending),
            _count(and_(pending, overdue_then)),
            _count(and_(received, digitised_papers)),
            _count(and_(finished, digitised_result)),
            _count(and_(received, Dossier.fee_amount > 0)),
            _count(and_(received, Dossier.fee_amount > 0, Dossier.fee_paid,
                        Dossier.fee_method.in_(CASHLESS_METHODS))),
            _count(rated),
            func.coalesce(func.sum(case((rated, Dossier.satisfaction), else_=0)), 0),
            _count(and_(rated, Dossier.satisfaction >= 4)),
        )
        .select_from(Dossier)
        .outerjoin(Procedure, and_(Procedure.code == Dossier.procedure_code,
                                   Procedure.version == Dossier.procedure_version))
        .outerjoin(last_step, last_step.id == last_step_id)
        .where(Dossier.received_at < end,
               or_(Dossier.finished_at.is_(None), Dossier.finished_at >= start))
        .group_by(Dossier.procedure_code, Dossier.procedure_name, field, Dossier.channel)
        .order_by(Dossier.procedure_code, Dossier.channel)
    )
    rows = []
    for code, name, field_name, channel, *counts in session.execute(statement):
        rows.append(FigureRow(code, name, field_name, channel,
                              Figures(*(int(count) for count in counts))))
    return rows


def total(rows: list[FigureRow]) -> Figures:
    result = Figures()
    for row in rows:
        result = result + row.figures
    return result


def grouped(rows: list[FigureRow], key: str) -> list[tuple[str, str, Figures]]:
    """Figures summed by ``procedure``, ``field`` or ``channel``: (key, label, figures)."""
    groups: dict[str, tuple[str, Figures]] = {}
    for row in rows:
        if key == "procedure":
            name, label = row.procedure_code, row.procedure_name
        elif key == "field":
            name = label = row.field or "Chưa phân lĩnh vực"
        else:
            name = label = row.channel
        previous = groups.get(name, (label, Figures()))
        groups[name] = (previous[0], previous[1] + row.figures)
    return [(name, label, figures) for name, (label, figures) in sorted(groups.items())]


def moment_text(moment: datetime) -> str:
    return f"{moment:%H:%M %d/%m/%Y}"
