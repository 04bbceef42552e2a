"""How the screens write and read dates, times and amounts (Vietnamese conventions)."""

from __future__ import annotations

import re
from datetime import date, datetime

from counter import clock
from counter.deadlines.compute import ProcessingTime
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

_DAY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_COMPACT_DAY = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("formatting", "Thứ Hai"),
    QT_TRANSLATE_NOOP("formatting", "Thứ Ba"),
    QT_TRANSLATE_NOOP("formatting", "Thứ Tư"),
    QT_TRANSLATE_NOOP("formatting", "Thứ Năm"),
    QT_TRANSLATE_NOOP("formatting", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("formatting", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("formatting", "Chủ nhật"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def format_day(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def format_moment(moment: datetime | None) -> str:
    return clock.to_local(moment).strftime("%H:%M %d/%m/%Y") if moment else ""


def format_appointment(moment: datetime) -> str:
    """``16:00, Thứ Hai 01/12/2025``: the weekday helps the citizen remember."""
    local = clock.to_local(moment)
    weekday = tr(str(WEEKDAYS[local.weekday()]))
    return f"{local:%H:%M}, {weekday} {local:%d/%m/%Y}"


PROCESSING_LABELS = {
    "same_day": QT_TRANSLATE_NOOP("formatting", "Trong ngày"),
    "working_days": QT_TRANSLATE_NOOP("formatting", "%1 ngày làm việc"),
    "working_hours": QT_TRANSLATE_NOOP("formatting", "%1 giờ làm việc"),
}


def processing_label(processing: ProcessingTime) -> str:
    """``Trong ngày``, ``7 ngày làm việc``, ``4 giờ làm việc``, in the interface's language."""
    return tr(str(PROCESSING_LABELS[processing.kind])).replace("%1", f"{processing.amount:g}")


def parse_day(text: str) -> date | None:
    """``dd/mm/yyyy`` (or ``ddmmyyyy``); empty gives None; anything else raises ValueError."""
    if not text.strip():
        return None
    match = _DAY.match(text) or _COMPACT_DAY.match(text)
    if not match:
        raise ValueError(QCoreApplication.translate(
            "formatting", "cần dạng ngày/tháng/năm, ví dụ 05/09/1990."))
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("formatting", "ngày này không có thật.")) from None
