"""Form 04: the apology with a proposed new date for the result
(Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.blocks import addressee, letter_paragraphs
from counter.forms.document import build_pdf
from counter.forms.formatting import format_date, format_time_and_date, markup, name_markup
from counter.forms.layout import letter_signature, spacer
from counter.forms.model import ExtensionApology
from counter.forms.notice_common import opening
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import sheet_named

SUBJECT = "V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ"


def render_extension_apology(
    letter: ExtensionApology, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 04 as PDF bytes: the late dossier, the reason, and the new date;
    ``reprinted_at`` marks a reprint."""
    sheet = sheet_named(page_size)
    stamp = reprint_stamp(reprinted_at)
    dossier = letter.dossier
    unit = markup(letter.header.unit_name)
    name = name_markup(dossier.applicant.name)
    story: list[Any] = opening(
        sheet, letter.header, letter.number, letter.issued_on, subject=SUBJECT
    )
    story += [
        addressee(sheet, dossier.applicant.name),
        spacer(3),
        *letter_paragraphs(
            sheet,
            [
                f"Ngày {format_date(dossier.received_at)}, {unit} tiếp nhận hồ sơ của "
                f"Ông/Bà {name}, mã hồ sơ <b>{markup(dossier.code)}</b>. "
                f"Nội dung yêu cầu giải quyết: {markup(dossier.procedure_name)}. "
                f"Thời gian hẹn trả kết quả: {format_time_and_date(letter.original_due_at)}.",
                f"Tuy nhiên, đến nay {unit} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà "
                f"đúng hạn như đã hẹn. Lý do: {markup(letter.reason)}",
                "Sự chậm trễ này đã gây phiền hà, tốn kém thời gian và chi phí đi lại của "
                f"Ông/Bà. {unit} xin lỗi Ông/Bà và đề nghị gia hạn thời gian trả kết quả "
                f"giải quyết hồ sơ đến <b>{format_time_and_date(letter.new_due_at)}</b>.",
                "Xin trân trọng cảm ơn./.",
            ],
        ),
        spacer(2),
        letter_signature(
            sheet, letter.recipients, letter.signatory.position, letter.signatory.name
        ),
    ]
    return build_pdf(
        story,
        sheet,
        title=f"Văn bản xin lỗi và đề nghị gia hạn - {dossier.code}",
        subject="Mẫu số 04",
        numbered_pages=True,
        stamp=stamp,
    )
