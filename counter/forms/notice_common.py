"""What forms 02-05 share: one letter builder (the agency header with the number and the
place and date of issue, the form's own body, numbered pages, the reprint stamp)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from counter.forms.blocks import addressee, dossier_code_line, letter_paragraphs
from counter.forms.document import build_pdf
from counter.forms.formatting import markup, place_and_date
from counter.forms.layout import agency_header, letter_signature, spacer, title
from counter.forms.model import AgencyHeader, Signatory
from counter.forms.reprint import reprint_stamp
from counter.forms.sheet import Sheet, sheet_named

LetterBody = Callable[[Sheet], list[Any]]


@dataclass(frozen=True)
class Letter:
    """The frame of a form 02-05: who issues it, its number and date, what it is."""

    header: AgencyHeader
    number: str
    issued_on: date
    form_number: str  # "02" ... "05"
    document_title: str  # the PDF's title, e.g. "Phiếu từ chối ... - <dossier code>"
    subject: str | None = None  # the "V/v ..." line under the number, for letters


def opening(
    sheet: Sheet, header: AgencyHeader, number: str, issued_on: date, *, subject: str | None = None
) -> list[Any]:
    """The agency header with "Số: ..." and the place and date of issue."""
    return [
        agency_header(
            sheet,
            header,
            f"Số: {markup(number)}",
            markup(place_and_date(header.place_name, issued_on)),
            subject_line=markup(subject) if subject else None,
        ),
        spacer(4),
    ]


def slip_heading(sheet: Sheet, heading: str, dossier_code: str) -> list[Any]:
    """The title of a slip (forms 02, 03) and the dossier's code under it."""
    return [title(sheet, heading), dossier_code_line(sheet, dossier_code), spacer(3)]


def signed_body(
    sheet: Sheet,
    to: str,
    paragraphs: Sequence[str],
    recipients: Sequence[str],
    signatory: Signatory,
) -> list[Any]:
    """A letter's "Kính gửi", its paragraphs, and who receives and signs it (forms 04, 05)."""
    return [
        addressee(sheet, to),
        spacer(3),
        *letter_paragraphs(sheet, paragraphs),
        spacer(2),
        letter_signature(sheet, recipients, signatory.position, signatory.name),
    ]


def render_letter(
    letter: Letter, body: LetterBody, *, page_size: str, reprinted_at: datetime | None
) -> bytes:
    """The PDF of ``letter`` with ``body(sheet)`` after its opening; ``reprinted_at`` marks
    every page as a reprint made at that time."""
    sheet = sheet_named(page_size)
    stamp = reprint_stamp(reprinted_at)
    story = opening(sheet, letter.header, letter.number, letter.issued_on, subject=letter.subject)
    story += body(sheet)
    return build_pdf(
        story,
        sheet,
        title=letter.document_title,
        subject=f"Mẫu số {letter.form_number}",
        numbered_pages=True,
        stamp=stamp,
    )
