"""Form 07: the dossier tracking book (Sổ theo dõi hồ sơ) for a date range.

A4 landscape; the two header rows of the table are repeated on every page and
each page is numbered "Trang n/N".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.platypus import PageBreak, Table

from counter.errors import InputError
from counter.forms import fonts
from counter.forms.checks import require_date
from counter.forms.document import build_pdf
from counter.forms.formatting import format_date, local, markup
from counter.forms.layout import agency_header, para, spacer, table_style, title
from counter.forms.model import AgencyHeader, TrackingBookRow
from counter.forms.paging import height_of, pack_rows, row_height
from counter.forms.sheet import A4_LANDSCAPE, MM, styles_for

TITLE = "SỔ THEO DÕI HỒ SƠ"
# (heading, width in mm); the three dates share a "Ngày, tháng, năm" heading.
COLUMNS = (
    ("STT", 9),
    ("Mã hồ sơ", 37),
    ("Tên thủ tục hành chính", 44),
    ("Số bộ", 9),
    ("Người nộp hồ sơ", 28),
    ("Địa chỉ, số điện thoại", 42),
    ("Cơ quan giải quyết", 26),
    ("Nhận hồ sơ", 16),
    ("Hẹn trả kết quả", 16),
    ("Trả kết quả", 16),
    ("Ký nhận", 13),
    ("Ghi chú", 17),
)
DATES_FIRST, DATES_LAST = 7, 9
PADDING = (2.5, 2.5, 1.5, 2.5)  # left, right, top, bottom
SAFETY = 4.0  # points kept free on each page against rounding in the layout
EMPTY = "Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này."


def render_tracking_book(
    rows: Sequence[TrackingBookRow], date_from: date, date_to: date, header: AgencyHeader
) -> bytes:
    """The book for dossiers received from ``date_from`` to ``date_to`` (inclusive)."""
    _check_range(rows, date_from, date_to)
    sheet = A4_LANDSCAPE
    s = styles_for(sheet)
    opening: list[Any] = [
        agency_header(sheet, header, None, None),
        spacer(3),
        title(sheet, TITLE),
        para(
            f"Từ ngày {format_date(date_from)} đến ngày {format_date(date_to)}",
            s.italic_centred,
        ),
        spacer(3),
    ]
    first_room = sheet.frame_height - height_of(opening, sheet.frame_width, sheet.frame_height)
    story = [
        *opening,
        *_tables(rows, first_room),
        spacer(2),
        para(f"Tổng số: <b>{len(rows)}</b> hồ sơ.", s.body),
    ]
    return build_pdf(
        story,
        sheet,
        title=f"Sổ theo dõi hồ sơ {format_date(date_from)} - {format_date(date_to)}",
        subject="Mẫu số 07",
        numbered_pages=True,
    )


def _check_range(rows: Sequence[TrackingBookRow], date_from: date, date_to: date) -> None:
    require_date("Từ ngày", date_from)
    require_date("Đến ngày", date_to)
    if isinstance(date_from, datetime) or isinstance(date_to, datetime):
        raise InputError("Khoảng thời gian", "cần ngày (không kèm giờ).")
    if date_to < date_from:
        raise InputError(
            "Đến ngày",
            f"phải từ ngày {format_date(date_from)} trở đi (nhận được {format_date(date_to)}).",
        )
    for row in rows:
        if not isinstance(row, TrackingBookRow):
            raise InputError("Sổ theo dõi hồ sơ", f"có dòng không hợp lệ: {row!r}.")
        received = local(row.received_at).date()
        if not date_from <= received <= date_to:
            raise InputError(
                f"Hồ sơ {row.dossier_code}",
                f"nhận ngày {format_date(received)}, ngoài khoảng "
                f"{format_date(date_from)} - {format_date(date_to)}.",
            )


def _tables(rows: Sequence[TrackingBookRow], first_room: float) -> list[Any]:
    """One table per page, each under the two heading rows."""
    sheet = A4_LANDSCAPE
    widths = [width * MM for _, width in COLUMNS]
    heading = _heading_rows()
    if not rows:
        empty = [para(EMPTY, styles_for(sheet).cell_centred)] + [""] * (len(COLUMNS) - 1)
        return [_page_table([*heading, empty], widths, empty=True)]
    body = [_cells(row) for row in rows]
    heading_height = _page_table(heading, widths, empty=False).wrap(sheet.frame_width, 1e6)[1]
    leading = styles_for(sheet).cell.leading
    heights = [row_height(cells, widths, padding=PADDING, leading=leading) for cells in body]
    pages = pack_rows(
        heights,
        first_room - heading_height - SAFETY,
        sheet.frame_height - heading_height - SAFETY,
    )
    tables: list[Any] = []
    for page in pages:
        if tables:
            tables.append(PageBreak())
        tables.append(_page_table([*heading, *body[page.start : page.stop]], widths, empty=False))
    return tables


def _heading_rows() -> list[list[Any]]:
    s = styles_for(A4_LANDSCAPE)
    headings = [para(name, s.cell_header) for name, _ in COLUMNS]
    top: list[Any] = list(headings)
    top[DATES_FIRST] = para("Ngày, tháng, năm", s.cell_header)
    for index in range(DATES_FIRST + 1, DATES_LAST + 1):
        top[index] = ""
    second: list[Any] = ["" for _ in COLUMNS]
    second[DATES_FIRST : DATES_LAST + 1] = headings[DATES_FIRST : DATES_LAST + 1]
    return [top, second]


def _page_table(data: list[list[Any]], widths: list[float], *, empty: bool) -> Any:
    # repeatRows keeps the headings if a page's table must still be split
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(_table_style(empty=empty))
    return table


def _cells(row: TrackingBookRow) -> list[Any]:
    s = styles_for(A4_LANDSCAPE)
    contact = markup(row.applicant_address)
    if row.applicant_phone and row.applicant_phone.strip():
        contact = (
            f"{contact}<br/>ĐT: {markup(row.applicant_phone)}"
            if contact
            else (f"ĐT: {markup(row.applicant_phone)}")
        )
    return [
        str(row.number),
        para(markup(row.dossier_code), s.cell),
        para(markup(row.procedure_name), s.cell),
        str(row.sets),
        para(markup(row.applicant_name), s.cell),
        para(contact, s.cell),
        para(markup(row.handling_unit), s.cell),
        _moment(row.received_at),
        _moment(row.due_at),
        _moment(row.returned_at) if row.returned_at else "",
        "",
        para(markup(row.note), s.cell),
    ]


def _moment(moment: datetime) -> str:
    return f"{local(moment):%H:%M}\n{format_date(moment)}"


def _table_style(*, empty: bool) -> Any:
    sheet = A4_LANDSCAPE
    cell_size = styles_for(sheet).cell.fontSize
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
        ("FONT", (0, 2), (-1, -1), fonts.REGULAR, cell_size, cell_size * 1.22),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("ALIGN", (3, 2), (3, -1), "CENTER"),
        ("ALIGN", (DATES_FIRST, 2), (DATES_LAST, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING[0]),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING[1]),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING[2]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING[3]),
        ("SPAN", (DATES_FIRST, 0), (DATES_LAST, 0)),
    ]
    commands += [
        ("SPAN", (col, 0), (col, 1))
        for col in range(len(COLUMNS))
        if not DATES_FIRST <= col <= DATES_LAST
    ]
    if empty:
        commands.append(("SPAN", (0, 2), (-1, 2)))
    return table_style(commands)
