"""The working calendar of an agency: working hours, public holidays, local overrides."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property

from counter.clock import VN_TZ
from counter.errors import ConfigurationError

MAX_DAYS_SEARCHED = 3 * 366


@dataclass(frozen=True)
class WorkingHours:
    """Daily working periods, working weekdays (0 = Monday) and the same-day cut-off."""

    periods: tuple[tuple[time, time], ...] = (
        (time(8, 0), time(12, 0)),
        (time(13, 0), time(17, 0)),
    )
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    same_day_cutoff: time = time(15, 0)

    def __post_init__(self) -> None:
        if not self.periods:
            raise ConfigurationError("Giờ làm việc phải có ít nhất một khoảng thời gian.")
        previous_end = time(0, 0)
        for start, end in self.periods:
            if not (previous_end <= start < end):
                raise ConfigurationError(
                    "Các khoảng giờ làm việc phải tăng dần và không chồng lên nhau."
                )
            previous_end = end
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise ConfigurationError("Ngày làm việc trong tuần không hợp lệ.")

    @cached_property
    def minutes_per_day(self) -> int:
        return sum(_minutes(end) - _minutes(start) for start, end in self.periods)

    @property
    def day_end(self) -> time:
        return self.periods[-1][1]


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


@dataclass
class WorkCalendar:
    """Which days are working days, and when work happens on them.

    Public holidays, substituted days off and swapped working Saturdays come from
    the ``holidays`` package (country VN); ``extra_days_off`` and
    ``extra_working_days`` are local or central overrides and win over it.
    """

    hours: WorkingHours = field(default_factory=WorkingHours)
    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    public_holidays: bool = True
    day_names: Mapping[date, str] = field(default_factory=dict)  # why an override is there

    @cached_property
    def _holidays(self):  # type: ignore[no-untyped-def]
        import holidays

        return holidays.country_holidays("VN", language="vi")

    def load_holidays(self) -> None:
        """Load the holiday tables now (the import alone takes ~0.25 s), so that the first
        due date or search does not wait for them."""
        if self.public_holidays:
            self._holidays.get(date.today())

    def holiday_name(self, day: date) -> str | None:
        if day in self.day_names:
            return self.day_names[day]
        if not self.public_holidays:
            return None
        name = self._holidays.get(day)
        return str(name) if name else None

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_days_off:
            return False
        if day in self.extra_working_days:
            return True
        if self.public_holidays:
            if day in self._holidays:
                return False
            if day in self._holidays.weekend_workdays:
                return True
        return day.weekday() in self.hours.weekdays

    def working_days_from(self, day: date) -> Iterator[date]:
        """Working days from ``day`` on (``day`` included if it is one); bounded."""
        for offset in range(MAX_DAYS_SEARCHED):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                yield candidate
        raise ConfigurationError(
            "Không tìm thấy ngày làm việc nào trong 3 năm tới: kiểm tra lịch làm việc."
        )

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return next(self.working_days_from(day + timedelta(days=1)))

    def periods_on(self, day: date) -> list[tuple[datetime, datetime]]:
        """The working periods of ``day`` as aware local times ([] on a day off)."""
        if not self.is_working_day(day):
            return []
        return [
            (datetime.combine(day, start, VN_TZ), datetime.combine(day, end, VN_TZ))
            for start, end in self.hours.periods
        ]

    def with_overrides(
        self, days_off: Iterable[date] = (), working_days: Iterable[date] = ()
    ) -> WorkCalendar:
        return WorkCalendar(
            hours=self.hours,
            extra_days_off=self.extra_days_off | frozenset(days_off),
            extra_working_days=self.extra_working_days | frozenset(working_days),
            public_holidays=self.public_holidays,
            day_names=self.day_names,
        )
