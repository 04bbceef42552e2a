"""The QR code and Code 128 barcode of a dossier code, as ReportLab flowables."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode

from counter.forms.model import AgencyHeader
from counter.forms.qr_fast import best_mask, create_data, layout, unpack

MM = 72 / 25.4
QR_QUIET_MODULES = 2


def qr_payload(code: str, header: AgencyHeader) -> str:
    """The dossier code, or the agency's lookup address with the code filled in."""
    template = header.lookup_url_template
    if not template:
        return code
    return template.replace("{code}", quote(code, safe=""))


def qr_flowable(payload: str, size: float) -> Any:
    """A square QR code ``size`` points wide, error correction level M."""
    flowable = _QrPath(payload, width=size, height=size, qrLevel="M", qrBorder=QR_QUIET_MODULES)
    flowable.qr = _finished_symbol(payload)  # same symbol, made once per payload
    return flowable


@lru_cache(maxsize=32)
def _finished_symbol(payload: str) -> Any:
    """The encoded symbol of ``payload`` (level M), made once: the two copies of a receipt
    share it, and drawing it (which calls ``make()`` again) leaves its modules as they are."""
    symbol = _QuickQRCode(None, qrencoder.QRErrorCorrectLevel.M)
    symbol.addData(payload)
    symbol.make()
    return symbol


def forget_symbols() -> None:
    """Drop the symbols kept per payload (benchmarks: time a receipt as a new dossier's)."""
    _finished_symbol.cache_clear()


class _QuickQRCode(qrencoder.QRCode):  # type: ignore[misc]
    """ReportLab's encoder, the same symbol made the quicker way: the eight trial masks are
    laid on one integer of bits and scored by ReportLab's own penalty rules (``penalty``), so
    the same mask is chosen; ReportLab then writes the type and version information."""

    modules: list[list[bool]] | None
    moduleCount: int
    version: int | None
    dataCache: list[int] | None
    errorCorrectLevel: int
    dataList: list[Any]

    def make(self) -> None:
        if self.modules is not None:  # made once; drawing calls make() again
            return
        if self.version is None:
            self.version = self.calculate_version()
        if self.dataCache is None:
            self.dataCache = create_data(self.version, self.errorCorrectLevel, self.dataList)
        shape = layout(self.version)
        pattern, symbol = best_mask(shape, self.dataCache)
        self.moduleCount = shape.size
        self.modules = unpack(symbol, shape.size)
        self.setupTypeInfo(False, pattern)
        if self.version >= 7:
            self.setupTypeNumber(False)


class _QrPath(QrCode):  # type: ignore[misc]
    """ReportLab's QR flowable, its dark runs filled as one path in module units rather than
    a rectangle and a fill each: the same rectangles, so the same marks on paper."""

    def draw(self) -> None:
        self.qr.make()
        side = self.qr.getModuleCount() + 2 * self.qrBorder  # quiet zone included
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.width / side, self.height / side)
        canvas.addLiteral(module_path(self.qr, self.qrBorder))
        canvas.restoreState()


def module_path(symbol: Any, border: int) -> str:
    """PDF operators that fill the dark modules of ``symbol`` in a square of side modules
    + 2 ``border`` units, origin at the bottom left: one rectangle per run of dark modules
    in a row, 1.05 modules high as ReportLab draws them (the row below overlaps it), filled
    at once with the non-zero rule so the overlaps stay dark. Kept with the symbol: the
    copies of a receipt share it."""
    kept: dict[int, str] = symbol.__dict__.setdefault("module_paths", {})
    if border not in kept:
        top = symbol.getModuleCount() + border - 1  # the lowest y of the first row
        ops = [
            f"{start + border} {top - r} {length} 1.05 re"
            for r, row in enumerate(symbol.modules)
            for start, length in dark_runs(row)
        ]
        ops.append("f")
        kept[border] = "\n".join(ops)
    return kept[border]


_DARK_RUN = re.compile(rb"\x01+")


def dark_runs(row: list[bool]) -> list[tuple[int, int]]:
    """(first column, length) of each run of dark modules in ``row``."""
    return [(found.start(), found.end() - found.start())
            for found in _DARK_RUN.finditer(bytes(map(bool, row)))]


def barcode_flowable(code: str, *, module: float, height: float) -> Any:
    """A Code 128 symbol of ``code`` with ``module`` as the narrowest bar (points).

    The quiet zones of ten modules each side are part of the flowable, so it can
    sit next to text without the scanner reading the text as bars.
    """
    return Code128(
        code,
        barWidth=module,
        barHeight=height,
        quiet=1,
        lquiet=10 * module,
        rquiet=10 * module,
        humanReadable=0,
    )


def barcode_width(code: str, *, module: float) -> float:
    """Width of :func:`barcode_flowable`, quiet zones included."""
    return float(barcode_flowable(code, module=module, height=10).width)
