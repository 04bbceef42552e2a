"""Form 07, the tracking book: pagination with the header on every page."""

from __future__ import annotations

from datetime import date

import pytest

from counter.forms import render_tracking_book
from counter.forms.sheet import A4_LANDSCAPE
from tests.forms import pdf_tools
from tests.forms.samples import HEADER, book_rows

HEADINGS = "Ngày, tháng, năm"


@pytest.fixture(scope="module")
def book_500() -> tuple[bytes, list[str]]:
    rows = book_rows(500)
    assert rows[-1].received_at.date() == date(2025, 6, 14)
    pdf = render_tracking_book(rows, date(2025, 6, 2), date(2025, 6, 14), HEADER)
    return pdf, pdf_tools.page_texts(pdf)


def test_500_dossiers_paginate_with_the_header_on_every_page(
    book_500: tuple[bytes, list[str]],
) -> None:
    pdf, pages = book_500
    assert len(pages) == 32
    assert {tuple(round(v) for v in size) for size in pdf_tools.page_sizes(pdf)} == {(842, 595)}
    for number, page in enumerate(pages, 1):
        assert page.startswith("STT Mã hồ sơ Tên thủ tục hành chính Số bộ Người nộp hồ sơ") or (
            number == 1
        ), page[:200]
        assert HEADINGS in page and "Nhận hồ sơ" in page and "Ghi chú" in page
        assert f"Trang {number}/{len(pages)}" in page
    first = pages[0]
    pdf_tools.assert_in_order(
        first,
        [
            "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỔ THEO DÕI HỒ SƠ",
            "Từ ngày 02/06/2025 đến ngày 14/06/2025",
            "STT Mã hồ sơ",
        ],
    )
    assert "Tổng số: 500 hồ sơ." in pages[-1]


def test_every_dossier_once_in_order(book_500: tuple[bytes, list[str]]) -> None:
    _, pages = book_500
    body = " ".join(pages)
    codes = [row.dossier_code for row in book_rows(500)]
    pdf_tools.assert_in_order(body, codes)
    for code in codes:
        assert body.count(code) == 1, code


def test_rows_show_dates_as_dd_mm_yyyy(book_500: tuple[bytes, list[str]]) -> None:
    _, pages = book_500
    pdf_tools.assert_in_order(
        pages[0],
        [
            "1 000.00.12.H42-250602-0001 Đăng ký khai sinh 1 Nguyễn Văn An",
            "Số 1, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai UBND xã Tân Phú",
            "07:30 02/06/2025 10:30 02/06/2025 10:30 02/06/2025 Nhận qua bưu chính",
            "2 000.00.12.H42-250602-0002",
            "ĐT: 0912 345 678 UBND xã Tân Phú 07:42 02/06/2025 10:42 02/06/2025 3 ",
        ],
    )


def test_table_stays_inside_the_landscape_page(book_500: tuple[bytes, list[str]]) -> None:
    pdf, _ = book_500
    boxes, words = pdf_tools.words(pdf)
    assert len(words) == 19945
    for word in words:
        box = boxes[word.page - 1]
        assert A4_LANDSCAPE.left - 0.5 <= word.x_min, word
        assert word.x_max <= box.width - A4_LANDSCAPE.right + 0.5, word
        assert word.y_max <= box.height, word


def test_empty_range_says_so() -> None:
    pages = pdf_tools.page_texts(
        render_tracking_book((), date(2025, 6, 1), date(2025, 6, 1), HEADER)
    )
    assert len(pages) == 1
    assert "Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này." in pages[0]
    assert "Tổng số: 0 hồ sơ." in pages[0]


def test_pages_are_filled_and_no_page_table_spills(book_500: tuple[bytes, list[str]]) -> None:
    """Rows are packed into pages before layout: a page table that did not fit
    would leave a nearly empty page behind it."""
    _, pages = book_500
    per_page = [page.count("000.00.12.H42-") for page in pages]
    # The first page gives room to the heading; full pages hold 16 rows.
    assert per_page == [13] + [16] * 30 + [7]
