"""A QR code as a PNG image (for screens and tests), drawn from ReportLab's encoder.

The same encoder and error-correction level as the QR codes of the printed forms
(:mod:`counter.forms.codes`), so a code on screen and on paper is the same symbol.
"""

from __future__ import annotations

import io

from PIL import Image

from counter.forms.codes import qr_flowable

QUIET_MODULES = 4  # ISO/IEC 18004 asks for a quiet zone of 4 modules


def qr_modules(payload: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code of ``payload``, row by row."""
    symbol = qr_flowable(payload, 100).qr
    symbol.make()
    return [[bool(cell) for cell in row] for row in symbol.modules]


def qr_png(payload: str, *, module_pixels: int = 6) -> bytes:
    """``payload`` as a black-on-white PNG, ``module_pixels`` pixels per module."""
    modules = qr_modules(payload)
    count = len(modules) + 2 * QUIET_MODULES
    small = Image.new("1", (count, count), 1)
    pixels = small.load()
    assert pixels is not None
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                pixels[c + QUIET_MODULES, r + QUIET_MODULES] = 0
    size = count * max(1, module_pixels)
    image = small.resize((size, size), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
