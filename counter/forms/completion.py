"""Form 02: the request to complete the dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.blocks import applicant_lines, column_fitting, grid_table
from counter.forms.formatting import format_time_and_date, markup
from counter.forms.layout import labelled, para, signature_pair, spacer
from counter.forms.model import CompletionKind, CompletionRequest
from counter.forms.notice_common import Letter, render_letter, slip_heading
from counter.forms.sheet import Sheet, styles_for

TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
KIND_LABELS = {
    CompletionKind.MISSING: "Bổ sung",
    CompletionKind.INCORRECT: "Sửa đổi, hoàn thiện",
}


def render_completion_request(
    request: CompletionRequest, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 02 as PDF bytes: what is missing or wrong, why, and whom to ask.

    ``reprinted_at`` marks every page as a reprint made at that time.
    """
    dossier = request.dossier

    def body(sheet: Sheet) -> list[Any]:
        s = styles_for(sheet)
        return [
            *slip_heading(sheet, TITLE, dossier.code),
            labelled(sheet, "Hồ sơ của", dossier.applicant.name, bold=True),
            *applicant_lines(sheet, dossier.applicant),
            labelled(sheet, "Nội dung yêu cầu giải quyết", dossier.procedure_name, bold=True),
            labelled(sheet, "Thời gian nhận hồ sơ", format_time_and_date(dossier.received_at)),
            para("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", s.body),
            _items_table(sheet, request),
            spacer(2),
            para(_contact_sentence(request), s.body_justified),
            spacer(2),
            signature_pair(sheet, None, ("Người hướng dẫn", request.officer_name)),
        ]

    letter = Letter(request.header, request.number, request.issued_on, "02",
                    f"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ - {dossier.code}")
    return render_letter(letter, body, page_size=page_size, reprinted_at=reprinted_at)


def _items_table(sheet: Sheet, request: CompletionRequest) -> Any:
    number_width = column_fitting(sheet, "STT")
    kind_width = column_fitting(sheet, "Sửa đổi,", "hoàn thiện")
    rest = sheet.frame_width - number_width - kind_width
    rows = [
        (str(number), markup(item.document), KIND_LABELS[item.kind], markup(item.reason))
        for number, item in enumerate(request.items, 1)
    ]
    return grid_table(
        sheet,
        ("STT", "Giấy tờ, nội dung", "Yêu cầu", "Lý do"),
        rows,
        (number_width, rest * 0.45, kind_width, rest * 0.55),
    )


def _contact_sentence(request: CompletionRequest) -> str:
    officer = markup(request.officer_name)
    phone = request.officer_phone.strip() if request.officer_phone else ""
    reach = f"{officer}, số điện thoại {markup(phone)}," if phone else officer
    return (
        "Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
        f"{reach} để được hướng dẫn."
    )
