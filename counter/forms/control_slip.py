"""Form 06: the process control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ).

Every hand-over of the dossier, in the order given: the body handing it over and the
body receiving it, the time with a signature cell for the handing and for the receiving
officer, the result ("Trước hạn / Đúng hạn / Quá hạn") and a note; the table runs onto
more pages with its header repeated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import Table

from counter.forms.blocks import CELL_PADDING, dossier_code_line
from counter.forms.document import build_pdf
from counter.forms.formatting import format_date, local, markup
from counter.forms.layout import agency_header, labelled, para, spacer, table_style, title
from counter.forms.model import ControlSlip, ControlStep
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import Sheet, sheet_named, styles_for

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
# The columns of the published template (Mẫu số 06, as reproduced by provincial one-stop
# software): the bodies handing and receiving, the time with a signature cell for each
# person, the result, a note.
COLUMNS = (
    "TÊN CƠ QUAN",
    "THỜI GIAN GIAO, NHẬN HỒ SƠ",
    "KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
    "GHI CHÚ",
)
RESULT_HINT = "(Trước hạn/ đúng hạn/ quá hạn)"
SIGNATURE_SPACE_MM = 9


def render_control_slip(
    slip: ControlSlip, *, page_size: str = "A5", reprinted_at: datetime | None = None
) -> bytes:
    """Form 06 as PDF bytes; ``reprinted_at`` marks a reprint."""
    sheet = sheet_named(page_size)
    stamp = reprint_stamp(reprinted_at)
    s = styles_for(sheet)
    dossier = slip.dossier
    story: list[Any] = [
        agency_header(sheet, slip.header, None, None),
        spacer(4),
        title(sheet, TITLE),
        dossier_code_line(sheet, dossier.code),
        para("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)", s.italic_centred),
        spacer(3),
        labelled(sheet, "Người nộp hồ sơ", dossier.applicant.name, bold=True),
        labelled(sheet, "Nội dung yêu cầu giải quyết", dossier.procedure_name),
        labelled(sheet, "Thời gian nhận hồ sơ", _moment(dossier.received_at)),
        labelled(sheet, "Thời gian hẹn trả kết quả", _moment(slip.due_at)),
        labelled(sheet, "Cơ quan (bộ phận) giải quyết hồ sơ", slip.handling_unit),
    ]
    if slip.coordinating_units:
        units = "; ".join(slip.coordinating_units)
        story.append(labelled(sheet, "Cơ quan phối hợp giải quyết hồ sơ", units))
    story += [spacer(2), _steps_table(sheet, slip.steps)]
    return build_pdf(
        story,
        sheet,
        title=f"Phiếu kiểm soát quá trình giải quyết hồ sơ - {dossier.code}",
        subject="Mẫu số 06",
        numbered_pages=True,
        stamp=stamp,
    )


def _moment(moment: datetime) -> str:
    at = local(moment)
    return f"{at.hour:02d} giờ {at.minute:02d} phút, ngày {format_date(at)}"


def _steps_table(sheet: Sheet, steps: tuple[ControlStep, ...]) -> Any:
    s = styles_for(sheet)
    width = sheet.frame_width
    widths = (width * 0.28, width * 0.36, width * 0.18, width * 0.18)
    header: list[Any] = [para(name, s.cell_header) for name in COLUMNS]
    header[2] = [header[2], para(f"<i>{RESULT_HINT}</i>", s.cell_centred)]
    data: list[list[Any]] = [header]
    for index, step in enumerate(steps, 1):
        parties = [
            para(f"{index}. Giao: {markup(step.from_party)}", s.cell),
            para(f"Nhận: {markup(step.to_party)}", s.cell),
        ]
        data.append(
            [
                parties,
                _time_and_signatures(sheet, step, widths[1]),
                para(markup(step.result), s.cell_centred),
                para(markup(step.note), s.cell),
            ]
        )
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                # the time column holds its own small table, edge to edge
                ("LEFTPADDING", (1, 1), (1, -1), 0),
                ("RIGHTPADDING", (1, 1), (1, -1), 0),
                ("TOPPADDING", (1, 1), (1, -1), 0),
                ("BOTTOMPADDING", (1, 1), (1, -1), 0),
            ]
        )
    )
    return table


def _time_and_signatures(sheet: Sheet, step: ControlStep, width: float) -> Any:
    """The time of the hand-over over two cells, "Người giao" and "Người nhận", each with
    room for a signature and the officer's name under it."""
    s = styles_for(sheet)

    def signer(role: str, name: str) -> list[Any]:
        cell = [para(f"<i>{role}</i>", s.cell_centred), spacer(SIGNATURE_SPACE_MM)]
        if name.strip():
            cell.append(para(markup(name), s.cell_centred))
        return cell

    rows = [
        [para(_moment(step.at), s.cell_centred), ""],
        [signer("Người giao", step.from_officer), signer("Người nhận", step.to_officer)],
    ]
    inner = Table(rows, colWidths=[width / 2, width / 2])
    inner.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, "#000000"),
                ("LINEAFTER", (0, 1), (0, 1), 0.4, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return inner
