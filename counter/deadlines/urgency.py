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
    if working_time_between(calendar, now, due, stop_above=due_soon_minutes) <= due_soon_minutes:
        return Urgency.DUE_SOON
    return Urgency.ON_TRACK


BEFORE_TIME, ON_TIME, LATE = "Trước hạn", "Đúng hạn", "Quá hạn"


def timeliness(done_at: datetime, due: datetime) -> str:
    """The result column of the control slip (form 06): "Trước hạn" when the step was done
    on a day before the due day, "Đúng hạn" on the due day by the due time, "Quá hạn" after.

    The three words are those of the published templates; the cut between "before time" and
    "on time" at the due *day* is this project's reading (no rule text was found)."""
    done_at, due = to_local(done_at), to_local(due)
    if done_at > due:
        return LATE
    return BEFORE_TIME if done_at.date() < due.date() else ON_TIME
