"""How values are written on the forms: money, dates, times, durations.

Every time is shown in Vietnam local time (Asia/Ho_Chi_Minh), whatever zone
the aware ``datetime`` handed in uses.
"""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from counter.clock import VN_TZ as VN_TZ
from counter.clock import to_local as local
from counter.forms.model import ProcessingTime, TimeUnit
from counter.text import clean as clean_text  # NFC: decomposed accents print as loose marks
from counter.text import format_money as format_money

NBSP = "\u00a0"


def text_lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, each cleaned (for explicit line breaks)."""
    return [line for line in (clean_text(part) for part in text.splitlines()) if line]


def markup(text: str) -> str:
    """User text made safe to put inside a ReportLab paragraph."""
    return escape(clean_text(text))


def format_date(day: date) -> str:
    """dd/mm/yyyy; an aware datetime is first put in Vietnam time."""
    if isinstance(day, datetime):
        day = local(day)
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_time_and_date(moment: datetime) -> str:
    """``08:30 ngày 05/06/2025``: a short form for tables and letters."""
    at = local(moment)
    return f"{at.hour:02d}:{at.minute:02d} ngày {format_date(at)}"


def format_clock_line(moment: datetime) -> str:
    """The receipt's wording: ``08 giờ 30 phút, ngày 05 tháng 06 năm 2025``.

    Spaces inside the time and inside the date are non-breaking, so a wrapped
    line breaks only after the comma.
    """
    at = local(moment)
    clock = f"{at.hour:02d} giờ {at.minute:02d} phút,"
    return f"{_keep_together(clock)} {_keep_together(_day_month_year(at))}"


def _keep_together(text: str) -> str:
    return text.replace(" ", NBSP)


def name_markup(name: str) -> str:
    """A person's name for running text: escaped, and not split over two lines
    unless it is too long to fit on one anyway."""
    cleaned = markup(name)
    return _keep_together(cleaned) if len(cleaned) <= 40 else cleaned


def place_and_date(place: str, day: date) -> str:
    """``Tân Phú, ngày 05 tháng 06 năm 2025``, the line under the national motto."""
    if isinstance(day, datetime):
        day = local(day)
    return f"{clean_text(place)}, {_day_month_year(day)}"


def format_processing_time(duration: ProcessingTime) -> str:
    """``7 ngày làm việc``, ``8 giờ làm việc`` or ``trong ngày``."""
    if duration.unit is TimeUnit.WORKING_DAYS:
        return f"{duration.amount} ngày làm việc"
    if duration.unit is TimeUnit.WORKING_HOURS:
        return f"{duration.amount} giờ làm việc"
    return "trong ngày"


def _day_month_year(day: date) -> str:
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year:04d}"
