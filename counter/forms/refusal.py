"""Form 03: the refusal to receive and handle the dossier
(Phiếu từ chối tiếp nhận giải quyết hồ sơ).

Laid out as the published template (Mẫu số 03, as reproduced by provincial one-stop
software): the unit, whose dossier, the numbered reasons, and two signatures, the
applicant's ("Người nộp hồ sơ") and the receiving officer's ("Người tiếp nhận hồ sơ").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.blocks import applicant_lines
from counter.forms.formatting import markup, name_markup
from counter.forms.layout import labelled, numbered, para, signature_pair, spacer
from counter.forms.model import Refusal
from counter.forms.notice_common import Letter, render_letter, slip_heading
from counter.forms.sheet import Sheet, styles_for

TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"


def render_refusal(
    refusal: Refusal, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 03 as PDF bytes, with every reason numbered; ``reprinted_at`` marks a reprint."""
    dossier = refusal.dossier
    unit = markup(refusal.header.unit_name)
    contact = refusal.header.contact.strip()

    def body(sheet: Sheet) -> list[Any]:
        s = styles_for(sheet)
        story = [
            *slip_heading(sheet, TITLE, dossier.code),
            para(f"{unit}:", s.body),
            para(f"Tiếp nhận hồ sơ của: <b>{name_markup(dossier.applicant.name)}</b>", s.body),
            *applicant_lines(sheet, dossier.applicant),
            labelled(sheet, "Nội dung yêu cầu giải quyết", dossier.procedure_name, bold=True),
            para(
                f"Qua xem xét, {unit} thông báo không tiếp nhận, giải quyết hồ sơ này "
                "với lý do cụ thể như sau:",
                s.body_justified,
            ),
            *numbered(sheet, refusal.reasons),
            spacer(1),
            para("Xin thông báo cho Ông/Bà được biết và thực hiện./.", s.body),
        ]
        if contact:
            story.append(
                para(
                    "Nếu có vướng mắc, Ông/Bà liên hệ với "
                    f"{markup(contact)} để được hướng dẫn.",
                    s.body_justified,
                )
            )
        story += [
            spacer(2),
            signature_pair(
                sheet,
                ("Người nộp hồ sơ", dossier.applicant.name),
                ("Người tiếp nhận hồ sơ", refusal.officer_name),
            ),
        ]
        return story

    letter = Letter(refusal.header, refusal.number, refusal.issued_on, "03",
                    f"Phiếu từ chối tiếp nhận giải quyết hồ sơ - {dossier.code}")
    return render_letter(letter, body, page_size=page_size, reprinted_at=reprinted_at)
