"""Local and central exceptions to the national working calendar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from counter.calendar_data import CalendarDay, merged_kinds
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


def build_calendar(
    hours: WorkingHours, overrides: list[Override], shipped: Sequence[CalendarDay] = ()
) -> WorkCalendar:
    """The calendar of the package's holidays, then the ``shipped`` decided days, then the
    nationwide overrides, then the agency's own: a later layer wins a day."""
    nationwide = [_as_day(o) for o in overrides if o.agency_code is None]
    own = [_as_day(o) for o in overrides if o.agency_code is not None]
    merged = merged_kinds((shipped, nationwide, own))
    return WorkCalendar(
        hours=hours,
        extra_days_off=frozenset(d for d, e in merged.items() if e.kind == "day_off"),
        extra_working_days=frozenset(d for d, e in merged.items() if e.kind == "working_day"),
        day_names={d: e.name for d, e in merged.items() if e.name},
    )


def _as_day(override: Override) -> CalendarDay:
    return CalendarDay(override.day, override.kind, override.note, override.source)


def import_overrides(
    session: Session, days: Sequence[CalendarDay], agency_code: str | None = None,
    source: str = "local",
) -> int:
    """Set every day of ``days`` (already checked as a whole) as an override; returns how
    many. Used by the administrator's ``calendar import``."""
    for entry in days:
        set_override(session, entry.day, entry.kind, entry.name, agency_code, source)
    return len(days)
