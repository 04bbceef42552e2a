"""Money, dates and times as the forms write them, and header line breaks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from counter.forms import fonts
from counter.forms.formatting import (
    format_clock_line,
    format_date,
    format_money,
    format_processing_time,
    format_time_and_date,
    place_and_date,
)
from counter.forms.layout import header_lines
from counter.forms.model import ProcessingTime
from tests.forms.samples import VN


def test_money() -> None:
    assert format_money(2000) == "2.000 đ"
    assert format_money(0) == "0 đ"
    assert format_money(200) == "200 đ"
    assert format_money(1_234_567) == "1.234.567 đ"
    assert format_money(-50_000) == "-50.000 đ"


def test_dates_are_dd_mm_yyyy_in_vietnam_time() -> None:
    assert format_date(date(2025, 6, 5)) == "05/06/2025"
    assert format_date(date(2025, 12, 31)) == "31/12/2025"
    assert format_date(datetime(2025, 6, 4, 18, 0, tzinfo=UTC)) == "05/06/2025"
    assert format_time_and_date(datetime(2025, 6, 4, 18, 5, tzinfo=UTC)) == "01:05 ngày 05/06/2025"


def test_receipt_wording_of_times() -> None:
    line = format_clock_line(datetime(2025, 6, 5, 8, 30, tzinfo=VN))
    assert line.replace("\u00a0", " ") == "08 giờ 30 phút, ngày 05 tháng 06 năm 2025"
    # the only breakable space is after the comma
    assert line.count(" ") == 1 and line.index(" ") == line.index(",") + 1
    assert place_and_date("  Tân   Phú ", date(2025, 1, 9)) == "Tân Phú, ngày 09 tháng 01 năm 2025"


def test_processing_time_wording() -> None:
    assert format_processing_time(ProcessingTime.working_days(7)) == "7 ngày làm việc"
    assert format_processing_time(ProcessingTime.working_hours(8)) == "8 giờ làm việc"
    assert format_processing_time(ProcessingTime.same_day()) == "trong ngày"


def test_header_names_break_before_the_locality() -> None:
    width = fonts.text_width("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", fonts.BOLD, 8.5) + 1
    assert header_lines("Bộ phận tiếp nhận và trả kết quả xã Tân Phú", fonts.BOLD, 8.5, width) == [
        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
        "XÃ TÂN PHÚ",
    ]
    # "thị xã" is one phrase: the break goes before "THỊ", not before "XÃ"
    assert header_lines("Ủy ban nhân dân thị xã Phú Mỹ", fonts.REGULAR, 8.5, 100) == [
        "ỦY BAN NHÂN DÂN",
        "THỊ XÃ PHÚ MỸ",
    ]
    # short names stay on one line; explicit breaks are kept
    assert header_lines("UBND xã Tân Phú", fonts.REGULAR, 8.5, 300) == ["UBND XÃ TÂN PHÚ"]
    assert header_lines("Trung tâm Phục vụ\nhành chính công", fonts.BOLD, 8.5, 300) == [
        "TRUNG TÂM PHỤC VỤ",
        "HÀNH CHÍNH CÔNG",
    ]
