"""Form 02: the request to complete the dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ).

Laid out as the published template (Mẫu số 02, as reproduced by provincial one-stop
software): the unit, whose dossier, what it asks for; a table of the papers to bring or
correct with their number of originals and copies; the reasons; whom to ask; the signature
of the officer who gives the guidance ("Người hướng dẫn").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import Table

from counter.forms.blocks import CELL_PADDING, applicant_lines, column_fitting
from counter.forms.formatting import format_time_and_date, markup, name_markup
from counter.forms.layout import (
    labelled,
    numbered,
    para,
    signature_pair,
    spacer,
    table_style,
)
from counter.forms.model import CompletionItem, CompletionKind, CompletionRequest
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
            para(f"{markup(request.header.unit_name)}:", s.body),
            para(f"Tiếp nhận hồ sơ của: <b>{name_markup(dossier.applicant.name)}</b>", s.body),
            *applicant_lines(sheet, dossier.applicant),
            labelled(sheet, "Nội dung yêu cầu giải quyết", dossier.procedure_name, bold=True),
            labelled(sheet, "Thời gian nhận hồ sơ", format_time_and_date(dossier.received_at)),
            para("Yêu cầu Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", s.body),
            _items_table(sheet, request.items),
            spacer(1),
            para("Lý do:", s.body),
            *numbered(sheet, [item.reason for item in request.items]),
            spacer(1),
            para(_contact_sentence(request), s.body_justified),
            spacer(2),
            signature_pair(sheet, None, ("Người hướng dẫn", request.officer_name)),
        ]

    letter = Letter(request.header, request.number, request.issued_on, "02",
                    f"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ - {dossier.code}")
    return render_letter(letter, body, page_size=page_size, reprinted_at=reprinted_at)


def _count(value: int) -> str:
    return str(value) if value else ""


def _items_table(sheet: Sheet, items: tuple[CompletionItem, ...]) -> Any:
    """STT | papers | request | "Số lượng" over "Bản chính" and "Bản sao" (two header rows)."""
    s = styles_for(sheet)
    number_width = column_fitting(sheet, "STT")
    kind_width = column_fitting(sheet, "Sửa đổi,", "hoàn thiện")
    count_width = column_fitting(sheet, "Bản chính")
    name_width = sheet.frame_width - number_width - kind_width - 2 * count_width
    head = s.cell_header
    data: list[list[Any]] = [
        [para("STT", head), para("Thành phần hồ sơ, nội dung cần bổ sung, hoàn thiện", head),
         para("Yêu cầu", head), para("Số lượng", head), ""],
        ["", "", "", para("Bản chính", head), para("Bản sao", head)],
    ]
    for number, item in enumerate(items, 1):
        data.append(
            [
                para(str(number), s.cell_centred),
                para(markup(item.document), s.cell),
                para(KIND_LABELS[item.kind], s.cell_centred),
                para(_count(item.originals), s.cell_centred),
                para(_count(item.copies), s.cell_centred),
            ]
        )
    widths = [number_width, name_width, kind_width, count_width, count_width]
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (1, 1)),
                ("SPAN", (2, 0), (2, 1)),
                ("SPAN", (3, 0), (4, 0)),
                ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
                ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                ("VALIGN", (0, 2), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def _contact_sentence(request: CompletionRequest) -> str:
    officer = markup(request.officer_name)
    phone = request.officer_phone.strip() if request.officer_phone else ""
    reach = f"{officer}, số điện thoại {markup(phone)}" if phone else officer
    contact = request.header.contact.strip()
    if contact:
        reach += f" hoặc {markup(contact)}"
    return (
        "Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
        f"{reach} để được hướng dẫn./."
    )
