"""Building blocks every form uses: the agency header with the national motto,
the title, labelled lines, numbered lists and signature blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter.forms import fonts
from counter.forms.formatting import markup, text_lines
from counter.forms.model import AgencyHeader
from counter.forms.sheet import MM, Sheet, styles_for

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_HINT = "(Ký và ghi rõ họ tên)"


class CentredRule(Flowable):
    """A thin line of ``length`` points centred in the width it is given."""

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length
        self.avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, 4

    def draw(self) -> None:
        start = (self.avail - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(start, 2.5, start + self.length, 2.5)


def table_style(commands: list[tuple[Any, ...]]) -> Any:
    """A table style whose cells default to the bundled font: ReportLab's own
    default, Helvetica, has no Vietnamese letters and is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


class LaidOutParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width: a table wraps each of its cells
    twice (to size the rows, then again to draw them), and a paragraph's lines depend on
    the width only."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # a split drops the lines (``blPara``): they are broken again then
        if (self._wrapped is not None and self._wrapped[0] == avail_width
                and hasattr(self, "blPara")):
            self.width, self.height = size = self._wrapped[1]
            return size
        size = super().wrap(avail_width, avail_height)
        if size == (self.width, self.height):  # not the "no room at all" answer
            self._wrapped = (avail_width, size)
        return size


def para(text: str, style: Any) -> Any:
    """A paragraph of ready markup (escape user text with ``markup`` first)."""
    return LaidOutParagraph(text, style)


def header_columns(sheet: Sheet) -> tuple[float, float]:
    """Widths of the left (agency) and right (motto) columns of the header."""
    right = fonts.text_width(NATION, fonts.BOLD, sheet.header_size) + 2 * MM
    return sheet.frame_width - right, right


def agency_header(
    sheet: Sheet,
    header: AgencyHeader,
    number_line: str | None,
    date_line: str | None,
    *,
    subject_line: str | None = None,
) -> Any:
    """Authority and unit (left), national name and motto (right), then
    "Số: ..." under the unit and the place and date under the motto.

    The lines are markup. ``subject_line`` ("V/v ...") goes under the number, as
    in an official letter; a form with neither number nor date has no second row.
    """
    s = styles_for(sheet)
    left_width, right_width = header_columns(sheet)
    authority = header_markup(header.parent_authority, fonts.REGULAR, sheet.header_size, left_width)
    unit_lines, unit_size = fitted_header_lines(
        header.unit_name, fonts.BOLD, sheet.header_size, left_width
    )
    unit_width = max(fonts.text_width(line, fonts.BOLD, unit_size) for line in unit_lines)
    unit_style = s.header_bold.clone("unit", fontSize=unit_size, leading=unit_size * 1.25)
    unit_rule = min(unit_width, left_width) * 0.4
    motto_size = sheet.header_size + 0.5
    motto_style = s.header_bold.clone("motto", fontSize=motto_size, leading=motto_size * 1.25)
    left = [
        para(authority, s.header),
        para("<br/>".join(escape(line) for line in unit_lines), unit_style),
        CentredRule(max(unit_rule, 18 * MM)),
    ]
    right = [
        para(NATION, s.header_bold),
        para(MOTTO, motto_style),
        CentredRule(fonts.text_width(MOTTO, fonts.BOLD, motto_size)),
    ]
    rows: list[list[Any]] = [[left, right]]
    if number_line or date_line:
        below_unit = [para(number_line, s.centred)] if number_line else []
        if subject_line:
            below_unit.append(para(subject_line, s.small_centred))
        rows.append([below_unit, para(date_line, s.italic_centred) if date_line else ""])
    table = Table(rows, colWidths=[left_width, right_width])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("TOPPADDING", (0, 1), (-1, -1), 3),
            ]
        )
    )
    return table


# Words that start the locality part of an agency name ("... XÃ TÂN PHÚ"):
# a header line that must wrap is broken before them, never inside a phrase.
_LOCALITY_ONE = frozenset({"XÃ", "PHƯỜNG", "TỈNH", "HUYỆN", "QUẬN"})
_LOCALITY_TWO = frozenset({("THỊ", "XÃ"), ("THỊ", "TRẤN"), ("THÀNH", "PHỐ"), ("ĐẶC", "KHU")})


