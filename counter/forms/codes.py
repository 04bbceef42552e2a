"""The QR code and Code 128 barcode of a dossier code, as ReportLab flowables."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode

from counter.forms.model import AgencyHeader

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
    return QrCode(payload, width=size, height=size, qrLevel="M", qrBorder=QR_QUIET_MODULES)


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
