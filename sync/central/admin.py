"""What the central administrator does from a command line, as plain functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter.clock import now
from counter.errors import InputError
from counter.validate import read_json_file
from sync.central.context import CentralContext
from sync.central.models import ReviewItem, ReviewOverflow
from sync.central.services import batches, master_data, workstations
from sync.central.services.master_data import CatalogueLoad
from sync.central.services.reviews import ReviewLimits
from sync.central.services.workstations import WorkstationRow
from sync.protocol import BatchImportReport


def create_enrolment_code(
    context: CentralContext, agency_code: str, days: int | None = None
) -> str:
    """A one-time enrolment code valid for ``days`` (1 to ``max_enrolment_code_days``)."""
    valid_days = days if days is not None else context.settings.enrolment_code_days
    longest = context.settings.max_enrolment_code_days
    if not 1 <= valid_days <= longest:
        raise InputError("--days", f"số ngày hiệu lực phải từ 1 đến {longest}")
    return context.database.run(
        lambda s: workstations.new_enrolment_code(s, agency_code, valid_days)
    )


def load_catalogue(context: CentralContext, path: Path) -> CatalogueLoad:
    document = read_json_file(path)  # the one reader of outside JSON
    return context.database.run(lambda s: master_data.load_catalogue(s, document))


def revoke_workstation(context: CentralContext, workstation_id: str, reason: str) -> None:
    today = now().date()
    context.database.run(lambda s: workstations.revoke(s, workstation_id, reason, today))


def list_workstations(context: CentralContext) -> list[WorkstationRow]:
    return context.database.run(workstations.list_workstations)


@dataclass(frozen=True)
class ReviewRow:
    received_at: datetime
    reason_code: str
    message_id: str
    workstation_id: str
    reason: str


def list_reviews(context: CentralContext, limit: int = 200) -> list[ReviewRow]:
    """Messages kept for a person: conflicting versions, refused ones (newest first), with the
    short records of those refused once their workstation's review room was full."""

    def query(session: Session) -> list[ReviewRow]:
        whole = session.scalars(
            select(ReviewItem)
            .order_by(ReviewItem.received_at.desc(), ReviewItem.id.desc())
            .limit(limit)
        )
        short = session.scalars(
            select(ReviewOverflow)
            .order_by(ReviewOverflow.received_at.desc(), ReviewOverflow.id.desc())
            .limit(limit)
        )
        rows = [
            ReviewRow(r.received_at, r.reason_code, r.message_id, r.workstation_id, r.reason)
            for r in [*whole, *short]
        ]
        rows.sort(key=lambda row: row.received_at, reverse=True)
        return rows[:limit]

    return context.database.run(query)


def set_dossier_status(
    context: CentralContext, dossier_code: str, status: str, *, actor: str, reason: str | None
) -> None:
    context.database.run(
        lambda s: master_data.record_back_office_status(
            s, dossier_code, status, actor=actor, reason=reason
        )
    )


def import_batch_file(context: CentralContext, path: Path) -> BatchImportReport:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"không đọc được tệp ({error.strerror})") from error
    return context.database.run(
        lambda s: batches.import_batch(
            s,
            data,
            private_key=context.private_key,
            store=context.attachments,
            uploaded_by=None,
            limits=ReviewLimits.of(context.settings),
            check_key=context.check_key,
        )
    )


def seal_clear_attachments(context: CentralContext, limit: int = 1000) -> int:
    """Encrypt attachments stored in clear by an older server, ``limit`` at a time."""
    return context.attachments.seal_clear_files(limit)


def expire_partial_uploads(context: CentralContext, limit: int = 1000) -> int:
    """Discard unfinished uploads older than ``partial_upload_hours`` (uploads also do it, a
    few at a time)."""
    return context.database.run(lambda s: context.attachments.expire_stale_uploads(s, limit))
