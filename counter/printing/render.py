"""PDF pages as pixels, in-process with PDFium (pypdfium2): nothing outside Python to
install, on Linux or Windows. The GUI wraps each page in a ``QImage`` for the printer.

PDFium is not thread-safe, so every use goes through one lock; rendering runs off the UI
thread (the caller's background task) and the lock only orders those tasks.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from counter.errors import InputError

MAX_PAGES = 50
MAX_PIXELS = 80_000_000  # one page; an A4 page at 600 dpi is 35 Mpx
_lock = threading.Lock()


@dataclass(frozen=True)
class PagePixels:
    """One page as 8-bit RGB rows, ``stride`` bytes apart."""

    width: int
    height: int
    stride: int
    rgb: bytes
    width_points: float
    height_points: float


def render_pdf(pdf: bytes, dpi: int, last_page: int = MAX_PAGES) -> list[PagePixels]:
    """Pages 1..``last_page`` of ``pdf`` at ``dpi`` (forms and signature stamps drawn)."""
    import pypdfium2 as pdfium

    scale = dpi / 72
    pages: list[PagePixels] = []
    with _lock:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as error:
            raise InputError("pdf", f"không đọc được tệp PDF để in ({error}).") from None
        try:
            document.init_forms()  # widgets (a signature's visible stamp) are drawn too
            for index in range(min(len(document), last_page)):
                page = document[index]
                try:
                    width, height = page.get_size()
                    if width * height * scale * scale > MAX_PIXELS:
                        raise InputError("pdf", f"trang {index + 1} quá lớn để in ở {dpi} dpi.")
                    bitmap = page.render(scale=scale, rev_byteorder=True,
                                         force_bitmap_format=pdfium.raw.FPDFBitmap_BGR)
                    try:
                        pages.append(PagePixels(bitmap.width, bitmap.height, bitmap.stride,
                                                bytes(bitmap.buffer), width, height))
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return pages
