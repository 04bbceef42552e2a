"""The bundled Noto Serif faces, registered with ReportLab once per process.

Built-in PDF fonts have no Vietnamese glyphs, so every form uses these.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from counter.errors import ConfigurationError
from counter.paths import resources_dir

REGULAR = "NotoSerif"
BOLD = "NotoSerif-Bold"
ITALIC = "NotoSerif-Italic"

_FILES = {
    REGULAR: "NotoSerif-Regular.ttf",
    BOLD: "NotoSerif-Bold.ttf",
    ITALIC: "NotoSerif-Italic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Load the TTFs on first use; later calls return at once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, file_name in _FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise ConfigurationError(f"Thiếu tệp phông chữ {file_name} trong {folder}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside paragraphs pick the right face; bold italic is not
        # used on the forms, so it falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of one line of ``text`` set in ``font`` at ``size``."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
