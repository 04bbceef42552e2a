"""Blocks that several forms repeat: the applicant's particulars, the dossier
code line, bordered tables and the body of an official letter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Table

from counter.forms import fonts
from counter.forms.formatting import markup
from counter.forms.layout import labelled, para, table_style
from counter.forms.model import Applicant
from counter.forms.sheet import Sheet, styles_for


def applicant_lines(sheet: Sheet, applicant: Applicant) -> list[Any]:
    """Address, then phone and email on one line; whatever is missing is left out."""
    lines = []
    if applicant.address and applicant.address.strip():
        lines.append(labelled(sheet, "Địa chỉ", applicant.address))
    contact = []
    if applicant.phone and applicant.phone.strip():
        contact.append(f"Số điện thoại: {markup(applicant.phone)}")
    if applicant.email and applicant.email.strip():
        contact.append(f"Email: {markup(applicant.email)}")
    if contact:
        lines.append(para("&nbsp;&nbsp;&nbsp;&nbsp;".join(contact), styles_for(sheet).body))
    return lines


def dossier_code_line(sheet: Sheet, code: str) -> Any:
    return para(f"Mã hồ sơ: <b>{markup(code)}</b>", styles_for(sheet).centred)


CELL_PADDING = 3


def column_fitting(sheet: Sheet, *headings: str) -> float:
    """Width of a column whose bold header cell holds the longest of ``headings``
    on one line (for short columns: "STT", "Bản chính", times)."""
    size = styles_for(sheet).cell_header.fontSize
    widest = max(fonts.text_width(text, fonts.BOLD, size) for text in headings)
    return widest + 2 * CELL_PADDING + 1


def grid_table(
    sheet: Sheet, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Any:
    """A bordered table of escaped-markup cells with a bold header row that is
    repeated when the table runs onto another page. Columns whose header
    starts with "STT" or "Số" are centred."""
    s = styles_for(sheet)
    centred = [name.startswith(("STT", "Số", "Bản")) for name in header]
    data: list[list[Any]] = [[para(name, s.cell_header) for name in header]]
    for row in rows:
        data.append(
            [para(text, s.cell_centred if centred[i] else s.cell) for i, text in enumerate(row)]
        )
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def letter_paragraphs(sheet: Sheet, paragraphs: Sequence[str]) -> list[Any]:
    """Justified paragraphs with a first-line indent, as in an official letter."""
    base = styles_for(sheet).body_justified
    style = base.clone(
        "letter", firstLineIndent=sheet.body_size * 1.6, spaceAfter=sheet.leading * 0.3
    )
    return [para(text, style) for text in paragraphs]


def addressee(sheet: Sheet, name: str) -> Any:
    """The "Kính gửi: ..." line of a letter."""
    return para(f"Kính gửi: {markup(name)}", styles_for(sheet).centred)
