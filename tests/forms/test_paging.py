"""Packing table rows into pages before layout."""

from __future__ import annotations

from counter.forms.layout import para
from counter.forms.paging import pack_rows, row_height
from counter.forms.sheet import A5, styles_for


def test_rows_fill_each_page_in_order() -> None:
    assert pack_rows([10, 10, 10, 10, 10], first_room=25, room=30) == [
        range(0, 2),
        range(2, 5),
    ]
    assert pack_rows([10, 10, 10], first_room=100, room=30) == [range(0, 3)]


def test_no_rows_is_one_empty_page() -> None:
    assert pack_rows([], first_room=10, room=10) == [range(0, 0)]


def test_a_row_taller_than_the_room_gets_its_own_page() -> None:
    assert pack_rows([5, 50, 5], first_room=20, room=20) == [
        range(0, 1),
        range(1, 2),
        range(2, 3),
    ]
    assert pack_rows([50], first_room=20, room=20) == [range(0, 1)]


def test_row_height_takes_the_tallest_cell() -> None:
    cell = styles_for(A5).cell
    long_text = para("Chứng thực bản sao từ bản chính " * 6, cell)
    height = row_height(
        ["1", long_text, "07:30\n02/06/2025"], [20, 60, 40], padding=(2, 2, 1, 3), leading=10
    )
    wrapped = long_text.wrap(56, 1e6)[1]
    assert wrapped > 3 * cell.leading
    assert height == wrapped + 4
    assert row_height(["a\nb\nc", ""], [50, 50], padding=(0, 0, 1, 1), leading=10) == 32
