"""Turn dossier rows into plain views (inside a session; the views outlive it)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from counter.citizen.notification import NotificationConsent
from counter.db.models import Dossier
from counter.deadlines.calendar import WorkCalendar
from counter.deadlines.urgency import Urgency, urgency
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import (
    AttachmentView,
    DossierEventView,
    DossierSummary,
    DossierView,
    ReceivedDocument,
)
from counter.people import Applicant


def dossier_urgency(calendar: WorkCalendar, due_at: datetime, finished_at: datetime | None,
                    now: datetime, due_soon_minutes: int) -> Urgency:
    return urgency(calendar, due_at, now, finished=finished_at is not None,
                   due_soon_minutes=due_soon_minutes)


def to_view(row: Dossier, calendar: WorkCalendar, now: datetime, due_soon_minutes: int,
            warnings: tuple[str, ...] = ()) -> DossierView:
    return DossierView(
        code=row.code,
        procedure_code=row.procedure_code,
        procedure_version=row.procedure_version,
        procedure_name=row.procedure_name,
        processing_kind=row.processing_kind,
        processing_amount=row.processing_amount,
        agency_code=row.agency_code,
        workstation_id=row.workstation_id,
        channel=row.channel,
        applicant=Applicant.from_json(row.applicant),
        documents=tuple(
            ReceivedDocument(d.name, d.originals, d.copies, d.pages, d.required, d.received,
                             d.digitised_sha256 or "", d.reused_from or "")
            for d in row.documents
        ),
        sets_count=row.sets_count,
        fee_amount=row.fee_amount,
        fee_paid=row.fee_paid,
        fee_method=row.fee_method,
        fee_receipt_number=row.fee_receipt_number,
        received_at=row.received_at,
        clock_started_at=row.clock_started_at,
        due_at=row.due_at,
        paused_at=row.paused_at,
        finished_at=row.finished_at,
        status=Status(row.status),
        urgency=dossier_urgency(calendar, row.due_at, row.finished_at, now, due_soon_minutes),
        result_delivery=row.result_delivery,
        delivery_address=row.delivery_address,
        notes=row.notes,
        satisfaction=row.satisfaction,
        book_volume=row.book_volume,
        book_number=row.book_number,
        created_by=row.created_by,
        events=tuple(
            DossierEventView(
                e.at, e.actor, e.action,
                Status(e.from_status) if e.from_status else None,
                Status(e.to_status), e.reason, e.due_at, dict(e.details or {}),
            )
            for e in row.events
        ),
        attachments=tuple(
            AttachmentView(a.sha256, a.filename, a.media_type, a.size, a.kind, a.added_at,
                           a.added_by, a.id)
            for a in row.attachments
        ),
        warnings=warnings,
        check_code=row.check_code or "",
        notification=NotificationConsent(
            bool(row.notify_consent), row.notify_channel or "", row.notify_contact or ""
        ),
        procedure_terms=dict(row.procedure_terms or {}),
        unlisted=bool(row.unlisted),
        handling_agency_code=row.handling_agency_code,
        handling_agency_name=row.handling_agency_name or "",
    )


class SummaryRow(Protocol):
    """What a desk row is made of: a whole :class:`Dossier`, or only the columns of
    :data:`SUMMARY_COLUMNS` (cheaper to read for a page of results)."""

    @property
    def id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def applicant_name(self) -> str: ...
    @property
    def applicant_id_number(self) -> str: ...
    @property
    def procedure_code(self) -> str: ...
    @property
    def procedure_name(self) -> str: ...
    @property
    def channel(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def received_at(self) -> datetime: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def finished_at(self) -> datetime | None: ...


SUMMARY_COLUMNS = (Dossier.id, Dossier.code, Dossier.applicant_name, Dossier.applicant_id_number,
                   Dossier.procedure_code, Dossier.procedure_name, Dossier.channel,
                   Dossier.status, Dossier.received_at, Dossier.due_at, Dossier.finished_at)


def to_summary(row: SummaryRow, calendar: WorkCalendar, now: datetime,
               due_soon_minutes: int) -> DossierSummary:
    return DossierSummary(
        code=row.code,
        applicant_name=row.applicant_name,
        applicant_id_number=row.applicant_id_number,
        procedure_code=row.procedure_code,
        procedure_name=row.procedure_name,
        channel=row.channel,
        status=Status(row.status),
        received_at=row.received_at,
        due_at=row.due_at,
        urgency=dossier_urgency(calendar, row.due_at, row.finished_at, now, due_soon_minutes),
        cursor=row.id,
    )
