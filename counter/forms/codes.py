"""The QR code and Code 128 barcode of a dossier code, as ReportLab flowables."""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.pdfgen.canvas import FILL_NON_ZERO

from counter.forms.model import AgencyHeader
from counter.forms.qr_fast import best_mask, create_data, layout, modules_penalty, unpack

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


def mask_penalty(modules: list[list[bool]]) -> int:
    """ReportLab's QR penalty (``QRUtil.getLostPoint``) of a module matrix."""
    return modules_penalty(modules)


class _QrPath(QrCode):  # type: ignore[misc]
    """ReportLab's QR flowable, its dark runs filled as one path rather than a rectangle each
    (the same rectangles, so the same marks on paper); runs repeated on the rows below are
    one taller rectangle, the union of theirs."""

    def draw(self) -> None:
        self.qr.make()
        border = self.qrBorder
        count = self.qr.getModuleCount()
        xsize = self.width / (count + border * 2.0)
        ysize = self.height / (count + border * 2.0)
        path = self.canv.beginPath()
        for first, last, start, length in dark_blocks(self.qr.modules):
            path.rect(
                (start + border) * xsize,
                self.height - (last + border + 1) * ysize,
                length * xsize,
                (last - first) * ysize + ysize * 1.05,
            )
        self.canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)  # overlaps stay dark


def dark_blocks(modules: list[list[bool]]) -> list[tuple[int, int, int, int]]:
    """(first row, last row, first column, length) of each run of dark modules, a run that
    repeats on the next rows, same columns, taken with them."""
    blocks: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (start, length) -> first row
    for r, row in enumerate(modules):
        runs = set()
        c = 0
        for dark, group in itertools.groupby(row):
            length = len(list(group))
            if dark:
                runs.add((c, length))
            c += length
        for run in [run for run in open_runs if run not in runs]:
            blocks.append((open_runs.pop(run), r - 1, *run))
        for run in runs:
            open_runs.setdefault(run, r)
    last = len(modules) - 1
    blocks += [(first, last, *run) for run, first in open_runs.items()]
    blocks.sort()
    return blocks


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
