"""Local and central exceptions to the national working calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from counter.db.models import CalendarOverride
from counter.deadlines.calendar import WorkCalendar, WorkingHours
from counter.errors import InputError

KINDS = ("day_off", "working_day")


@dataclass(frozen=True)
class Override:
    day: date
    kind: str
    note: str
    agency_code: str | None
    source: str


def _same_scope(agency_code: str | None) -> ColumnElement[bool]:
    """Nationwide overrides (no agency), or those of ``agency_code``."""
    if agency_code is None:
        return CalendarOverride.agency_code.is_(None)
    return CalendarOverride.agency_code == agency_code


def set_override(session: Session, day: date, kind: str, note: str = "",
                 agency_code: str | None = None, source: str = "local") -> None:
    if kind not in KINDS:
        raise InputError("kind", "phải là day_off (ngày nghỉ) hoặc working_day (ngày làm việc bù).")
    row = session.scalar(
        select(CalendarOverride).where(CalendarOverride.day == day, _same_scope(agency_code))
    )
    if row is None:
        row = CalendarOverride(day=day, agency_code=agency_code)
        session.add(row)
    row.kind, row.note, row.source = kind, note, source
    session.flush()


def remove_override(session: Session, day: date, agency_code: str | None = None,
                    source: str = "local") -> None:
    """Drop the override of ``day`` in that scope if ``source`` set it (a central removal
    leaves a local decision alone)."""
    session.execute(
        delete(CalendarOverride).where(
            CalendarOverride.day == day,
            _same_scope(agency_code),
            CalendarOverride.source == source,
        )
    )


def overrides_for(session: Session, agency_code: str | None) -> list[Override]:
    rows = session.scalars(
        select(CalendarOverride)
        .where(or_(CalendarOverride.agency_code.is_(None),
                   CalendarOverride.agency_code == agency_code))
        .order_by(CalendarOverride.day)
    )
    return [Override(r.day, r.kind, r.note, r.agency_code, r.source) for r in rows]


def build_calendar(hours: WorkingHours, overrides: list[Override]) -> WorkCalendar:
    return WorkCalendar(
        hours=hours,
        extra_days_off=frozenset(o.day for o in overrides if o.kind == "day_off"),
        extra_working_days=frozenset(o.day for o in overrides if o.kind == "working_day"),
    )
