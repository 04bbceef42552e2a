"""Form 03: the refusal to receive and handle the dossier
(Phiếu từ chối tiếp nhận giải quyết hồ sơ)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.blocks import applicant_lines, dossier_code_line
from counter.forms.document import build_pdf
from counter.forms.formatting import markup, name_markup
from counter.forms.layout import labelled, numbered, para, signature_pair, spacer, title
from counter.forms.model import Refusal
from counter.forms.notice_common import opening
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import sheet_named, styles_for

TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"


def render_refusal(
    refusal: Refusal, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 03 as PDF bytes, with every reason numbered; ``reprinted_at`` marks a reprint."""
    sheet = sheet_named(page_size)
    stamp = reprint_stamp(reprinted_at)
    s = styles_for(sheet)
    dossier = refusal.dossier
    unit = markup(refusal.header.unit_name)
    story: list[Any] = opening(sheet, refusal.header, refusal.number, refusal.issued_on)
    story += [
        title(sheet, TITLE),
        dossier_code_line(sheet, dossier.code),
        spacer(3),
        para(f"{unit} tiếp nhận hồ sơ của: <b>{name_markup(dossier.applicant.name)}</b>", s.body),
        *applicant_lines(sheet, dossier.applicant),
        labelled(sheet, "Nội dung yêu cầu giải quyết", dossier.procedure_name, bold=True),
        para(
            f"Qua xem xét, {unit} từ chối tiếp nhận, giải quyết hồ sơ này "
            "với lý do cụ thể như sau:",
            s.body_justified,
        ),
        *numbered(sheet, refusal.reasons),
        spacer(1),
        para("Xin thông báo để Ông/Bà được biết và thực hiện./.", s.body),
        spacer(2),
        signature_pair(sheet, None, ("Người tiếp nhận hồ sơ", refusal.officer_name)),
    ]
    return build_pdf(
        story,
        sheet,
        title=f"Phiếu từ chối tiếp nhận giải quyết hồ sơ - {dossier.code}",
        subject="Mẫu số 03",
        numbered_pages=True,
        stamp=stamp,
    )
