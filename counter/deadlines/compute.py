"""Due times: the clock start, N working days or hours, same-day, pauses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from counter.clock import to_local
from counter.deadlines.calendar import WorkCalendar
from counter.errors import InputError

ProcessingKind = Literal["working_days", "working_hours", "same_day"]
PROCESSING_KINDS: tuple[ProcessingKind, ...] = ("working_days", "working_hours", "same_day")


@dataclass(frozen=True)
class ProcessingTime:
    """A legal processing time: ``amount`` working days or hours, or the same day."""

    kind: ProcessingKind
    amount: float = 0

    def __post_init__(self) -> None:
        if self.kind not in PROCESSING_KINDS:
            raise InputError("processing_time", f"loại thời hạn không hợp lệ: {self.kind!r}")
        if self.kind != "same_day" and not self.amount > 0:
            raise InputError("processing_time", "thời hạn giải quyết phải lớn hơn 0.")

    @classmethod
    def days(cls, amount: float) -> ProcessingTime:
        return cls("working_days", amount)

    @classmethod
    def hours(cls, amount: float) -> ProcessingTime:
        return cls("working_hours", amount)

    @classmethod
    def same_day(cls) -> ProcessingTime:
        return cls("same_day", 0)

    def working_minutes(self, calendar: WorkCalendar) -> int:
        if self.kind == "working_days":
            return round(self.amount * calendar.hours.minutes_per_day)
        if self.kind == "working_hours":
            return round(self.amount * 60)
        return 0

    def label_vi(self) -> str:
        if self.kind == "same_day":
            return "Trong ngày"
        unit = "ngày làm việc" if self.kind == "working_days" else "giờ làm việc"
        return f"{self.amount:g} {unit}"


def clock_start(calendar: WorkCalendar, received: datetime) -> datetime:
    """When the legal clock starts: ``received`` if within working hours, else the next start."""
    moment = to_local(received).replace(second=0, microsecond=0)
    for day in calendar.working_days_from(moment.date()):
        for start, end in calendar.periods_on(day):
            if moment < start:
                return start
            if moment < end:
                return moment
    raise AssertionError("unreachable: working_days_from is bounded and raises")


def add_working_minutes(calendar: WorkCalendar, start: datetime, minutes: int) -> datetime:
    """Walk forward ``minutes`` of working time from ``start`` through working periods only.

    Work that ends exactly at the end of a period is due at that end (17:00), not at
    the start of the next period.
    """
    cursor = to_local(start)
    if minutes <= 0:
        return cursor
    remaining = timedelta(minutes=minutes)
    for day in calendar.working_days_from(cursor.date()):
        for period_start, period_end in calendar.periods_on(day):
            if period_end <= cursor:
                continue
            segment_start = max(cursor, period_start)
            available = period_end - segment_start
            if remaining <= available:
                return segment_start + remaining
            remaining -= available
            cursor = period_end
    raise AssertionError("unreachable: working_days_from is bounded and raises")


def working_time_between(calendar: WorkCalendar, since: datetime, until: datetime,
                         stop_above: int | None = None) -> int:
    """Minutes of working time between two moments (0 if ``until`` is not after ``since``).

    With ``stop_above``, the count stops as soon as it passes that many minutes: the answer
    is then only known to be above it (enough to tell "due soon" from "on track")."""
    since, until = to_local(since), to_local(until)
    if until <= since:
        return 0
    total = timedelta()
    limit = timedelta(minutes=stop_above + 1) if stop_above is not None else None
    day = since.date()
    while day <= until.date():
        for period_start, period_end in calendar.periods_on(day):
            overlap = min(period_end, until) - max(period_start, since)
            if overlap > timedelta():
                total += overlap
        if limit is not None and total >= limit:  # whole minutes above ``stop_above``
            break
        day += timedelta(days=1)
    return int(total.total_seconds() // 60)


SameDayDeferral = Literal["after_cutoff", "outside_hours"]


def same_day_deferral(calendar: WorkCalendar, received: datetime,
                      processing: ProcessingTime) -> SameDayDeferral | None:
    """Why a same-day dossier received at ``received`` is due on a later day, if it is:
    received after the same-day cut-off (15:00), or outside working hours."""
    if processing.kind != "same_day":
        return None
    received = to_local(received)
    if due_time(calendar, received, processing).date() == received.date():
        return None
    start = clock_start(calendar, received)
    if start.date() == received.date() and start.time() >= calendar.hours.same_day_cutoff:
        return "after_cutoff"
    return "outside_hours"


def due_time(calendar: WorkCalendar, received: datetime, processing: ProcessingTime) -> datetime:
    """The legal due time of a dossier received at ``received``."""
    start = clock_start(calendar, received)
    if processing.kind == "same_day":
        day = start.date()
        if start.time() >= calendar.hours.same_day_cutoff:
            day = calendar.next_working_day(day)
        return calendar.periods_on(day)[-1][1]
    return add_working_minutes(calendar, start, processing.working_minutes(calendar))


def due_time_after_pause(
    calendar: WorkCalendar, due: datetime, paused_at: datetime, resumed_at: datetime
) -> datetime:
    """Move ``due`` later by the working time spent waiting for the citizen."""
    return add_working_minutes(calendar, due, working_time_between(calendar, paused_at, resumed_at))
