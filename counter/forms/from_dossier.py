"""Build the printed forms' inputs from a dossier as the core hands it out.

The forms know nothing of storage; this adapter turns a ``DossierView`` and the
agency into the dataclasses of :mod:`counter.forms.model`, and renders them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from counter.agencies import AgencyInfo
from counter.dossiers.lifecycle import ACTIONS, STATUS_LABELS
from counter.dossiers.model import DossierView
from counter.forms import (
    render_completion_request,
    render_control_slip,
    render_extension_apology,
    render_receipt,
    render_refusal,
    render_stop_notice,
)
from counter.forms.model import (
    AgencyHeader,
    Applicant,
    BookEntry,
    CompletionItem,
    CompletionKind,
    CompletionRequest,
    ControlSlip,
    ControlStep,
    DeliveryMethod,
    DocumentLine,
    DossierSummary,
    ExtensionApology,
    FeeQr,
    ProcessingTime,
    ReceiptSlip,
    Refusal,
    ResultDelivery,
    Signatory,
    StopNotice,
)
from counter.payments.vietqr import Payee, payment_payload

COUNTER_UNIT = "Bộ phận tiếp nhận và trả kết quả"


def agency_header(agency: AgencyInfo) -> AgencyHeader:
    return AgencyHeader(
        parent_authority=agency.parent_name or agency.name,
        unit_name=agency.unit_name or agency.name,
        place_name=agency.place_name or agency.name,
        agency_code=agency.code,
        lookup_url_template=agency.lookup_url,
    )


def processing_time(view: DossierView) -> ProcessingTime:
    """The legal time as printed: whole working days, else whole working hours."""
    if view.processing_kind == "same_day":
        return ProcessingTime.same_day()
    amount = view.processing_amount
    if view.processing_kind == "working_days" and float(amount).is_integer():
        return ProcessingTime.working_days(int(amount))
    hours = amount * 8 if view.processing_kind == "working_days" else amount
    return ProcessingTime.working_hours(max(1, round(hours)))


def form_applicant(view: DossierView) -> Applicant:
    person = view.applicant
    return Applicant(
        name=person.display_name,
        address=person.address,
        phone=person.phone or None,
        email=person.email or None,
    )


def form_dossier(view: DossierView) -> DossierSummary:
    return DossierSummary(view.code, view.procedure_name, form_applicant(view), view.received_at)


def form_number(view: DossierView, suffix: str) -> str:
    return f"{view.book_number}/{suffix}"


def fee_qr(view: DossierView, payee: Payee | None) -> FeeQr | None:
    """The VietQR code of the dossier's fee while it is unpaid and the agency has an
    account (None otherwise: the receipt is printed without it)."""
    if payee is None or view.fee_amount <= 0 or view.fee_paid:
        return None
    holder = f", {payee.account_name}" if payee.account_name else ""
    bank = f"{payee.bank_name} " if payee.bank_name else ""
    return FeeQr(payment_payload(payee, view.fee_amount, view.code),
                 f"{bank}số {payee.account}{holder}")


def receipt_slip(view: DossierView, agency: AgencyInfo, officer_name: str,
                 payee: Payee | None = None) -> ReceiptSlip:
    """Form 01 of a dossier just received: the documents handed in, with their counts;
    with the VietQR code of the fee when it is unpaid and ``payee`` is given.

    Papers only shown for checking (no original or copy kept, e.g. the ID card) are
    not part of the dossier handed in, so they are not listed.
    """
    documents = tuple(
        DocumentLine(d.name, d.originals, d.copies)
        for d in view.documents
        if d.received and d.originals + d.copies > 0
    )
    delivery = (
        ResultDelivery(DeliveryMethod.POST, view.delivery_address)
        if view.result_delivery == "post"
        else ResultDelivery(DeliveryMethod.COUNTER)
    )
    return ReceiptSlip(
        header=agency_header(agency),
        number=form_number(view, "TNHS"),
        dossier_code=view.code,
        applicant=form_applicant(view),
        procedure_name=view.procedure_name,
        documents=documents,
        sets=view.sets_count,
        processing_time=processing_time(view),
        received_at=view.received_at,
        due_at=view.due_at,
        delivery=delivery,
        book_entry=BookEntry(view.book_volume, view.book_number),
        officer_name=officer_name,
        fee_vnd=view.fee_amount,
        check_code=view.check_code or None,
        fee_qr=fee_qr(view, payee),
    )


def completion_request(
    view: DossierView, agency: AgencyInfo, officer_name: str, reason: str, issued_on: date
) -> CompletionRequest:
    """Form 02: each document not handed in is listed as missing, with the officer's reason."""
    missing = [d.name for d in view.documents if not d.received]
    items = tuple(CompletionItem(name, CompletionKind.MISSING, reason) for name in missing) or (
        CompletionItem("Thành phần hồ sơ", CompletionKind.INCORRECT, reason),
    )
    return CompletionRequest(
        header=agency_header(agency),
        number=form_number(view, "PYCBS"),
        issued_on=issued_on,
        dossier=form_dossier(view),
        items=items,
        officer_name=officer_name,
    )


