"""Fee payments confirmed by a person: never assumed from a QR code shown or scanned.

:func:`confirm_payment` is the one way a dossier's fee becomes paid after receipt (at
the counter, or applied from a bank statement line by :mod:`counter.payments.statement`):
it writes the payment, marks the dossier's fee as paid, and audits who did it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.access import check_permission
from counter.db.models import Dossier, FeePayment
from counter.dossiers.lifecycle import Status
from counter.dossiers.transitions import load_dossier
from counter.errors import InputError, NotFoundError
from counter.roles import Actor
from counter.text import clean, format_money
from counter.workspace import Workspace

METHODS = ("cash", "transfer", "card")
METHOD_LABELS = {"cash": "Tiền mặt", "transfer": "Chuyển khoản", "card": "Thẻ"}
SOURCES = ("counter", "statement")
MAX_REFERENCE = 120
UNPAID_LIST_LIMIT = 200
# A dossier ended this way owes nothing more at this counter.
NOT_OWED = (Status.WITHDRAWN.value, Status.REFUSED.value)


@dataclass(frozen=True)
class PaymentRecord:
    dossier_code: str
    amount: int
    method: str
    reference: str
    paid_at: datetime
    recorded_at: datetime
    recorded_by: str
    source: str
    source_detail: str = ""


@dataclass(frozen=True)
class PaymentConfirmation:
    """What the officer states: how, the reference (receipt number or the bank's
    transaction reference) and when the money was paid (None: now)."""

    method: str
    reference: str = ""
    paid_at: datetime | None = None
    amount: int | None = None  # None: the dossier's fee; else it must be equal to it
    source: str = "counter"
    source_detail: str = ""


@dataclass(frozen=True)
class UnpaidFee:
    dossier_code: str
    applicant_name: str
    procedure_name: str
    amount: int
    received_at: datetime
    status: Status


def _record(row: FeePayment, code: str) -> PaymentRecord:
    return PaymentRecord(code, row.amount, row.method, row.reference, row.paid_at,
                         row.recorded_at, row.recorded_by, row.source, row.source_detail)


def check_confirmation(confirmation: PaymentConfirmation, now: datetime) -> PaymentConfirmation:
    """The confirmation cleaned and checked, or InputError naming the field."""
    if confirmation.method not in METHODS:
        raise InputError("Hình thức nộp", f"phải là một trong: {', '.join(METHODS)}.")
    if confirmation.source not in SOURCES:
        raise InputError("Nguồn xác nhận", f"phải là một trong: {', '.join(SOURCES)}.")
    reference = clean(confirmation.reference)
    if len(reference) > MAX_REFERENCE:
        raise InputError("Số tham chiếu", f"dài quá {MAX_REFERENCE} ký tự.")
    if confirmation.method in ("transfer", "card") and not reference:
        raise InputError("Số tham chiếu",
                         "cần mã giao dịch của ngân hàng khi nộp bằng chuyển khoản hoặc thẻ.")
    paid_at = clock.to_local(confirmation.paid_at) if confirmation.paid_at else now
    if paid_at > now:
        raise InputError("Thời điểm nộp", "không được ở tương lai.")
    return PaymentConfirmation(confirmation.method, reference, paid_at, confirmation.amount,
                               confirmation.source, clean(confirmation.source_detail))


def apply_confirmation(session: Session, row: Dossier, confirmation: PaymentConfirmation,
                       actor: Actor, now: datetime) -> PaymentRecord:
    """Record the payment of ``row``'s fee inside the caller's write transaction."""
    if row.fee_amount <= 0:
        raise InputError("Phí, lệ phí", f"hồ sơ {row.code} không có phí phải nộp.")
    if row.fee_paid:
        raise InputError("Phí, lệ phí", f"phí của hồ sơ {row.code} đã được xác nhận đã nộp.")
    if row.status in NOT_OWED:
        raise InputError("Phí, lệ phí", f"hồ sơ {row.code} đã kết thúc, không thu phí.")
    amount = row.fee_amount if confirmation.amount is None else confirmation.amount
    if amount != row.fee_amount:
        raise InputError(
            "Số tiền", f"{format_money(amount)} khác phí của hồ sơ {row.code} "
            f"({format_money(row.fee_amount)}).")
    assert confirmation.paid_at is not None
    if confirmation.paid_at < row.received_at.replace(second=0, microsecond=0):
        raise InputError("Thời điểm nộp", "trước lúc tiếp nhận hồ sơ.")
    payment = FeePayment(
        dossier_id=row.id, amount=amount, method=confirmation.method,
        reference=confirmation.reference, paid_at=confirmation.paid_at, recorded_at=now,
        recorded_by=actor.username, source=confirmation.source,
        source_detail=confirmation.source_detail,
    )
    session.add(payment)
    row.fee_paid, row.fee_method = True, confirmation.method
    row.fee_receipt_number = confirmation.reference[:60]
    row.updated_at = now
    session.flush()
    audit.record(session, actor, "dossier.confirm_payment", "dossier", row.code,
                 f"{confirmation.method} {amount} {confirmation.source}")
    return _record(payment, row.code)


def confirm_payment(workspace: Workspace, code: str, confirmation: PaymentConfirmation,
                    actor: Actor) -> PaymentRecord:
    """Confirm that the fee of dossier ``code`` was paid; refused (nothing written) if the
    dossier owes nothing, is already paid, or the confirmation is incomplete."""
    check_permission(workspace, actor, "dossier.record_payment", "dossier", code)
    now = clock.now()
    checked = check_confirmation(confirmation, now)
    with workspace.store.write() as session:
        return apply_confirmation(session, load_dossier(session, code), checked, actor, now)


def payment_of(workspace: Workspace, code: str) -> PaymentRecord | None:
    """The confirmed payment of dossier ``code``, if any."""
    with workspace.store.read() as session:
        row = session.scalar(select(Dossier).where(Dossier.code == code.strip()))
        if row is None:
            raise NotFoundError(f"Không tìm thấy hồ sơ có mã {code}.")
        payment = session.scalar(select(FeePayment).where(FeePayment.dossier_id == row.id))
        return None if payment is None else _record(payment, row.code)


def unpaid_in(session: Session, received_before: datetime | None = None,
              limit: int = UNPAID_LIST_LIMIT) -> list[UnpaidFee]:
    """Dossiers with a fee not confirmed as paid (received before ``received_before``),
    the oldest first."""
    query = select(Dossier).where(Dossier.fee_amount > 0, Dossier.fee_paid.is_(False),
                                  Dossier.status.not_in(NOT_OWED))
    if received_before is not None:
        query = query.where(Dossier.received_at < received_before)
    rows = session.scalars(query.order_by(Dossier.received_at).limit(limit))
    return [UnpaidFee(r.code, r.applicant_name, r.procedure_name, r.fee_amount,
                      r.received_at, Status(r.status)) for r in rows]
