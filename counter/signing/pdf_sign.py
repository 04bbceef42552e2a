"""A PAdES signature on a PDF with the token's key, and a visible stamp on its last page.

The stamp names the agency and the time of signing in Vietnamese, set in the forms' Noto
Serif (pyHanko embeds a subset of the TTF). The signature is an incremental update: the
original bytes stay as they were, byte for byte, at the start of the signed file.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from counter import clock
from counter.errors import InputError
from counter.paths import resources_dir
from counter.signing.errors import SigningError
from counter.signing.token import TokenKey

STAMP_FONT = "NotoSerif-Stamp.ttf"  # Noto Serif cut to Vietnamese: scripts/make_stamp_font.py
STAMP_FONT_SIZE = 8
STAMP_WIDTH, STAMP_MARGIN = 230.0, 14.0
STAMP_LINE_CHARS = 50  # what fits in the stamp's width at 8 pt
STAMP_MAX_LINES = 7
FIELD_PREFIX = "ChuKySo"


@dataclass(frozen=True)
class StampText:
    agency: str
    signer: str
    moment: datetime

    def lines(self) -> list[str]:
        """The stamp's lines, long names wrapped to its width and cut after a few lines."""
        local = clock.to_local(self.moment)
        wrapped: list[str] = []
        for line, most in ((f"Ký số bởi: {self.agency}", 4), (f"Người ký: {self.signer}", 2),
                           (f"Thời gian ký: {local:%H:%M:%S ngày %d/%m/%Y} (GMT+7)", 1)):
            parts = textwrap.wrap(line, STAMP_LINE_CHARS - 1, subsequent_indent="  ")
            if len(parts) > most:
                parts = [*parts[:most - 1], parts[most - 1] + "…"]
            wrapped.extend(parts)
        return wrapped


def check_pdf(content: bytes) -> Any:
    """``content`` read as a PDF (pyHanko's reader), or a clear message."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not content.lstrip()[:5] == b"%PDF-":
        raise InputError("file", "chỉ ký được tệp PDF.")
    try:
        reader = PdfFileReader(BytesIO(content), strict=False)
        reader.root["/Pages"]
    except (PdfReadError, KeyError, ValueError, TypeError) as error:
        raise InputError("file", f"tệp PDF bị hỏng, không ký được ({error}).") from None
    if reader.encrypted:
        raise InputError("file", "tệp PDF có mật khẩu: không ký được.")
    return reader


def _stamp_box(reader: Any, lines: int) -> tuple[int, tuple[int, int, int, int]]:
    """The last page and a box in its bottom-right corner."""
    pages = int(reader.root["/Pages"]["/Count"])
    node = reader.find_page_for_modification(pages - 1)[0].get_object()
    while "/MediaBox" not in node and "/Parent" in node:  # inherited from the page tree
        node = node["/Parent"].get_object()
    x0, y0, x1, _y1 = (float(v) for v in node.get("/MediaBox", (0, 0, 595, 842)))
    right = x1 - STAMP_MARGIN
    left = max(x0 + STAMP_MARGIN, right - STAMP_WIDTH)
    bottom = y0 + STAMP_MARGIN
    height = 25 + lines * (STAMP_FONT_SIZE + 3)
    return pages - 1, (round(left), round(bottom), round(right), round(bottom + height))


def _field_name(reader: Any) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    taken = {name for name, _value, _ref in enumerate_sig_fields(reader)}
    number = 1
    while f"{FIELD_PREFIX}{number}" in taken:
        number += 1
    return f"{FIELD_PREFIX}{number}"


def _stamp_style() -> Any:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    font = resources_dir() / "fonts" / STAMP_FONT
    if not font.is_file():
        raise SigningError(f"Thiếu tệp phông chữ {STAMP_FONT} cho dấu chữ ký.")
    return TextStampStyle(
        stamp_text="%(lines)s",
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(font), font_size=STAMP_FONT_SIZE),
                                    font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 3),
        border_width=1,
    )


def sign_pdf(content: bytes, session: Any, key: TokenKey, agency: str, reason: str,
             moment: datetime | None = None) -> bytes:
    """``content`` signed (PAdES B-B) with ``key`` on the token of ``session``."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.pkcs11 import PKCS11Signer

    from counter.signing.asn1_maps import refresh_name_tables

    refresh_name_tables()
    reader = check_pdf(content)
    field = _field_name(reader)
    certificate = asn1_x509.Certificate.load(key.certificate_der)
    signer_name = certificate.subject.native.get("common_name", "") or key.token_label
    stamp = StampText(agency, signer_name, moment or clock.now()).lines()
    page, box = _stamp_box(reader, len(stamp))
    signer = PKCS11Signer(session, key_id=key.key_id, signing_cert=certificate,
                          other_certs_to_pull=None)
    metadata = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason, location=agency, name=signer_name,
    )
    pdf_signer = signers.PdfSigner(
        metadata, signer=signer, stamp_style=_stamp_style(),
        new_field_spec=fields.SigFieldSpec(sig_field_name=field, on_page=page, box=box),
    )
    writer = IncrementalPdfFileWriter(BytesIO(content), strict=False)
    output = BytesIO()
    pdf_signer.sign_pdf(writer, output=output, appearance_text_params={"lines": "\n".join(stamp)})
    return output.getvalue()
