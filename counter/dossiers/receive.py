"""Receive a dossier on a citizen's behalf: one transaction, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy.orm import Session

from counter import audit, clock, outbox, validate
from counter.access import check_permission
from counter.agencies import AgencyInfo, check_agency_code, find_agency
from counter.calendar_data import shipped_days
from counter.calendar_overrides import build_calendar, overrides_for
from counter.catalogue.fees import FeeRule, fee_amount, needs_pages, unpaid_fee_warning
from counter.catalogue.model import DocumentComponent, ProcedureInfo
from counter.catalogue.service import find_procedure
from counter.catalogue.terms import DOSSIER_CHANNEL, FeeExemption, Terms, resolve_terms
from counter.citizen.check_code import new_check_code
from counter.citizen.notification import check_consent
from counter.codes.allocate import allocate_code, next_book_number
from counter.db import rows
from counter.db.models import Dossier, DossierDocument, DossierEvent
from counter.deadlines.calendar import WorkCalendar
from counter.deadlines.compute import clock_start, due_time
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import (
    CHANNELS,
    DELIVERIES,
    DossierView,
    IntakeRequest,
    ReceivedDocument,
)
from counter.dossiers.snapshot import dossier_snapshot
from counter.dossiers.views import to_view
from counter.errors import InputError
from counter.offline_limits import ensure_may_receive
from counter.people import check_applicant, id_number_warnings, remember
from counter.roles import Actor
from counter.scanning.digitise import PreparedDocument, bind_prepared, prepare_draft
from counter.settings import load_working_hours
from counter.text import fold, format_money
from counter.workspace import Workspace, identity_in

MAX_CLOCK_AHEAD = timedelta(minutes=5)
EARLIEST_RECEIPT = datetime(2000, 1, 1, tzinfo=clock.VN_TZ)
MAX_REUSED_FROM = 300


def book_volume(year: int, workstation_name: str) -> str:
    """Each workstation keeps its own volume of the tracking book per year, so that entries
    numbered offline at two counters of one agency never share a volume and number."""
    return f"{year}-{workstation_name}"[:20]


def _check_request(request: IntakeRequest, now: datetime) -> IntakeRequest:
    if request.channel not in CHANNELS:
        raise InputError("channel", f"kênh tiếp nhận phải là một trong: {', '.join(CHANNELS)}.")
    if request.result_delivery not in DELIVERIES:
        raise InputError("result_delivery", "nơi trả kết quả phải là counter (tại quầy) hoặc post.")
    if request.result_delivery == "post" and not (
        request.delivery_address.strip() or request.applicant.address.strip()
    ):
        raise InputError("delivery_address", "trả kết quả qua bưu chính cần địa chỉ nhận.")
    if not 1 <= request.sets_count <= 100:
        raise InputError("sets_count", "số lượng hồ sơ (bộ) phải từ 1 đến 100.")
    received_at = clock.to_local(request.received_at) if request.received_at else now
    if received_at > now + MAX_CLOCK_AHEAD:
        raise InputError("received_at", "thời điểm tiếp nhận không được ở tương lai.")
    if received_at < EARLIEST_RECEIPT:
        raise InputError("received_at", "thời điểm tiếp nhận quá xa trong quá khứ.")
    applicant = check_applicant(request.applicant, now.date())
    return replace(
        request, applicant=applicant, received_at=received_at,
        delivery_address=validate.visible(request.delivery_address, "delivery_address"),
        notes=validate.visible(request.notes, "notes", multiline=True),
        notification=check_consent(request.notification),
    )


def _documents(request: IntakeRequest, components: tuple[DocumentComponent, ...]
               ) -> list[ReceivedDocument]:
    if request.documents is None:
        return [
            ReceivedDocument(c.name, c.originals, c.copies, 0, c.required, True)
            for c in components
        ]
    documents = [replace(d, reused_from=validate.visible(d.reused_from, "reused_from"))
                 for d in request.documents]
    if any(len(d.reused_from) > MAX_REUSED_FROM for d in documents):
        raise InputError("reused_from", f"nguồn dữ liệu dài quá {MAX_REUSED_FROM} ký tự.")
    received = {fold(d.name) for d in documents if d.received or d.reused_from}
    missing = [c.name for c in components if c.required and fold(c.name) not in received]
    if missing:
        raise InputError(
            "documents",
            "thiếu giấy tờ bắt buộc: " + "; ".join(missing)
            + ". Hồ sơ chưa đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.",
        )
    required = {fold(c.name) for c in components if c.required}
    return [replace(d, required=fold(d.name) in required) for d in documents]


def _fee(request: IntakeRequest, rule: FeeRule) -> int:
    payment = request.payment
    if payment.amount is None and needs_pages(rule, payment.pages):
        raise InputError("payment.pages", "cần số trang của bản cần chứng thực để tính phí.")
    computed = fee_amount(rule, sets=request.sets_count, pages=payment.pages, copies=payment.copies)
    if payment.amount is None or payment.amount == computed:
        return computed
    if rule.varies_by_province:
        return payment.amount
    raise InputError(
        "payment.amount",
        f"số tiền {format_money(payment.amount)} khác mức phí của thủ tục "
        f"({format_money(computed)}).",
    )


def handling_agency(session: Session, code: str | None, own_code: str) -> AgencyInfo | None:
    """The agency that will handle a dossier received for it ("phi địa giới"): one this
    workstation knows (agencies come from the central system's list); ``None`` when the
    receiving agency handles it itself."""
    if code is None or not code.strip():
        return None
    code = check_agency_code(code)
    if code == own_code:
        return None
    found = find_agency(session, code)
    if found is None:
        raise InputError(
            "handling_agency_code",
            f"chưa có cơ quan {code} trong danh sách cơ quan của máy này (danh sách nhận từ "
            "hệ thống trung tâm, hoặc do quản trị viên thêm).",
        )
    return found


def agency_calendar(session: Session, agency_code: str) -> WorkCalendar:
    """The working calendar of ``agency_code``: the same working hours, its own days off."""
    return build_calendar(load_working_hours(session), overrides_for(session, agency_code),
                          shipped_days())


def _add_rows(session: Session, values: dict[str, Any], documents: list[ReceivedDocument],
              actor: Actor) -> Dossier:
    """The dossier with its documents, first event and search entry, written straight through
    the driver (``counter.db.rows``); returned as the values written, for the view."""
    dossier_id = rows.insert(session, Dossier, values)
    document_rows = [
        {"dossier_id": dossier_id, "position": position, "name": document.name,
         "originals": document.originals, "copies": document.copies, "pages": document.pages,
         "required": document.required, "received": document.received,
         "digitised_sha256": None, "reused_from": document.reused_from or None}
        for position, document in enumerate(documents)
    ]
    event = {"dossier_id": dossier_id, "at": values["received_at"], "actor": actor.username,
             "action": "receive", "from_status": None, "to_status": values["status"],
             "reason": "", "due_at": values["due_at"], "details": {}}
    rows.insert_many(session, DossierDocument, document_rows)
    rows.insert(session, DossierEvent, event)
    rows.execute(session, "INSERT INTO dossier_fts(rowid, name) VALUES (?, ?)", (
        dossier_id, fold(f"{values['applicant_name']} {values['applicant']['organisation_name']}")
    ))
    # The view's rows: plain objects with the columns just written (no ORM state to build).
    return cast(Dossier, SimpleNamespace(
        id=dossier_id, **values, paused_at=None, finished_at=None, satisfaction=None,
        documents=[SimpleNamespace(**document) for document in document_rows],
        events=[SimpleNamespace(**event)], attachments=[],
    ))


def _bind_scans(session: Session, dossier_id: int, draft: str,
                prepared: list[PreparedDocument], actor: Actor) -> Dossier:
    """The dossier as the session sees it, with the PDFs scanned during intake attached."""
    row = session.get_one(Dossier, dossier_id)
    bind_prepared(session, row, draft, prepared, actor)
    return row


def _prepare_scans(workspace: Workspace, request: IntakeRequest) -> list[PreparedDocument]:
    """The PDFs of the documents scanned during intake, written before the transaction."""
    if not request.scan_draft:
        return []
    if request.documents is not None:
        names = [d.name for d in request.documents]
    else:
        with workspace.store.read() as session:
            procedure = _procedure(session, request)
        names = [d.name for d in procedure.documents]
    return prepare_draft(workspace, request.scan_draft, names)


def _procedure(session: Session, request: IntakeRequest) -> ProcedureInfo:
    if request.unlisted is not None:
        return request.unlisted.procedure()
    return find_procedure(session, request.procedure_code, request.procedure_version)


def _exemption(request: IntakeRequest, procedure: ProcedureInfo) -> FeeExemption | None:
    if not request.fee_exemption:
        return None
    found = next((e for e in procedure.exemptions if e.key == request.fee_exemption), None)
    if found is None:
        allowed = "; ".join(f"{e.key} ({e.group})" for e in procedure.exemptions) or "không có"
        raise InputError("fee_exemption",
                         f"nhóm miễn phí không có trong thủ tục này. Các nhóm: {allowed}.")
    return found


def _procedure_terms(request: IntakeRequest, procedure: ProcedureInfo, terms: Terms,
                     exemption: FeeExemption | None) -> dict[str, Any]:
    return {
        "case": terms.case_key, "case_name": terms.case_name, "channel": terms.channel,
        "exemption": exemption.to_json() if exemption else None,
        "handling_agency": procedure.handling_agency or procedure.agency_level,
        "own_forms": list(procedure.own_forms), "forms_note": procedure.forms_note,
        "unlisted": request.unlisted.to_json() if request.unlisted else None,
    }


def receive_dossier(workspace: Workspace, request: IntakeRequest, actor: Actor) -> DossierView:
    """Save a new dossier with its code and due time; the outbox and audit in the same commit."""
    check_permission(workspace, actor, "dossier.receive", "dossier")
    calendar = workspace.calendar()
    due_soon = workspace.due_soon_minutes()
    now = clock.now()
    request = _check_request(request, now)
    if request.unlisted is not None:
        request = replace(request, unlisted=request.unlisted.checked())
    assert request.received_at is not None
    received_at = request.received_at
    applicant = request.applicant
    prepared = _prepare_scans(workspace, request)
    with workspace.store.write() as session:
        ensure_may_receive(session, now)  # not past the offline limit (or overridden)
        identity = identity_in(session)
        handling = handling_agency(session, request.handling_agency_code, identity.agency.code)
        if handling is not None:  # its days off, not ours, count for its deadline
            calendar = agency_calendar(session, handling.code)
        procedure = _procedure(session, request)
        terms = resolve_terms(procedure, request.procedure_case,
                              DOSSIER_CHANNEL.get(request.channel, "in_person"))
        exemption = _exemption(request, procedure)
        documents = _documents(request, terms.documents)
        amount = 0 if exemption is not None else _fee(request, terms.fee)
        code = allocate_code(session, workspace.journal(), identity.agency.code, received_at.date())
        values: dict[str, Any] = dict(
            code=code,
            procedure_code=procedure.code,
            procedure_version=procedure.version,
            procedure_name=procedure.name,
            processing_kind=terms.processing.kind,
            processing_amount=terms.processing.amount,
            agency_code=identity.agency.code,
            handling_agency_code=handling.code if handling else None,
            handling_agency_name=handling.name if handling else "",
            workstation_id=identity.workstation.id,
            channel=request.channel,
            applicant_kind=applicant.kind,
            person_id=remember(session, applicant),
            applicant=applicant.to_json(),
            applicant_name=applicant.display_name,
            applicant_id_number=applicant.id_number,
            sets_count=request.sets_count,
            fee_amount=amount,
            fee_detail=terms.fee.to_json(),
            procedure_terms=_procedure_terms(request, procedure, terms, exemption),
            unlisted=request.unlisted is not None,
            fee_paid=request.payment.paid or amount == 0,
            fee_method=request.payment.method,
            fee_receipt_number=request.payment.receipt_number,
            received_at=received_at,
            clock_started_at=clock_start(calendar, received_at),
            due_at=due_time(calendar, received_at, terms.processing),
            status=Status.RECEIVED,
            result_delivery=request.result_delivery,
            delivery_address=request.delivery_address or (
                applicant.address if request.result_delivery == "post" else ""
            ),
            notes=request.notes,
            book_volume=book_volume(received_at.year, identity.workstation.name),
            book_number=next_book_number(session, received_at.year),
            created_by=actor.username,
            updated_at=now,
            check_code=new_check_code(),
            notify_consent=request.notification.consent,
            notify_channel=request.notification.channel,
            notify_contact=request.notification.contact,
        )
        row = _add_rows(session, values, documents, actor)
        if prepared:
            row = _bind_scans(session, row.id, request.scan_draft, prepared, actor)
        warnings = tuple(
            id_number_warnings(applicant.id_number, applicant.birth_date, applicant.sex)
        ) if applicant.id_type == "cccd" else ()
        unpaid = unpaid_fee_warning(amount, request.payment.paid)
        warnings += (unpaid,) if unpaid else ()
        view = to_view(row, calendar, now, due_soon, warnings)
        outbox.enqueue(session, "dossier.received", code, dossier_snapshot(view))
        audit.record(session, actor, "dossier.create", "dossier", code,
                     f"procedure={procedure.code}@{procedure.version}"
                     + (f" case={terms.case_key}" if terms.case_key else "")
                     + (f" exemption={exemption.key}" if exemption else "")
                     + (" unlisted" if request.unlisted else ""))
    return view
