"""Legal processing deadlines: working days, Vietnamese holidays, the 15:00 rule.

Pure functions over a :class:`WorkCalendar`; no database, no Qt.
"""

from counter.deadlines.calendar import WorkCalendar, WorkingHours
from counter.deadlines.compute import (
    ProcessingTime,
    clock_start,
    due_time,
    due_time_after_pause,
    same_day_deferral,
    working_time_between,
)
from counter.deadlines.urgency import Urgency, urgency

__all__ = [
    "ProcessingTime",
    "Urgency",
    "WorkCalendar",
    "WorkingHours",
    "clock_start",
    "due_time",
    "due_time_after_pause",
    "same_day_deferral",
    "urgency",
    "working_time_between",
]
