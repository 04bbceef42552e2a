"""Cutting a long table into one table per page before layout.

ReportLab splits a long table one page at a time and measures all remaining
rows again at every split, so the work grows with the square of the row count
(seconds for a month of dossiers). Here each row is measured once, rows are
packed into pages, and ReportLab gets one short table per page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def row_height(
    cells: Sequence[Any],
    widths: Sequence[float],
    *,
    padding: tuple[float, float, float, float],
    leading: float,
) -> float:
    """Height of one table row: plain strings take ``leading`` per line,
    paragraphs what they need at their column width.

    ``padding`` is (left, right, top, bottom), as in the table's style.
    """
    left, right, top, bottom = padding
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=True):
        if isinstance(cell, str):
            height = leading * (cell.count("\n") + 1) if cell else 0.0
        else:
            height = float(cell.wrap(width - left - right, 1e6)[1])
        tallest = max(tallest, height)
    return tallest + top + bottom


def pack_rows(heights: Sequence[float], first_room: float, room: float) -> list[range]:
    """Consecutive runs of rows that fit: ``first_room`` points on the first
    page, ``room`` on each later one. A row taller than a page gets a page of
    its own (ReportLab then splits it)."""
    pages: list[range] = []
    start, free = 0, first_room
    for index, height in enumerate(heights):
        if height > free and index > start:
            pages.append(range(start, index))
            start, free = index, room
        free -= height
    if start < len(heights) or not pages:
        pages.append(range(start, len(heights)))
    return pages


def height_of(flowables: Sequence[Any], width: float, available: float) -> float:
    """Room a run of flowables takes in a frame, spacing included (an upper bound:
    a frame drops the space before its first flowable)."""
    total = 0.0
    for flowable in flowables:
        total += float(flowable.wrap(width, available)[1])
        total += float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())
    return total
