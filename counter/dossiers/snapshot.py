"""The JSON form of a dossier and its events, as sent to the central system."""

from __future__ import annotations

from typing import Any

from counter.dossiers.model import DossierEventView, DossierView


def dossier_snapshot(view: DossierView) -> dict[str, Any]:
    """The dossier as sent; with the check code (the server keeps a keyed hash of it only)
    and, with the citizen's consent only, where to send word of the result."""
    snapshot = _dossier_fields(view)
    if view.check_code:
        snapshot["check_code"] = view.check_code
    notification = view.notification.to_json()
    if notification is not None:
        snapshot["notification"] = notification
    return snapshot


def _dossier_fields(view: DossierView) -> dict[str, Any]:
    return {
        "code": view.code,
        "procedure": {"code": view.procedure_code, "version": view.procedure_version,
                      "name": view.procedure_name},
        "processing_time": {"kind": view.processing_kind, "amount": view.processing_amount},
        "agency_code": view.agency_code,
        # who handles it: the receiving agency unless received "phi địa giới" for another
        "handling_agency_code": view.handling_agency_code or view.agency_code,
        "handling_agency_name": view.handling_agency_name,
        "workstation_id": view.workstation_id,
        "channel": view.channel,
        "applicant": view.applicant.to_json(),
        "documents": [
            {"name": d.name, "originals": d.originals, "copies": d.copies, "pages": d.pages,
             "required": d.required, "received": d.received,
             # digitised at receipt (the PDF's SHA-256, as uploaded with the attachments) or
             # reused from an electronic record: the portal's "DuocSoHoa" can be told from these
             "digitised": d.digitised, "reused_from": d.reused_from}
            for d in view.documents
        ],
        "sets_count": view.sets_count,
        "fee": {"amount": view.fee_amount, "paid": view.fee_paid, "method": view.fee_method,
                "receipt_number": view.fee_receipt_number},
        "received_at": view.received_at.isoformat(),
        "clock_started_at": view.clock_started_at.isoformat(),
        "due_at": view.due_at.isoformat(),
        "status": str(view.status),
        "result_delivery": view.result_delivery,
        "delivery_address": view.delivery_address,
        "notes": view.notes,
        "book": {"volume": view.book_volume, "number": view.book_number},
        "created_by": view.created_by,
    }


def event_snapshot(code: str, event: DossierEventView) -> dict[str, Any]:
    return {
        "dossier_code": code,
        "action": event.action,
        "from_status": str(event.from_status) if event.from_status else None,
        "to_status": str(event.to_status),
        "at": event.at.isoformat(),
        "actor": event.actor,
        "reason": event.reason,
        "due_at": event.due_at.isoformat(),
        "details": event.details,
    }
