"""Confirming a fee payment: what is written, what is refused (and then nothing is), the
agency's account for the VietQR code, and the list of unpaid fees."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from counter.audit import entries_for
from counter.db.models import FeePayment
from counter.dossiers.model import IntakeRequest, Payment
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action, get_dossier
from counter.errors import ConfigurationError, InputError, PermissionDeniedError
from counter.payments.payee import agency_payee, payment_qr, set_payee
from counter.payments.records import (
    PaymentConfirmation,
    confirm_payment,
    payment_of,
    unpaid_in,
)
from counter.payments.vietqr import Payee, crc_is_valid, parse_objects
from tests.core.conftest import ADMIN, OFFICER, citizen

TEMPORARY_RESIDENCE = "1.004194"  # fixed fee in the seed catalogue


def receive(workspace, paid: bool = False, procedure: str = TEMPORARY_RESIDENCE) -> str:  # type: ignore[no-untyped-def]
    request = IntakeRequest(procedure, citizen(), payment=Payment(paid=paid,
                            method="cash" if paid else ""))
    return receive_dossier(workspace, request, OFFICER).code


def payments(workspace) -> int:  # type: ignore[no-untyped-def]
    with workspace.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(FeePayment)) or 0)


def test_confirm_a_transfer(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = receive(workspace)
    paid_at = test_clock.advance(minutes=3)
    test_clock.advance(minutes=10)
    record = confirm_payment(workspace, code, PaymentConfirmation(
        "transfer", " FT26061  123 ", paid_at), OFFICER)
    assert (record.method, record.reference, record.paid_at) == ("transfer", "FT26061 123", paid_at)
    assert record.recorded_by == OFFICER.username and record.source == "counter"
    view = get_dossier(workspace, code, OFFICER)
    assert view.fee_paid and view.fee_method == "transfer"
    assert view.fee_receipt_number == "FT26061 123"
    assert payment_of(workspace, code) == record
    with workspace.store.read() as session:
        actions = [e.action for e in entries_for(session, code)]
        assert "dossier.confirm_payment" in actions
        assert unpaid_in(session) == []


@pytest.mark.parametrize("confirmation, field", [
    (PaymentConfirmation("bitcoin"), "Hình thức nộp"),
    (PaymentConfirmation("transfer", ""), "Số tham chiếu"),
    (PaymentConfirmation("card", "   "), "Số tham chiếu"),
    (PaymentConfirmation("cash", amount=1000), "Số tiền"),
    (PaymentConfirmation("cash", "x" * 121), "Số tham chiếu"),
])
def test_incomplete_confirmation_writes_nothing(workspace, test_clock, confirmation, field) -> None:  # type: ignore[no-untyped-def]
    code = receive(workspace)
    with pytest.raises(InputError) as raised:
        confirm_payment(workspace, code, confirmation, OFFICER)
    assert raised.value.field == field
    assert payments(workspace) == 0
    assert not get_dossier(workspace, code, OFFICER).fee_paid


def test_time_must_be_between_receipt_and_now(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = receive(workspace)
    for moment in (test_clock.moment + timedelta(hours=1), test_clock.moment - timedelta(days=1)):
        with pytest.raises(InputError, match="Thời điểm nộp"):
            confirm_payment(workspace, code, PaymentConfirmation("cash", paid_at=moment), OFFICER)
    assert payments(workspace) == 0


def test_paid_twice_free_or_ended_is_refused(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = receive(workspace)
    confirm_payment(workspace, code, PaymentConfirmation("cash", "BL-1"), OFFICER)
    with pytest.raises(InputError, match="đã được xác nhận"):
        confirm_payment(workspace, code, PaymentConfirmation("cash", "BL-2"), OFFICER)
    already = receive(workspace, paid=True)
    with pytest.raises(InputError, match="đã được xác nhận"):
        confirm_payment(workspace, already, PaymentConfirmation("cash"), OFFICER)
    free = receive(workspace, procedure="1.001193")
    with pytest.raises(InputError, match="không có phí"):
        confirm_payment(workspace, free, PaymentConfirmation("cash"), OFFICER)
    withdrawn = receive(workspace)
    apply_action(workspace, withdrawn, "withdraw", OFFICER, reason="Công dân rút.")
    with pytest.raises(InputError, match="đã kết thúc"):
        confirm_payment(workspace, withdrawn, PaymentConfirmation("cash"), OFFICER)
    assert payments(workspace) == 1


def test_admin_cannot_confirm(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = receive(workspace)
    with pytest.raises(PermissionDeniedError):
        confirm_payment(workspace, code, PaymentConfirmation("cash"), ADMIN)
    assert payments(workspace) == 0


def test_unpaid_list_oldest_first(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    first = receive(workspace)
    test_clock.advance(minutes=5)
    second = receive(workspace)
    receive(workspace, paid=True)
    with workspace.store.read() as session:
        listed = unpaid_in(session)
    assert [u.dossier_code for u in listed] == [first, second]
    assert listed[0].amount == 15_000


def test_payment_qr_needs_the_agency_account(workspace, test_clock) -> None:  # type: ignore[no-untyped-def]
    code = receive(workspace)
    with pytest.raises(ConfigurationError, match="Chưa có số tài khoản"):
        payment_qr(workspace, code)
    with pytest.raises(ConfigurationError, match="BIN"):
        set_payee(workspace, Payee("12", "123456"), ADMIN)
    with pytest.raises(PermissionDeniedError):
        set_payee(workspace, Payee("970405", "123456"), OFFICER)
    set_payee(workspace, Payee("970405", " 1234 5678 ", "UBND XA TAN PHU", "Agribank"), ADMIN)
    assert agency_payee(workspace).account == "12345678"
    qr = payment_qr(workspace, code)
    assert qr.amount == 15_000 and crc_is_valid(qr.payload)
    assert parse_objects(parse_objects(qr.payload)["62"])["08"] == code
    confirm_payment(workspace, code, PaymentConfirmation("cash"), OFFICER)
    with pytest.raises(InputError, match="không còn phí"):
        payment_qr(workspace, code)
