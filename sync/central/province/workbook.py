"""The province's figures as an Excel workbook: one row per commune with a total row of
SUM formulas, and the early-warning list."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from counter.clock import to_local
from sync.central.province.figures import ProvinceView
from sync.central.province.pages import STATUS_LABELS

HEADINGS = ("Mã cơ quan", "Tên", "Tiếp nhận trong kỳ", "Giải quyết xong trong kỳ",
            "Trong đó đúng hạn", "Tỷ lệ đúng hạn", "Đang giải quyết", "Quá hạn",
            "Đồng bộ gần nhất", "Lâu chưa đồng bộ")


def province_workbook(view: ProvinceView) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Theo xã"
    sheet["A1"] = f"Theo dõi hồ sơ toàn tỉnh — {view.period.label}"
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(list(HEADINGS))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    first = 4
    for row in view.communes:
        line = sheet.max_row + 1
        seen = row.last_seen_at
        sheet.append([row.agency_code, row.name, row.received, row.finished,
                      row.finished_on_time, f"=IF(D{line}=0,\"\",E{line}/D{line})",
                      row.pending, row.overdue,
                      to_local(seen).replace(tzinfo=None) if seen else None,
                      "có" if row.stale else ""])
        sheet[f"F{line}"].number_format = "0.0%"
        sheet[f"I{line}"].number_format = "dd/mm/yyyy hh:mm"
    last = sheet.max_row
    total = last + 1
    sheet.append(["", "Tổng cộng", *(f"=SUM({c}{first}:{c}{last})" if last >= first else 0
                                       for c in "CDE"),
                  f"=IF(D{total}=0,\"\",E{total}/D{total})",
                  *(f"=SUM({c}{first}:{c}{last})" if last >= first else 0 for c in "GH")])
    sheet[f"F{total}"].number_format = "0.0%"
    for cell in sheet[total]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 36
    sheet.column_dimensions["I"].width = 18
    warnings = book.create_sheet("Cảnh báo sớm")
    warnings.append(["Mã hồ sơ", "Cơ quan", "Thủ tục", "Trạng thái", "Hạn xử lý", "Quá hạn"])
    for cell in warnings[1]:
        cell.font = Font(bold=True)
    for w in view.warnings:
        warnings.append([w.code, w.agency_code, w.procedure_code,
                         STATUS_LABELS.get(w.status, w.status),
                         to_local(w.due_at).replace(tzinfo=None), "có" if w.overdue else ""])
        warnings[f"E{warnings.max_row}"].number_format = "dd/mm/yyyy hh:mm"
    warnings.column_dimensions["A"].width = 30
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
