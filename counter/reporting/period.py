"""A reporting period: whole days in Vietnam, from the first to the last inclusive."""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter import clock
from counter.errors import InputError

MAX_DAYS = 3 * 366 + 1  # a report over more than three years is a mistake in the dates


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _month_end(day: date) -> date:
    return day.replace(day=month_calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InputError("--to", "ngày cuối kỳ phải từ ngày đầu kỳ trở đi.")
        if (self.last - self.first).days >= MAX_DAYS:
            raise InputError("--to", "kỳ báo cáo dài quá ba năm.")

    @property
    def start(self) -> datetime:
        """The first moment of the period in Vietnam."""
        return datetime.combine(self.first, time(0, 0), clock.VN_TZ)

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.last + timedelta(days=1), time(0, 0), clock.VN_TZ)

    @property
    def whole_months(self) -> int:
        """How many calendar months the period is, when it is whole months (else 0)."""
        if self.first.day != 1 or self.last != _month_end(self.last):
            return 0
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def previous(self) -> Period:
        """The period just before, of the same kind: the month, quarter or year before
        for whole months, else as many days before."""
        months = self.whole_months
        if months:
            first = _add_months(self.first, -months)
            return Period(first, _month_end(_add_months(first, months - 1)))
        days = (self.last - self.first).days + 1
        return Period(self.first - timedelta(days=days), self.first - timedelta(days=1))

    @property
    def label(self) -> str:
        return f"Từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = date(year, month, 1)
        return cls(first, _month_end(first))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise InputError("quý", "quý phải từ 1 đến 4.")
        first = date(year, 3 * quarter - 2, 1)
        return cls(first, _month_end(_add_months(first, 2)))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))