def refusal(
    view: DossierView, agency: AgencyInfo, officer_name: str, reason: str, issued_on: date
) -> Refusal:
    """Form 03: one reason per line of ``reason``."""
    reasons = tuple(line.strip() for line in reason.splitlines() if line.strip())
    return Refusal(
        header=agency_header(agency),
        number=form_number(view, "PTC"),
        issued_on=issued_on,
        dossier=form_dossier(view),
        reasons=reasons,
        officer_name=officer_name,
    )


def extension_apology(
    view: DossierView,
    agency: AgencyInfo,
    original_due_at: datetime,
    reason: str,
    signatory: Signatory,
    issued_on: date,
) -> ExtensionApology:
    """Form 04 after an extension: ``view`` carries the new due time."""
    return ExtensionApology(
        header=agency_header(agency),
        number=form_number(view, "VBXL"),
        issued_on=issued_on,
        dossier=form_dossier(view),
        original_due_at=original_due_at,
        reason=reason,
        new_due_at=view.due_at,
        signatory=signatory,
    )


def stop_notice(
    view: DossierView, agency: AgencyInfo, reason: str, signatory: Signatory, issued_on: date
) -> StopNotice:
    return StopNotice(
        header=agency_header(agency),
        number=form_number(view, "TBDGQ"),
        issued_on=issued_on,
        dossier=form_dossier(view),
        reason=reason,
        signatory=signatory,
    )


def _step_verdict(at: datetime, due: datetime) -> str:
    return "Quá hạn" if at > due else "Đúng hạn"


# Steps that are not lifecycle actions a person chooses at the counter.
OTHER_STEPS = {
    "receive": "Tiếp nhận hồ sơ",
    "central_update": "Cập nhật từ hệ thống giải quyết thủ tục hành chính",
}


def step_label(action: str) -> str:
    known = ACTIONS.get(action)
    return known.label if known else OTHER_STEPS.get(action, "Cập nhật hồ sơ")


def control_slip(
    view: DossierView, agency: AgencyInfo, names: Mapping[str, str] | None = None
) -> ControlSlip:
    """Form 06 from the dossier's history: each step from the counter to the next party.

    ``names`` gives the full name to print for an account name (who did the step).
    """
    unit = agency.unit_name or COUNTER_UNIT
    names = names or {}
    steps = []
    for event in view.events:
        label = step_label(event.action)
        receiver = view.applicant.display_name if event.action == "return_result" else agency.name
        note = f"{label}: {STATUS_LABELS[event.to_status]}"
        reasons = [line.strip() for line in event.reason.splitlines() if line.strip()]
        if reasons:  # a refusal gives one reason per line
            note += ". " + "; ".join(reasons)
        steps.append(
            ControlStep(
                event.at,
                f"{unit} ({names.get(event.actor, event.actor)})",
                receiver,
                _step_verdict(event.at, event.due_at),
                note,
            )
        )
    return ControlSlip(
        header=agency_header(agency),
        dossier=form_dossier(view),
        due_at=view.due_at,
        handling_unit=agency.name,
        steps=tuple(steps),
    )


def receipt_pdf(view: DossierView, agency: AgencyInfo, officer_name: str) -> bytes:
    return render_receipt(receipt_slip(view, agency, officer_name))


def completion_request_pdf(
    view: DossierView, agency: AgencyInfo, officer_name: str, reason: str, issued_on: date
) -> bytes:
    return render_completion_request(
        completion_request(view, agency, officer_name, reason, issued_on)
    )


def refusal_pdf(
    view: DossierView, agency: AgencyInfo, officer_name: str, reason: str, issued_on: date
) -> bytes:
    return render_refusal(refusal(view, agency, officer_name, reason, issued_on))


def extension_apology_pdf(
    view: DossierView,
    agency: AgencyInfo,
    original_due_at: datetime,
    reason: str,
    signatory: Signatory,
    issued_on: date,
) -> bytes:
    return render_extension_apology(
        extension_apology(view, agency, original_due_at, reason, signatory, issued_on)
    )


def stop_notice_pdf(
    view: DossierView, agency: AgencyInfo, reason: str, signatory: Signatory, issued_on: date
) -> bytes:
    return render_stop_notice(stop_notice(view, agency, reason, signatory, issued_on))


def control_slip_pdf(view: DossierView, agency: AgencyInfo) -> bytes:
    return render_control_slip(control_slip(view, agency))
