"""Turning a story of flowables into PDF bytes, and the page-number footer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from counter import APP_NAME
from counter.forms import fonts
from counter.forms.reprint import draw_stamp
from counter.forms.sheet import MM, Sheet

PageHook = Callable[[Any, Any], None]


def build_pdf(
    story: Sequence[Any],
    sheet: Sheet,
    *,
    title: str,
    subject: str,
    numbered_pages: bool = False,
    on_page_end: PageHook | None = None,
    stamp: str | None = None,
) -> bytes:
    """Lay ``story`` out on ``sheet`` and return the PDF.

    ``stamp`` (the reprint mark) is drawn in the top margin of every page.
    Output is byte-for-byte reproducible for the same input (no creation
    timestamp or random document id), so archived copies can be compared by hash.
    """
    fonts.register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(sheet.width, sheet.height),
        leftMargin=sheet.left,
        rightMargin=sheet.right,
        topMargin=sheet.top,
        bottomMargin=sheet.bottom,
        title=title,
        subject=subject,
        author=APP_NAME,
        creator=APP_NAME,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=sheet.body_size,
    )
    frame = Frame(
        sheet.left,
        sheet.bottom,
        sheet.frame_width,
        sheet.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template = PageTemplate(
        id="page", frames=[frame], onPageEnd=_decorations(sheet, stamp, on_page_end)
    )
    doc.addPageTemplates([template])
    if numbered_pages:
        doc.build(list(story), canvasmaker=_page_counting_canvas(sheet))
    else:
        doc.build(list(story))
    return buffer.getvalue()


def _decorations(sheet: Sheet, stamp: str | None, on_page_end: PageHook | None) -> PageHook:
    def draw(canvas: Any, doc: Any) -> None:
        if stamp:
            draw_stamp(canvas, sheet, stamp)
        if on_page_end is not None:
            on_page_end(canvas, doc)

    return draw


def _page_counting_canvas(sheet: Sheet) -> type:
    """A canvas that holds each page back until the end, then writes
    "Trang n/N" at the bottom of every page when there is more than one."""

    class PageCountingCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, 1):
                self.__dict__.update(state)
                if total > 1:
                    self._write_page_number(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _write_page_number(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(fonts.REGULAR, 8)
            self.drawCentredString(
                sheet.width / 2, sheet.bottom - 7 * MM, f"Trang {number}/{total}"
            )
            self.restoreState()

    return PageCountingCanvas
