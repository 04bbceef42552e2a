"""Build the printed forms' inputs from a dossier as the core hands it out.

The forms know nothing of storage; this adapter turns a ``DossierView`` and the
agency into the dataclasses of :mod:`counter.forms.model`, and renders them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from counter.agencies import AgencyInfo
from counter.deadlines.urgency import timeliness
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
    DEFAULT_ISSUING_SYSTEM,
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

# Since 1/7/2025 a commune's counter is its "Trung tâm Phục vụ hành chính công" (with its
# own seal), no longer the "Bộ phận tiếp nhận và trả kết quả" (Decree 118/2025/NĐ-CP and the
# provinces' reorganisation; see docs/forms/README.md). Used when the agency sets no unit name.
COUNTER_UNIT = "Trung tâm Phục vụ hành chính công"


def agency_header(agency: AgencyInfo) -> AgencyHeader:
    return AgencyHeader(
        parent_authority=agency.parent_name or agency.name,
        unit_name=agency.unit_name or agency.name,
        place_name=agency.place_name or agency.name,
        agency_code=agency.code,
        lookup_url_template=agency.lookup_url,
        issuing_system=agency.issuing_system or DEFAULT_ISSUING_SYSTEM,
        contact=agency.contact,
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
        id_number=(person.tax_code if person.kind == "organisation" else person.id_number)
        or None,
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
        procedure_code=view.procedure_code,
        handling_agency=view.handling_agency_name if view.handling_agency_code else "",
    )


def completion_request(
    view: DossierView, agency: AgencyInfo, officer_name: str, reason: str, issued_on: date
) -> CompletionRequest:
    """Form 02: each document not handed in is listed as missing, with the officer's reason."""
    missing = [d for d in view.documents if not d.received]
    items = tuple(
        CompletionItem(d.name, CompletionKind.MISSING, reason, d.originals, d.copies)
        for d in missing
    ) or (
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
    """Form 06 from the dossier's history: each step from the counter to the next party,
    the officer who did it under "Người giao" (the citizen under "Người nhận" when the
    result is returned), and the result computed against the due time of that moment.

    ``names`` gives the full name to print for an account name (who did the step).
    """
    unit = agency.unit_name or COUNTER_UNIT
    names = names or {}
    applicant = view.applicant.display_name
    # received for another agency ("phi địa giới"): that agency handles it
    handler = view.handling_agency_name if view.handling_agency_code else agency.name
    steps = []
    for event in view.events:
        label = step_label(event.action)
        returned = event.action == "return_result"
        note = f"{label}: {STATUS_LABELS[event.to_status]}"
        reasons = [line.strip() for line in event.reason.splitlines() if line.strip()]
        if reasons:  # a refusal gives one reason per line
            note += ". " + "; ".join(reasons)
        steps.append(
            ControlStep(
                event.at,
                unit,
                applicant if returned else handler,
                timeliness(event.at, event.due_at),
                note,
                from_officer=names.get(event.actor, event.actor),
                to_officer=applicant if returned else "",
            )
        )
    return ControlSlip(
        header=agency_header(agency),
        dossier=form_dossier(view),
        due_at=view.due_at,
        handling_unit=handler,
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