def header_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Upper-case lines of a header name: explicit line breaks are kept; a single
    line too long for ``width`` is broken before its locality when both parts fit,
    and otherwise left to normal wrapping."""
    lines = [line.upper() for line in text_lines(text)]
    if len(lines) != 1 or fonts.text_width(lines[0], font, size) <= width:
        return lines
    words = lines[0].split(" ")
    for cut in range(len(words) - 1, 0, -1):
        if not _starts_locality(words, cut):
            continue
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if max(fonts.text_width(head, font, size), fonts.text_width(tail, font, size)) <= width:
            return [head, tail]
    return lines


def fitted_header_lines(
    text: str, font: str, size: float, width: float
) -> tuple[list[str], float]:
    """:func:`header_lines` and the size to print them at: a name whose part before the
    locality is a little too wide ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG / XÃ ...") is set
    up to 15 % smaller rather than broken inside the phrase."""
    for scale in (1.0, 0.95, 0.9, 0.85):
        lines = header_lines(text, font, size * scale, width)
        if all(fonts.text_width(line, font, size * scale) <= width for line in lines):
            return lines, size * scale
    return header_lines(text, font, size, width), size


def header_markup(text: str, font: str, size: float, width: float) -> str:
    return "<br/>".join(escape(line) for line in header_lines(text, font, size, width))


def _starts_locality(words: list[str], index: int) -> bool:
    if tuple(words[index : index + 2]) in _LOCALITY_TWO:
        return True
    return words[index] in _LOCALITY_ONE and words[index - 1] != "THỊ"


def spacer(height_mm: float) -> Any:
    return Spacer(1, height_mm * MM)


def title(sheet: Sheet, text: str) -> Any:
    return para(markup(text), styles_for(sheet).title)


def labelled(sheet: Sheet, label: str, value: str, *, bold: bool = False) -> Any:
    """``Label: value`` with the value escaped; wraps under the label."""
    shown = f"<b>{markup(value)}</b>" if bold else markup(value)
    return para(f"{markup(label)}: {shown}", styles_for(sheet).body)


def numbered(sheet: Sheet, items: Sequence[str], *, indent_mm: float = 4) -> list[Any]:
    """``1. text`` paragraphs with a hanging indent, text escaped."""
    base = styles_for(sheet).body_justified
    style = base.clone(
        "numbered", leftIndent=(indent_mm + 4) * MM, firstLineIndent=-4 * MM, spaceAfter=0
    )
    return [para(f"{index}. {markup(item)}", style) for index, item in enumerate(items, 1)]


def signature_pair(
    sheet: Sheet, left: tuple[str, str | None] | None, right: tuple[str, str | None]
) -> Any:
    """Signature blocks side by side, (role, printed name or ``None``) each;
    with ``left=None`` the single block stands on the right."""
    half = sheet.frame_width / 2
    left_cell = _signature_cell(sheet, *left) if left else ""
    table = Table([[left_cell, _signature_cell(sheet, *right)]], colWidths=[half, half])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return KeepTogether([table])


def _signature_cell(sheet: Sheet, role: str, name: str | None) -> list[Any]:
    s = styles_for(sheet)
    cell = [
        para(f"<b>{markup(role).upper()}</b>", s.centred),
        para(SIGN_HINT, s.hint),
        spacer(14 if sheet.body_size < 11 else 22),
    ]
    if name:
        cell.append(para(f"<b>{markup(name)}</b>", s.centred))
    return cell


def letter_signature(sheet: Sheet, recipients: Sequence[str], position: str, name: str) -> Any:
    """ "Nơi nhận:" on the left, the signer's position and name on the right."""
    s = styles_for(sheet)
    left_width, right_width = header_columns(sheet)
    lines = [para("<b><i>Nơi nhận:</i></b>", s.small)]
    last = len(recipients) - 1
    lines += [
        para(f"- {markup(item)}{'.' if i == last else ';'}", s.small)
        for i, item in enumerate(recipients)
    ]
    right = [
        para(f"<b>{markup(position).upper()}</b>", s.centred),
        spacer(18 if sheet.body_size < 11 else 24),
        para(f"<b>{markup(name)}</b>", s.centred),
    ]
    table = Table([[lines, right]], colWidths=[left_width, right_width])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])
