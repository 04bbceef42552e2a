"""The reprint mark: every page of forms 01-06 says "BẢN IN LẠI" with the time of
the reprint, in the top margin, clear of everything else on the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from counter.errors import InputError
from counter.forms import (
    render_completion_request,
    render_control_slip,
    render_extension_apology,
    render_receipt,
    render_refusal,
    render_stop_notice,
)
from counter.forms.model import ControlStep, DocumentLine
from counter.forms.sheet import A4, A5, Sheet
from tests.forms import pdf_tools
from tests.forms.samples import (
    CODE,
    COMPLETION,
    CONTROL,
    EXTENSION,
    RECEIPT,
    REFUSAL,
    STOP,
    VN,
)

AT = datetime(2025, 6, 9, 14, 32, tzinfo=VN)
MARK = "BẢN IN LẠI - in lúc 14:32 ngày 09/06/2025"
FORMS: list[tuple[Callable[..., bytes], Any]] = [
    (render_receipt, RECEIPT),
    (render_completion_request, COMPLETION),
    (render_refusal, REFUSAL),
    (render_extension_apology, EXTENSION),
    (render_stop_notice, STOP),
    (render_control_slip, CONTROL),
]


def _mark_words(pdf: bytes) -> list[pdf_tools.Word]:
    _, words = pdf_tools.words(pdf)
    return [w for w in words if w.text == "BẢN"]


def _assert_marked_in_top_margin(pdf: bytes, sheet: Sheet) -> None:
    pages = pdf_tools.page_texts(pdf)
    assert all(MARK in page for page in pages)
    _, words = pdf_tools.words(pdf)
    marks = _mark_words(pdf)
    assert [m.page for m in marks] == list(range(1, len(pages) + 1))
    for mark in marks:
        assert mark.y_max < sheet.top and mark.y_min > 3 * 72 / 25.4  # clear of the edge
        assert mark.x_min >= sheet.left - 0.5
        page = [w for w in words if w.page == mark.page]
        others = [w for w in page if abs(w.y_min - mark.y_min) > 1]  # not on the mark's line
        assert len(others) > 20 and all(w.y_min >= mark.y_max for w in others)


@pytest.mark.parametrize("render, form", FORMS, ids=lambda x: getattr(x, "__name__", ""))
def test_every_page_of_a_reprint_is_marked(render: Callable[..., bytes], form: Any) -> None:
    first = render(form)
    again = render(form, reprinted_at=AT)
    assert "BẢN IN LẠI" not in pdf_tools.text(first)
    assert first != again
    _assert_marked_in_top_margin(again, A5)
    assert render(form, reprinted_at=AT) == again  # still reproducible


def test_the_mark_on_a4_and_in_any_zone() -> None:
    utc = AT.astimezone(datetime.now().astimezone().tzinfo)
    _assert_marked_in_top_margin(render_refusal(REFUSAL, page_size="A4", reprinted_at=utc), A4)


def test_the_mark_and_the_continuation_line_share_the_margin_without_touching() -> None:
    documents = tuple(
        DocumentLine(f"Giấy tờ số {i}: văn bản xác nhận nguồn gốc và thời điểm sử dụng đất", 1)
        for i in range(1, 25)
    )
    pdf = render_receipt(replace(RECEIPT, documents=documents), reprinted_at=AT)
    pages = pdf_tools.page_texts(pdf)
    assert len(pages) == 4 and f"Mã hồ sơ: {CODE} - Liên 2 - trang 2" in pages[3]
    _, words = pdf_tools.words(pdf)
    for page in (2, 4):
        top = [w for w in words if w.page == page and w.y_max < A5.top]
        mark_end = max(w.x_max for w in top if w.text in ("09/06/2025",))
        continuation_start = min(w.x_min for w in top if w.text == "Mã")
        assert mark_end + 5 < continuation_start


def test_a_long_control_slip_is_marked_on_every_page() -> None:
    steps = tuple(
        ControlStep(CONTROL.steps[0].at, f"Bộ phận {i}", f"Phòng {i}", "Đúng hạn", "x" * 40)
        for i in range(40)
    )
    pdf = render_control_slip(replace(CONTROL, steps=steps), reprinted_at=AT)
    assert len(pdf_tools.page_texts(pdf)) > 1
    _assert_marked_in_top_margin(pdf, A5)


def test_a_reprint_time_without_zone_is_refused() -> None:
    with pytest.raises(InputError, match="Thời gian in lại: thiếu múi giờ"):
        render_receipt(RECEIPT, reprinted_at=datetime(2025, 6, 9, 14, 32))
