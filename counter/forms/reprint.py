"""The mark of a reprint: "BẢN IN LẠI" with the time of the reprint, in the top
margin of every page, so a second paper of the same form is never taken for the
first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms import fonts
from counter.forms.checks import require_aware
from counter.forms.formatting import format_time_and_date
from counter.forms.sheet import MM, Sheet

LABEL = "BẢN IN LẠI"
STAMP_SIZE = 7.5
_PADDING = 1.0  # points between the text and its frame
_BASELINE = 2.4 * MM  # above the top of the text area, clear of the paper's unprintable edge
_ABOVE, _BELOW = 1.0, 0.3  # accented capitals and descenders, in ems


def reprint_stamp(reprinted_at: datetime | None) -> str | None:
    """``BẢN IN LẠI - in lúc 14:32 ngày 05/06/2025``, or ``None`` for a first print."""
    if reprinted_at is None:
        return None
    require_aware("Thời gian in lại", reprinted_at)
    return f"{LABEL} - in lúc {format_time_and_date(reprinted_at)}"


def stamp_width(stamp: str) -> float:
    """How much of the top margin the framed stamp takes, from the left edge of the text."""
    return fonts.text_width(stamp, fonts.BOLD, STAMP_SIZE) + 2 * _PADDING


def draw_stamp(canvas: Any, sheet: Sheet, stamp: str) -> None:
    """The stamp in bold inside a thin frame, at the left of the top margin."""
    x = sheet.left
    y = sheet.height - sheet.top + _BASELINE
    canvas.saveState()
    canvas.setFont(fonts.BOLD, STAMP_SIZE)
    canvas.setLineWidth(0.6)
    canvas.rect(
        x,
        y - _BELOW * STAMP_SIZE - _PADDING,
        stamp_width(stamp),
        (_ABOVE + _BELOW) * STAMP_SIZE + 2 * _PADDING,
        stroke=1,
        fill=0,
    )
    canvas.drawString(x + _PADDING, y, stamp)
    canvas.restoreState()
