"""Form 05: the notice of stopping (Thông báo dừng giải quyết hồ sơ)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.blocks import addressee, letter_paragraphs
from counter.forms.document import build_pdf
from counter.forms.formatting import format_date, markup, name_markup
from counter.forms.layout import letter_signature, para, spacer, title
from counter.forms.model import StopNotice
from counter.forms.notice_common import opening
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import sheet_named, styles_for


def render_stop_notice(
    notice: StopNotice, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 05 as PDF bytes: which dossier is stopped and why; ``reprinted_at`` marks a
    reprint."""
    sheet = sheet_named(page_size)
    stamp = reprint_stamp(reprinted_at)
    dossier = notice.dossier
    unit = markup(notice.header.unit_name)
    story: list[Any] = opening(sheet, notice.header, notice.number, notice.issued_on)
    story += [
        title(sheet, "THÔNG BÁO"),
        para("<b>Về việc dừng giải quyết hồ sơ</b>", styles_for(sheet).centred),
        spacer(2),
        addressee(sheet, dossier.applicant.name),
        spacer(3),
        *letter_paragraphs(
            sheet,
            [
                f"Ngày {format_date(dossier.received_at)}, {unit} đã tiếp nhận hồ sơ của "
                f"Ông/Bà {name_markup(dossier.applicant.name)}, mã hồ sơ "
                f"<b>{markup(dossier.code)}</b>, nội dung yêu cầu giải quyết: "
                f"{markup(dossier.procedure_name)}.",
                f"{unit} thông báo dừng giải quyết hồ sơ nêu trên. Lý do: {markup(notice.reason)}",
                "Xin thông báo để Ông/Bà được biết./.",
            ],
        ),
        spacer(2),
        letter_signature(
            sheet, notice.recipients, notice.signatory.position, notice.signatory.name
        ),
    ]
    return build_pdf(
        story,
        sheet,
        title=f"Thông báo dừng giải quyết hồ sơ - {dossier.code}",
        subject="Mẫu số 05",
        numbered_pages=True,
        stamp=stamp,
    )
