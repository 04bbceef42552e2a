"""Read an intake request from JSON (``python main.py intake --json FILE``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from counter import validate
from counter.citizen.notification import CHANNELS as NOTIFY_CHANNELS
from counter.citizen.notification import NotificationConsent
from counter.dossiers.model import (
    CHANNELS,
    DELIVERIES,
    PAYMENT_METHODS,
    IntakeRequest,
    Payment,
    ReceivedDocument,
)
from counter.people import parse_applicant


def _document(data: Any, path: str) -> ReceivedDocument:
    data = validate.obj(data, path)
    return ReceivedDocument(
        name=validate.text(data, "name", path, max_length=1000),
        originals=validate.integer(data, "originals", path, default=0, maximum=100),
        copies=validate.integer(data, "copies", path, default=0, maximum=100),
        pages=validate.integer(data, "pages", path, default=0, maximum=10_000),
        required=validate.flag(data, "required", path, default=True),
        received=validate.flag(data, "received", path, default=True),
    )


def _payment(data: Any, path: str) -> Payment:
    data = validate.obj(data, path)
    amount = data.get("amount")
    return Payment(
        amount=None if amount is None else validate.integer(data, "amount", path, maximum=10**11),
        paid=validate.flag(data, "paid", path, default=False),
        method=validate.choice(data, "method", path, PAYMENT_METHODS, default=""),
        receipt_number=validate.text(data, "receipt_number", path, required=False, max_length=60),
        pages=validate.integer(data, "pages", path, default=0, maximum=10_000),
        copies=validate.integer(data, "copies", path, default=1, maximum=1_000),
    )


def _notification(data: Any, path: str) -> NotificationConsent:
    """``{"consent": true, "channel": "sms"|"email"|"zalo", "contact": "..."}``."""
    data = validate.obj(data, path)
    return NotificationConsent(
        consent=validate.flag(data, "consent", path, default=False),
        channel=validate.choice(data, "channel", path, ("", *NOTIFY_CHANNELS), default=""),
        contact=validate.text(data, "contact", path, required=False, max_length=200),
    )


def parse_intake(data: Any) -> IntakeRequest:
    data = validate.obj(data, "")
    documents = None
    if "documents" in data:
        items = validate.items(data["documents"], "documents")
        documents = tuple(_document(item, f"documents[{i}]") for i, item in enumerate(items))
    return IntakeRequest(
        procedure_code=validate.text(data, "procedure_code", "", max_length=40),
        procedure_version=validate.text(data, "procedure_version", "", required=False) or None,
        applicant=parse_applicant(data.get("applicant"), "applicant"),
        documents=documents,
        channel=validate.choice(data, "channel", "", CHANNELS, default="counter"),
        sets_count=validate.integer(data, "sets_count", "", default=1, minimum=1, maximum=100),
        payment=_payment(data.get("payment", {}), "payment"),
        received_at=validate.moment(data, "received_at", "", required=False),
        result_delivery=validate.choice(data, "result_delivery", "", DELIVERIES, default="counter"),
        delivery_address=validate.text(data, "delivery_address", "", required=False),
        notes=validate.text(data, "notes", "", required=False, max_length=5000, multiline=True),
        notification=_notification(data.get("notification", {}), "notification"),
        procedure_case=validate.text(data, "procedure_case", "", required=False, max_length=40),
        fee_exemption=validate.text(data, "fee_exemption", "", required=False, max_length=40),
        handling_agency_code=validate.text(data, "handling_agency_code", "", required=False,
                                           max_length=40) or None,
    )


def read_intake_file(path: Path) -> IntakeRequest:
    data = validate.read_json_file(path)
    return parse_intake(data)
