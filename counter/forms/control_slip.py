"""Form 06: the process control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ).

Every hand-over of the dossier, in the order given, with time, parties,
result and note; the table runs onto more pages with its header repeated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counter.forms.blocks import column_fitting, dossier_code_line, grid_table
from counter.forms.document import build_pdf
from counter.forms.formatting import format_date, local, markup
from counter.forms.layout import agency_header, labelled, para, spacer, title
from counter.forms.model import ControlSlip, ControlStep
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import Sheet, sheet_named, styles_for

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
COLUMNS = (
    "STT",
    "Thời gian giao, nhận",
    "Bên giao",
    "Bên nhận",
    "Kết quả (trước hạn, đúng hạn, quá hạn)",
    "Ghi chú",
)


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
    number = column_fitting(sheet, "STT")
    when = column_fitting(sheet, "05/06/2025", "giao, nhận")
    rest = sheet.frame_width - number - when
    rows = [
        (
            str(index),
            f"{local(step.at):%H:%M}<br/>{format_date(step.at)}",
            markup(step.from_party),
            markup(step.to_party),
            markup(step.result),
            markup(step.note),
        )
        for index, step in enumerate(steps, 1)
    ]
    widths = (number, when, rest * 0.27, rest * 0.27, rest * 0.22, rest * 0.24)
    return grid_table(sheet, COLUMNS, rows, widths)
