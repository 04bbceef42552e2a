"""The archive of printed forms: every PDF kept with its dossier, for the
"history of prints" and for showing exactly what a citizen was given."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter import audit
from counter.access import check_permission
from counter.db.models import PrintedForm as PrintedFormRow
from counter.dossiers.transitions import load_dossier
from counter.errors import NotFoundError
from counter.printing.kinds import FORMS
from counter.roles import Actor
from counter.workspace import Workspace


@dataclass(frozen=True)
class PrintRecord:
    """One print of a form, as kept in the archive."""

    id: int
    dossier_code: str
    form: str  # receipt, completion-request, ...
    form_number: str  # "01" ... "06"
    title: str
    copies: tuple[str, ...]
    page_size: str
    sha256: str
    size: int
    printed_at: datetime
    printed_by: str
    reprint: bool
    sequence: int  # the n-th print of this form for this dossier


@dataclass(frozen=True)
class PrintedForm(PrintRecord):
    """A print just made: its archive record and the PDF itself."""

    pdf: bytes = field(repr=False)


def to_record(row: PrintedFormRow, dossier_code: str) -> PrintRecord:
    known = FORMS.get(row.form)
    return PrintRecord(
        id=row.id,
        dossier_code=dossier_code,
        form=row.form,
        form_number=row.form_number,
        title=known.title if known else row.form,
        copies=tuple(row.copies or ()),
        page_size=row.page_size,
        sha256=row.sha256,
        size=row.size,
        printed_at=row.printed_at,
        printed_by=row.printed_by,
        reprint=row.reprint,
        sequence=row.sequence,
    )


def is_reprint(
    session: Session, dossier_id: int, form: str, step_id: int, copies: tuple[str, ...]
) -> bool:
    """Printed before from the same step; for a form with copies, one of the same copies."""
    earlier = session.scalars(
        select(PrintedFormRow.copies).where(
            PrintedFormRow.dossier_id == dossier_id,
            PrintedFormRow.form == form,
            PrintedFormRow.source_event_id == step_id,
        )
    ).all()
    if not copies:
        return bool(earlier)
    return any(set(copies) & set(labels or ()) for labels in earlier)


def next_sequence(session: Session, dossier_id: int, form: str) -> int:
    last = session.scalar(
        select(func.max(PrintedFormRow.sequence)).where(
            PrintedFormRow.dossier_id == dossier_id, PrintedFormRow.form == form
        )
    )
    return int(last or 0) + 1


def list_printed(workspace: Workspace, code: str) -> list[PrintRecord]:
    """Every print of the dossier's forms, oldest first (no personal data, no PDF)."""
    with workspace.store.read() as session:
        dossier = load_dossier(session, code)
        rows = session.scalars(
            select(PrintedFormRow)
            .where(PrintedFormRow.dossier_id == dossier.id)
            .order_by(PrintedFormRow.id)
        ).all()
        return [to_record(row, dossier.code) for row in rows]


def get_printed_pdf(workspace: Workspace, code: str, print_id: int, actor: Actor) -> bytes:
    """The archived PDF of one print of dossier ``code`` (checked against its hash).

    The PDF holds the citizen's data, so reading it is audited like viewing the dossier.
    """
    check_permission(workspace, actor, "dossier.view", "dossier", code)
    with workspace.store.write() as session:
        dossier = load_dossier(session, code)
        row = session.get(PrintedFormRow, print_id)
        if row is None or row.dossier_id != dossier.id:
            raise NotFoundError(f"Hồ sơ {dossier.code} không có bản in số {print_id}.")
        sha256 = row.sha256
        audit.record(
            session, actor, "dossier.read_print", "dossier", dossier.code, f"print={print_id}"
        )
    return workspace.files.get(sha256)
