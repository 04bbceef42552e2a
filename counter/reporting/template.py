"""The layout of the periodic report on handling administrative procedures.

Source: Circular 01/2020/TT-VPCP of 21/10/2020 of the Government Office (periodic
reporting), form "Biểu số 06/VPCP/KSTT — Tình hình, kết quả giải quyết TTHC tại cơ quan,
đơn vị trực tiếp giải quyết TTHC": one row per field (lĩnh vực); columns numbered 1 to 13.
The column layout is taken from the form as one-stop software reproduces it (public
source code of provincial systems); the gazette text was not read here, and whether a
2025 circular replaced the form is UNVERIFIED: the headings are data in this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from counter.reporting.figures import Figures

FORM_NUMBER = "Biểu số 06/VPCP/KSTT"
FORM_SOURCE = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"
FORM_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
UNIT = "Đơn vị tính: Số hồ sơ TTHC"

# The three heading groups over the numbered columns 3-13: (title, first, last).
GROUPS = (
    ("Số hồ sơ nhận giải quyết", 3, 6),
    ("Số hồ sơ đã giải quyết", 7, 10),
    ("Số hồ sơ đang giải quyết", 11, 13),
)


@dataclass(frozen=True)
class Column:
    number: int  # the column's number on the form (1-13)
    heading: str
    value: Callable[[Figures], int] | None = None  # None: a sum of other columns
    sum_of: tuple[int, ...] = ()  # the numbers of the columns it adds up


COLUMNS = (
    Column(1, "STT"),
    Column(2, "Lĩnh vực, công việc giải quyết theo cấp"),
    Column(3, "Tổng số", sum_of=(4, 5, 6)),
    Column(4, "Trực tuyến", lambda f: f.received_online),
    Column(5, "Trực tiếp, dịch vụ bưu chính", lambda f: f.received_in_person),
    Column(6, "Từ kỳ trước", lambda f: f.carried_over),
    Column(7, "Tổng số", sum_of=(8, 9, 10)),
    Column(8, "Trước hạn", lambda f: f.early),
    Column(9, "Đúng hạn", lambda f: f.on_time),
    Column(10, "Quá hạn", lambda f: f.late),
    Column(11, "Tổng số", sum_of=(12, 13)),
    Column(12, "Trong hạn", lambda f: f.pending_in_time),
    Column(13, "Quá hạn", lambda f: f.pending_overdue),
)
IN_WHICH = "Trong đó"  # over columns 4-5 ("of which, received in the period")


def form_values(figures: Figures) -> dict[int, int]:
    """The numbers of columns 3-13 for one row, sums included (for PDF and CSV)."""
    values = {c.number: c.value(figures) for c in COLUMNS if c.value is not None}
    for column in COLUMNS:
        if column.sum_of:
            values[column.number] = sum(values[n] for n in column.sum_of)
    return values
