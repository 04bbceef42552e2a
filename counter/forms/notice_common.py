"""What forms 02-05 share: the page size check and the opening of each form."""

from __future__ import annotations

from datetime import date
from typing import Any

from counter.forms.formatting import markup, place_and_date
from counter.forms.layout import agency_header, spacer
from counter.forms.model import AgencyHeader
from counter.forms.sheet import Sheet


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
