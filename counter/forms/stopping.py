"""Form 05: the notice of stopping (Thông báo dừng giải quyết hồ sơ)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.formatting import format_date, markup, name_markup
from counter.forms.layout import para, spacer, title
from counter.forms.model import StopNotice
from counter.forms.notice_common import Letter, render_letter, signed_body
from counter.forms.sheet import Sheet, styles_for


def render_stop_notice(
    notice: StopNotice, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 05 as PDF bytes: which dossier is stopped and why; ``reprinted_at`` marks a
    reprint."""
    dossier = notice.dossier
    unit = markup(notice.header.unit_name)

    def body(sheet: Sheet) -> list[Any]:
        return [
            title(sheet, "THÔNG BÁO"),
            para("<b>Về việc dừng giải quyết hồ sơ</b>", styles_for(sheet).centred),
            spacer(2),
            *signed_body(sheet, dossier.applicant.name, [
                f"Ngày {format_date(dossier.received_at)}, {unit} đã tiếp nhận hồ sơ của "
                f"Ông/Bà {name_markup(dossier.applicant.name)}, mã hồ sơ "
                f"<b>{markup(dossier.code)}</b>, nội dung yêu cầu giải quyết: "
                f"{markup(dossier.procedure_name)}.",
                f"{unit} thông báo dừng giải quyết hồ sơ nêu trên. Lý do: {markup(notice.reason)}",
                "Xin thông báo để Ông/Bà được biết./.",
            ], notice.recipients, notice.signatory),
        ]

    letter = Letter(notice.header, notice.number, notice.issued_on, "05",
                    f"Thông báo dừng giải quyết hồ sơ - {dossier.code}")
    return render_letter(letter, body, page_size=page_size, reprinted_at=reprinted_at)
