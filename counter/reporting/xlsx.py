"""The report as an Excel workbook: the official form (sums as formulas), a plain summary,
and the figures by procedure and by channel. Numbers are numbers, never text."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counter.reporting.figures import Figures
from counter.reporting.report import PeriodReport, Slice
from counter.reporting.summary import INDICATORS, NOT_RECORDED_TEXT
from counter.reporting.template import (
    COLUMNS,
    FORM_NUMBER,
    FORM_SOURCE,
    FORM_TITLE,
    GROUPS,
    IN_WHICH,
    UNIT,
)

FONT = "Times New Roman"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
FORM_SHEET = "Biểu 06"
SUMMARY_SHEET = "Tổng hợp"
PROCEDURE_SHEET = "Theo thủ tục"
CHANNEL_SHEET = "Theo kênh"
HEADER_ROWS = (4, 5, 6)
NUMBERS_ROW = 7
FIRST_DATA_ROW = 8


def _letter(number: int) -> str:
    return get_column_letter(number)


def _put(sheet: Worksheet, cell: str, value: object, *, bold: bool = False,
         italic: bool = False, box: bool = False, align: Alignment | None = None,
         merge_to: str | None = None) -> None:
    sheet[cell] = value
    sheet[cell].font = Font(name=FONT, bold=bold, italic=italic, size=11)
    if align is not None:
        sheet[cell].alignment = align
    if box:
        sheet[cell].border = BOX
    if merge_to:
        sheet.merge_cells(f"{cell}:{merge_to}")
        if box:
            for row in sheet[f"{cell}:{merge_to}"]:
                for part in row:
                    part.border = BOX


def _form_sheet(sheet: Worksheet, report: PeriodReport) -> None:
    last = _letter(len(COLUMNS))
    _put(sheet, "A1", FORM_NUMBER, bold=True, merge_to="B1")
    _put(sheet, "A2", FORM_SOURCE, italic=True, merge_to="B2",
         align=Alignment(wrap_text=True, vertical="top"))
    _put(sheet, "C1", FORM_TITLE, bold=True, align=CENTRE, merge_to="J1")
    _put(sheet, "C2", f"Kỳ báo cáo: {report.period.label}", italic=True, align=CENTRE,
         merge_to="J2")
    _put(sheet, "K1", f"Đơn vị báo cáo: {report.unit_name or report.agency_name}",
         align=Alignment(wrap_text=True, vertical="top"), merge_to=f"{last}1")
    _put(sheet, "K2", "Đơn vị nhận báo cáo: " + (report.parent_name or "..."),
         align=Alignment(wrap_text=True, vertical="top"), merge_to=f"{last}2")
    _put(sheet, "A3", UNIT, italic=True, align=Alignment(horizontal="right"),
         merge_to=f"{last}3")
    top, middle, bottom = HEADER_ROWS
    for column in COLUMNS[:2]:
        cell = f"{_letter(column.number)}{top}"
        _put(sheet, cell, column.heading, bold=True, box=True, align=CENTRE,
             merge_to=f"{_letter(column.number)}{bottom}")
    for title, first, final in GROUPS:
        _put(sheet, f"{_letter(first)}{top}", title, bold=True, box=True, align=CENTRE,
             merge_to=f"{_letter(final)}{top}")
    for column in COLUMNS[2:]:
        letter = _letter(column.number)
        if column.number in (4, 5):
            _put(sheet, f"{letter}{bottom}", column.heading, box=True, align=CENTRE)
        else:
            _put(sheet, f"{letter}{middle}", column.heading, bold=True, box=True,
                 align=CENTRE, merge_to=f"{letter}{bottom}")
    _put(sheet, f"D{middle}", IN_WHICH, bold=True, box=True, align=CENTRE,
         merge_to=f"E{middle}")
    for column in COLUMNS:
        _put(sheet, f"{_letter(column.number)}{NUMBERS_ROW}", f"({column.number})",
             italic=True, box=True, align=CENTRE)
    row = FIRST_DATA_ROW
    for index, field in enumerate(report.by_field, 1):
        _form_row(sheet, row, index, field.label, field.figures)
        row += 1
    _total_row(sheet, row, FIRST_DATA_ROW, row - 1)
    _signatures(sheet, row + 2, report)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 34
    for column in COLUMNS[2:]:
        sheet.column_dimensions[_letter(column.number)].width = 11
    sheet.row_dimensions[1].height = 32
    sheet.row_dimensions[2].height = 32
    sheet.freeze_panes = f"C{FIRST_DATA_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1


def _form_row(sheet: Worksheet, row: int, index: int, label: str, figures: Figures) -> None:
    _put(sheet, f"A{row}", index, box=True, align=CENTRE)
    _put(sheet, f"B{row}", label, box=True, align=Alignment(wrap_text=True, vertical="center"))
    for column in COLUMNS[2:]:
        letter = _letter(column.number)
        if column.sum_of:
            first, final = _letter(min(column.sum_of)), _letter(max(column.sum_of))
            value: object = f"=SUM({first}{row}:{final}{row})"
        else:
            assert column.value is not None
            value = column.value(figures)
        _put(sheet, f"{letter}{row}", value, box=True, align=CENTRE)


def _total_row(sheet: Worksheet, row: int, first: int, final: int) -> None:
    _put(sheet, f"A{row}", "", box=True)
    _put(sheet, f"B{row}", "Tổng cộng", bold=True, box=True, align=CENTRE)
    for column in COLUMNS[2:]:
        letter = _letter(column.number)
        value = f"=SUM({letter}{first}:{letter}{final})" if final >= first else 0
        _put(sheet, f"{letter}{row}", value, bold=True, box=True, align=CENTRE)


def _signatures(sheet: Worksheet, row: int, report: PeriodReport) -> None:
    made = report.made_at
    place = report.place_name or "..."
    _put(sheet, f"J{row}", f"{place}, ngày {made:%d} tháng {made:%m} năm {made:%Y}",
         italic=True, align=CENTRE, merge_to=f"M{row}")
    _put(sheet, f"B{row + 1}", "NGƯỜI LẬP BIỂU", bold=True, align=CENTRE)
    _put(sheet, f"J{row + 1}", "THỦ TRƯỞNG ĐƠN VỊ", bold=True, align=CENTRE,
         merge_to=f"M{row + 1}")
    _put(sheet, f"B{row + 2}", "(Ký, ghi rõ họ tên)", italic=True, align=CENTRE)
    _put(sheet, f"J{row + 2}", "(Ký, ghi rõ họ tên, đóng dấu)", italic=True, align=CENTRE,
         merge_to=f"M{row + 2}")
    _put(sheet, f"B{row + 6}", report.made_by, align=CENTRE)


def _summary_sheet(sheet: Worksheet, report: PeriodReport) -> None:
    _put(sheet, "A1", f"BÁO CÁO TÓM TẮT — {report.unit_name or report.agency_name}",
         bold=True, merge_to="D1")
    _put(sheet, "A2", f"Kỳ này: {report.period.label}", merge_to="D2")
    _put(sheet, "A3", f"Kỳ trước: {report.previous_period.label}", merge_to="D3")
    headings = ("Chỉ tiêu", "Kỳ này", "Kỳ trước", "Chênh lệch")
    for number, heading in enumerate(headings, 1):
        _put(sheet, f"{_letter(number)}5", heading, bold=True, box=True, align=CENTRE)
    for row, indicator in enumerate(INDICATORS, 6):
        now, before = indicator.value(report.figures), indicator.value(report.previous)
        _put(sheet, f"A{row}", indicator.label, box=True)
        for letter, value in (("B", now), ("C", before)):
            _put(sheet, f"{letter}{row}", NOT_RECORDED_TEXT if value is None
                 and indicator.key == "fee_online" else value, box=True)
            if indicator.share:
                sheet[f"{letter}{row}"].number_format = "0.0%"
            elif isinstance(value, float):
                sheet[f"{letter}{row}"].number_format = "0.00"
        change = now - before if now is not None and before is not None else None
        _put(sheet, f"D{row}", change, box=True)
        if indicator.share:
            sheet[f"D{row}"].number_format = "+0.0%;-0.0%;0.0%"
        elif isinstance(change, float):
            sheet[f"D{row}"].number_format = "+0.00;-0.00;0.00"
    row = 7 + len(INDICATORS)
    _put(sheet, f"A{row}", "Ghi chú:", bold=True)
    for offset, note in enumerate(report.notes, 1):
        _put(sheet, f"A{row + offset}", f"- {note}", italic=True, merge_to=f"D{row + offset}")
    sheet.column_dimensions["A"].width = 58
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 14


SLICE_HEADINGS = ("Tiếp nhận", "Từ kỳ trước", "Đã giải quyết", "Trước hạn", "Đúng hạn",
                  "Quá hạn", "Từ chối", "Rút hồ sơ", "Đang giải quyết", "Trong đó quá hạn",
                  "Kỳ trước: tiếp nhận", "Kỳ trước: đã giải quyết")


def _slice_values(item: Slice) -> tuple[int, ...]:
    f, p = item.figures, item.previous
    return (f.received, f.carried_over, f.finished, f.early, f.on_time, f.late, f.refused,
            f.withdrawn, f.pending, f.pending_overdue, p.received, p.finished)


def _slice_sheet(sheet: Worksheet, title: str, key_heading: str, label_heading: str,
                 slices: Sequence[Slice]) -> None:
    _put(sheet, "A1", title, bold=True, merge_to="F1")
    headings = (key_heading, label_heading, *SLICE_HEADINGS)
    for number, heading in enumerate(headings, 1):
        _put(sheet, f"{_letter(number)}3", heading, bold=True, box=True, align=CENTRE)
    row = 4
    for item in slices:
        _put(sheet, f"A{row}", item.key, box=True)
        _put(sheet, f"B{row}", item.label, box=True)
        for number, value in enumerate(_slice_values(item), 3):
            _put(sheet, f"{_letter(number)}{row}", value, box=True)
        row += 1
    _put(sheet, f"B{row}", "Tổng cộng", bold=True, box=True)
    for number in range(3, len(headings) + 1):
        letter = _letter(number)
        _put(sheet, f"{letter}{row}", f"=SUM({letter}4:{letter}{row - 1})" if row > 4 else 0,
             bold=True, box=True)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 44
    sheet.row_dimensions[3].height = 45


def report_workbook(report: PeriodReport) -> Workbook:
    book = Workbook()
    form = book.active
    assert form is not None
    form.title = FORM_SHEET
    _form_sheet(form, report)
    _summary_sheet(book.create_sheet(SUMMARY_SHEET), report)
    _slice_sheet(book.create_sheet(PROCEDURE_SHEET), f"Theo thủ tục — {report.period.label}",
                 "Mã thủ tục", "Tên thủ tục", report.by_procedure)
    _slice_sheet(book.create_sheet(CHANNEL_SHEET), f"Theo kênh tiếp nhận — {report.period.label}",
                 "Kênh", "Tên kênh", report.by_channel)
    return book


def report_xlsx(report: PeriodReport) -> bytes:
    buffer = BytesIO()
    report_workbook(report).save(buffer)
    return buffer.getvalue()
