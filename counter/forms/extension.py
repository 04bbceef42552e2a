"""Form 04: the apology with a proposed new date for the result
(Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.formatting import format_date, format_time_and_date, markup, name_markup
from counter.forms.model import ExtensionApology
from counter.forms.notice_common import Letter, render_letter, signed_body
from counter.forms.sheet import Sheet

SUBJECT = "V/v xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ"


def render_extension_apology(
    letter: ExtensionApology, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 04 as PDF bytes: the late dossier, the reason, and the new date;
    ``reprinted_at`` marks a reprint."""
    dossier = letter.dossier
    unit = markup(letter.header.unit_name)
    name = name_markup(dossier.applicant.name)

    def body(sheet: Sheet) -> list[Any]:
        return signed_body(sheet, dossier.applicant.name, [
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
        ], letter.recipients, letter.signatory)

    frame = Letter(letter.header, letter.number, letter.issued_on, "04",
                   f"Văn bản xin lỗi và đề nghị gia hạn - {dossier.code}", subject=SUBJECT)
    return render_letter(frame, body, page_size=page_size, reprinted_at=reprinted_at)
