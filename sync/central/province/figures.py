"""The province's figures: per commune, received and finished in a period (with the
on-time rate), open and overdue now, the last time each workstation reached the server,
and the early-warning list of open dossiers due soon.

Each query reads one index (see ``ix_dossiers_*`` in the models): the period's received
and finished dossiers, and the open ones (a partial index: ``finished_at IS NULL``).
A dossier waiting for the citizen (its clock stopped) is open but never counted overdue
here: its due time moves on when it resumes. The digitised share and the share of fees
paid online are not sent by the workstations yet: the pages say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter.clock import from_utc_naive, to_utc_naive
from counter.reporting.period import Period
from sync.central.models import Dossier, StreamItem, Workstation
from sync.central.services.common import utc_now

WAITING_STATUSES = ("supplement_requested", "awaiting_payment")
WARNING_LIST_LIMIT = 200


@dataclass(frozen=True)
class WorkstationSeen:
    id: str
    name: str
    agency_code: str
    last_seen_at: datetime | None  # aware, Vietnam time
    stale: bool


@dataclass
class CommuneRow:
    agency_code: str
    name: str = ""
    received: int = 0
    finished: int = 0
    finished_on_time: int = 0
    pending: int = 0
    overdue: int = 0
    workstation_count: int = 0
    last_seen_at: datetime | None = None  # the latest of its workstations (aware)
    stale: bool = True  # no workstation reached the server lately (or it has none)
    workstations: tuple[WorkstationSeen, ...] = ()  # listed for one commune's page only

    @property
    def on_time_rate(self) -> float | None:
        return self.finished_on_time / self.finished if self.finished else None


@dataclass(frozen=True)
class WarningRow:
    code: str
    agency_code: str
    procedure_code: str
    status: str
    received_at: datetime | None
    due_at: datetime
    overdue: bool


@dataclass(frozen=True)
class ProvinceView:
    period: Period
    communes: list[CommuneRow]  # every commune seen, the most overdue first
    warnings: list[WarningRow]  # open dossiers overdue or due within ``warning_days``
    warning_days: int
    stale_days: int
    made_at: datetime

    @property
    def total(self) -> CommuneRow:
        total = CommuneRow("")
        for row in self.communes:
            total.received += row.received
            total.finished += row.finished
            total.finished_on_time += row.finished_on_time
            total.pending += row.pending
            total.overdue += row.overdue
        return total


def _scoped(statement: Any, agency_code: str | None) -> Any:
    return statement if agency_code is None else statement.where(
        Dossier.agency_code == agency_code)


def province_view(session: Session, period: Period, *, agency_code: str | None = None,
                  warning_days: int = 3, stale_days: int = 2,
                  now: datetime | None = None) -> ProvinceView:
    """The figures of ``period`` (and the open dossiers now), for the whole province or
    for ``agency_code`` only."""
    now = now or utc_now()
    start, end = to_utc_naive(period.start), to_utc_naive(period.end)
    rows: dict[str, CommuneRow] = {}

    def row(code: str | None) -> CommuneRow:
        key = code or ""
        if key not in rows:
            rows[key] = CommuneRow(key)
        return rows[key]

    received = _scoped(
        select(Dossier.agency_code, func.count())
        .where(Dossier.received_at >= start, Dossier.received_at < end)
        .group_by(Dossier.agency_code), agency_code)
    for code, count in session.execute(received):
        row(code).received = int(count)
    finished = _scoped(
        select(Dossier.agency_code, func.count(),
               func.sum(case((Dossier.finished_at <= Dossier.due_at, 1), else_=0)))
        .where(Dossier.finished_at >= start, Dossier.finished_at < end)
        .group_by(Dossier.agency_code), agency_code)
    for code, count, on_time in session.execute(finished):
        row(code).finished, row(code).finished_on_time = int(count), int(on_time or 0)
    running = Dossier.status.not_in(WAITING_STATUSES)
    open_now = _scoped(
        select(Dossier.agency_code, func.count(),
               func.sum(case((and_(Dossier.due_at < now, running), 1), else_=0)))
        .where(Dossier.finished_at.is_(None))
        .group_by(Dossier.agency_code), agency_code)
    for code, count, overdue in session.execute(open_now):
        row(code).pending, row(code).overdue = int(count), int(overdue or 0)
    stale_before = now - timedelta(days=stale_days)
    machines = select(Workstation.agency_code, func.count(), func.max(Workstation.last_seen_at)) \
        .where(Workstation.revoked_at.is_(None)).group_by(Workstation.agency_code)
    if agency_code is not None:
        machines = machines.where(Workstation.agency_code == agency_code)
    for code, count, seen in session.execute(machines):
        found = row(code)
        found.workstation_count = int(count)
        found.last_seen_at = from_utc_naive(seen) if seen else None
        found.stale = seen is None or seen < stale_before
    if agency_code is not None:
        row(agency_code).workstations = tuple(
            _workstations(session, agency_code, stale_before).get(agency_code, []))
    communes = sorted(rows.values(), key=lambda r: (-r.overdue, r.stale is False,
                                                   r.agency_code))
    return ProvinceView(period, communes,
                        early_warnings(session, agency_code, warning_days, now),
                        warning_days, stale_days, from_utc_naive(now))


def _workstations(session: Session, agency_code: str | None,
                  stale_before: datetime) -> dict[str, list[WorkstationSeen]]:
    statement = select(Workstation.id, Workstation.name, Workstation.agency_code,
                       Workstation.last_seen_at).where(Workstation.revoked_at.is_(None)) \
        .order_by(Workstation.agency_code, Workstation.name)
    if agency_code is not None:
        statement = statement.where(Workstation.agency_code == agency_code)
    found: dict[str, list[WorkstationSeen]] = {}
    for ident, name, agency, seen in session.execute(statement):
        found.setdefault(agency, []).append(WorkstationSeen(
            ident, name, agency, from_utc_naive(seen) if seen else None,
            seen is None or seen < stale_before))
    return found


def fill_names(session: Session, communes: list[CommuneRow]) -> None:
    """Agency names from the master data the province loaded (the code when there is none),
    for the communes given (a page's, or all of them for the workbook)."""
    import json

    rows = {row.agency_code: row for row in communes}
    codes = [code for code in rows if code]
    for start in range(0, len(codes), 500):
        chunk = codes[start:start + 500]
        items = session.execute(select(StreamItem.key, StreamItem.data).where(
            StreamItem.stream == "agencies", StreamItem.key.in_(chunk)))
        for key, data in items:
            try:
                name = json.loads(data).get("name")
            except (ValueError, AttributeError):
                name = None
            if isinstance(name, str):
                rows[key].name = name


def early_warnings(session: Session, agency_code: str | None, days: int,
                   now: datetime | None = None,
                   limit: int = WARNING_LIST_LIMIT) -> list[WarningRow]:
    """Open dossiers overdue or due within ``days`` (not those waiting for the citizen),
    the most urgent first."""
    now = now or utc_now()
    statement = _scoped(
        select(Dossier.code, Dossier.agency_code, Dossier.procedure_code, Dossier.status,
               Dossier.received_at, Dossier.due_at)
        .where(Dossier.finished_at.is_(None), Dossier.due_at < now + timedelta(days=days),
               or_(Dossier.status.is_(None), Dossier.status.not_in(WAITING_STATUSES)))
        .order_by(Dossier.due_at, Dossier.code).limit(limit), agency_code)
    return [
        WarningRow(code, agency or "", procedure or "", status or "",
                   from_utc_naive(received) if received else None, from_utc_naive(due),
                   due < now)
        for code, agency, procedure, status, received, due in session.execute(statement)
    ]
