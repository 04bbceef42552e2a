"""The QR code and Code 128 barcode of a dossier code, as ReportLab flowables."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode

from counter.forms.model import AgencyHeader
from counter.forms.qr_fast import create_data

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
    flowable = QrCode(payload, width=size, height=size, qrLevel="M", qrBorder=QR_QUIET_MODULES)
    flowable.qr = _finished_symbol(payload)  # same symbol, made once per payload
    return flowable


@lru_cache(maxsize=32)
def _finished_symbol(payload: str) -> Any:
    """The encoded symbol of ``payload`` (level M), made once: the two copies of a receipt
    share it, and drawing it (which calls ``make()`` again) leaves its modules as they are."""
    symbol = _QuickMaskQRCode(None, qrencoder.QRErrorCorrectLevel.M)
    symbol.addData(payload)
    symbol.make()
    symbol.make = lambda: None  # type: ignore[method-assign]
    return symbol


# (version, mask) -> the mask at each data position: positions depend on the version only
_DATA_MASKS: dict[tuple[int, int], list[bool]] = {}


def data_masks(mask: int, positions: list[tuple[int, int]]) -> list[bool]:
    """ReportLab's mask ``mask`` at each data position (col, row)."""
    test = qrencoder.QRUtil.getMask(mask)
    return [bool(test(row, col)) for col, row in positions]


def forget_symbols() -> None:
    """Drop the symbols kept per payload (benchmarks: time a receipt as a new dossier's)."""
    _finished_symbol.cache_clear()


class _QuickMaskQRCode(qrencoder.QRCode):  # type: ignore[misc]
    """ReportLab's encoder with its mask penalty computed on strings and bit rows.

    The score is ReportLab's own (``QRUtil.getLostPoint``) rule for rule, so the same mask
    is chosen and the PDF is byte for byte what it was; only the time differs."""

    def mapData(self, data: list[int], maskPattern: int) -> None:
        """ReportLab's placement of the data bits, with the mask of each data module taken
        from a table made once per version and mask (no call per module)."""
        bits = list(self.dataBitIterator(data))
        positions = self.dataPosIterator()
        masks = _DATA_MASKS.get((self.version, maskPattern))
        if masks is None:
            masks = _DATA_MASKS[self.version, maskPattern] = data_masks(maskPattern, positions)
        bits += [False] * (len(positions) - len(bits))
        modules = self.modules
        for (col, row), dark, masked in zip(positions, bits, masks, strict=False):
            modules[row][col] = dark != masked

    def getBestMaskPattern(self) -> int:
        if getattr(self, "dataCache", None) is None:  # error correction, the quicker way
            if getattr(self, "version", None) is None:
                self.version = self.calculate_version()
            self.dataCache = create_data(self.version, self.errorCorrectLevel, self.dataList)
        best, pattern = 0, 0
        for mask in range(8):
            self.makeImpl(True, mask)
            lost = mask_penalty(self.modules)
            if mask == 0 or lost < best:
                best, pattern = lost, mask
        return pattern


_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER = "10111010000"


def mask_penalty(modules: list[list[bool]]) -> int:
    """ReportLab's QR penalty (``QRUtil.getLostPoint``) of a module matrix."""
    rows = ["".join("1" if cell else "0" for cell in row) for row in modules]
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    size = len(rows)
    score = 0
    for line in rows + columns:
        score += sum(len(run) - 2 for run in _RUN.findall(line))  # rule 1: runs of 5+
    for line in rows:  # rule 3: 1011101 0000 in a row (ReportLab's column pass never matches)
        start, last_start = 0, size - len(_FINDER)
        while (start := line.find(_FINDER, start)) != -1 and start < last_start:
            score += 40
            start += len(_FINDER)
    bits = [int(row, 2) for row in rows]
    pairs = (1 << (size - 1)) - 1
    for upper, lower in itertools.pairwise(bits):  # rule 2: 2x2 blocks of one colour
        same = ~(upper ^ lower)
        blocks = same & (same >> 1) & ~(upper ^ (upper >> 1)) & pairs
        score += 3 * blocks.bit_count()
    dark = sum(row.count("1") for row in rows)  # rule 4: balance of dark and light
    return score + 10 * (abs(100 * dark // (size * size) - 50) // 5)


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
