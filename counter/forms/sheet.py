"""Paper sizes, margins and the paragraph styles that go with them.

Forms 01-06 are A5 portrait in practice (A4 on request); the tracking book is
A4 landscape. Type sizes scale with the sheet so an A4 slip is not a lonely
A5 slip in the corner of a big page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from counter.errors import InputError
from counter.forms import fonts

MM = 72 / 25.4


@dataclass(frozen=True)
class Sheet:
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    body_size: float
    header_size: float
    title_size: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom

    @property
    def leading(self) -> float:
        return round(self.body_size * 1.28, 1)


A5 = Sheet(148 * MM, 210 * MM, 13 * MM, 10 * MM, 10 * MM, 10 * MM, 9, 8.5, 11.5)
A4 = Sheet(210 * MM, 297 * MM, 25 * MM, 15 * MM, 18 * MM, 18 * MM, 12.5, 11.5, 14.5)
A4_LANDSCAPE = Sheet(297 * MM, 210 * MM, 12 * MM, 12 * MM, 12 * MM, 14 * MM, 8.5, 10, 13.5)

_SHEETS = {"A5": A5, "A4": A4}


def sheet_named(page_size: str) -> Sheet:
    """The sheet for a form: ``"A5"`` (default everywhere) or ``"A4"``."""
    sheet = _SHEETS.get(page_size.upper()) if isinstance(page_size, str) else None
    if sheet is None:
        raise InputError("Khổ giấy", f"chỉ hỗ trợ A5 hoặc A4 (nhận được: {page_size!r}).")
    return sheet


@dataclass(frozen=True)
class Styles:
    body: Any
    body_justified: Any
    centred: Any
    centred_bold: Any
    italic_right: Any
    italic_centred: Any
    header: Any
    header_bold: Any
    title: Any
    small: Any
    small_italic: Any
    small_centred: Any
    hint: Any
    cell: Any
    cell_centred: Any
    cell_header: Any


@lru_cache(maxsize=8)
def styles_for(sheet: Sheet) -> Styles:
    """Paragraph styles sized for ``sheet`` (built once per sheet)."""
    fonts.register_fonts()
    size, leading = sheet.body_size, sheet.leading
    body = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=size, leading=leading, spaceAfter=size * 0.15
    )
    header = ParagraphStyle(
        "header",
        parent=body,
        fontSize=sheet.header_size,
        leading=sheet.header_size * 1.25,
        alignment=TA_CENTER,
        spaceAfter=0,
    )
    small_size = max(size - 1.5, 7)
    small = ParagraphStyle(
        "small", parent=body, fontSize=small_size, leading=small_size * 1.28, spaceAfter=0
    )
    cell_size = max(size - 1, 7)
    cell = ParagraphStyle(
        "cell", parent=body, fontSize=cell_size, leading=cell_size * 1.22, spaceAfter=0
    )
    return Styles(
        body=body,
        body_justified=ParagraphStyle("justified", parent=body, alignment=TA_JUSTIFY),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
        centred_bold=ParagraphStyle(
            "centred_bold", parent=body, alignment=TA_CENTER, fontName=fonts.BOLD
        ),
        italic_right=ParagraphStyle(
            "italic_right", parent=body, alignment=TA_RIGHT, fontName=fonts.ITALIC
        ),
        italic_centred=ParagraphStyle(
            "italic_centred", parent=header, fontName=fonts.ITALIC, fontSize=size, leading=leading
        ),
        header=header,
        header_bold=ParagraphStyle("header_bold", parent=header, fontName=fonts.BOLD),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=sheet.title_size,
            leading=sheet.title_size * 1.3,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        small=small,
        small_italic=ParagraphStyle("small_italic", parent=small, fontName=fonts.ITALIC),
        small_centred=ParagraphStyle("small_centred", parent=small, alignment=TA_CENTER),
        hint=ParagraphStyle(
            "hint",
            parent=body,
            fontName=fonts.ITALIC,
            fontSize=size - 1,
            leading=(size - 1) * 1.25,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        cell=cell,
        cell_centred=ParagraphStyle("cell_centred", parent=cell, alignment=TA_CENTER),
        cell_header=ParagraphStyle(
            "cell_header", parent=cell, alignment=TA_CENTER, fontName=fonts.BOLD
        ),
    )
