"""How close a dossier is to its due time ("quá hạn" is computed, never stored)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from counter.clock import to_local
from counter.deadlines.calendar import WorkCalendar
from counter.deadlines.compute import working_time_between


class Urgency(StrEnum):
    FINISHED = "finished"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"


def urgency(
    calendar: WorkCalendar,
    due: datetime,
    now: datetime,
    *,
    finished: bool = False,
    due_soon_minutes: int = 8 * 60,
) -> Urgency:
    """Overdue once ``now`` passes ``due``; due soon within ``due_soon_minutes`` of work."""
    if finished:
        return Urgency.FINISHED
    due, now = to_local(due), to_local(now)
    if now > due:
        return Urgency.OVERDUE
    if due.date() == now.date():
        return Urgency.DUE_TODAY
    if working_time_between(calendar, now, due) <= due_soon_minutes:
        return Urgency.DUE_SOON
    return Urgency.ON_TRACK
