"""Form 07, the tracking book, from the dossiers this agency received in a date range."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit
from counter.access import check_permission
from counter.agencies import AgencyInfo
from counter.day_review import day_bounds
from counter.db.models import Dossier
from counter.dossiers.lifecycle import STATUS_LABELS, Status
from counter.errors import InputError
from counter.forms import render_tracking_book
from counter.forms.formatting import format_date
from counter.forms.from_dossier import agency_header
from counter.forms.model import TrackingBookRow
from counter.roles import Actor
from counter.workspace import Workspace

MAX_BOOK_DAYS = 366
# Statuses the book notes in its last column: the dossier ended without a result.
NOTED_STATUSES = frozenset({Status.REFUSED, Status.STOPPED, Status.WITHDRAWN})


@dataclass(frozen=True)
class PrintedBook:
    date_from: date
    date_to: date
    dossiers: int
    sha256: str
    pdf: bytes = field(repr=False)


def check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise InputError(
            "Đến ngày",
            f"phải từ ngày {format_date(date_from)} trở đi (nhận được {format_date(date_to)}).",
        )
    if (date_to - date_from).days + 1 > MAX_BOOK_DAYS:
        raise InputError(
            "Khoảng thời gian",
            f"dài quá {MAX_BOOK_DAYS} ngày; hãy in sổ theo từng năm.",
        )


def book_rows(
    session: Session, agency: AgencyInfo, date_from: date, date_to: date
) -> list[TrackingBookRow]:
    """The agency's dossiers received from ``date_from`` to ``date_to`` (inclusive), in
    order of reception; each numbered as in its receipt ("Số thứ tự" of the book)."""
    start, _ = day_bounds(date_from)
    _, end = day_bounds(date_to)
    found = session.execute(
        select(
            Dossier.code,
            Dossier.procedure_name,
            Dossier.sets_count,
            Dossier.applicant_name,
            Dossier.applicant,
            Dossier.received_at,
            Dossier.due_at,
            Dossier.finished_at,
            Dossier.status,
            Dossier.book_number,
        )
        .where(
            Dossier.agency_code == agency.code,
            Dossier.received_at >= start,
            Dossier.received_at < end,
        )
        .order_by(Dossier.received_at, Dossier.id)
    )
    rows = []
    for position, found_row in enumerate(found, 1):
        status = Status(found_row.status)
        applicant = found_row.applicant or {}
        rows.append(
            TrackingBookRow(
                number=found_row.book_number if found_row.book_number > 0 else position,
                dossier_code=found_row.code,
                procedure_name=found_row.procedure_name,
                sets=found_row.sets_count,
                applicant_name=found_row.applicant_name,
                applicant_address=str(applicant.get("address") or ""),
                applicant_phone=str(applicant.get("phone") or "") or None,
                handling_unit=agency.name,
                received_at=found_row.received_at,
                due_at=found_row.due_at,
                returned_at=found_row.finished_at if status is Status.RETURNED else None,
                note=STATUS_LABELS[status] if status in NOTED_STATUSES else "",
            )
        )
    return rows


def print_tracking_book(
    workspace: Workspace, actor: Actor, date_from: date, date_to: date
) -> PrintedBook:
    """The tracking book of this workstation's agency for the range; the print is audited.

    The book belongs to no single dossier, so it is not kept in the dossiers' archive.
    """
    check_permission(workspace, actor, "dossier.print", "book", f"{date_from}/{date_to}")
    check_range(date_from, date_to)
    agency = workspace.identity().agency
    with workspace.store.read() as session:
        rows = book_rows(session, agency, date_from, date_to)
    pdf = render_tracking_book(rows, date_from, date_to, agency_header(agency))
    digest = hashlib.sha256(pdf).hexdigest()
    with workspace.store.write() as session:
        audit.record(
            session,
            actor,
            "book.print",
            "book",
            f"{date_from}/{date_to}",
            f"dossiers={len(rows)};sha256={digest[:16]}",
        )
    return PrintedBook(date_from, date_to, len(rows), digest, pdf)
