"""Form 01 carries the VietQR code of an unpaid fee (decoded back from the printed page),
not once the fee is confirmed paid, and not when the agency's account is not set up."""

from __future__ import annotations

from counter.forms.receipt_qr import read_receipt_qr
from counter.payments.payee import set_payee
from counter.payments.records import PaymentConfirmation, confirm_payment
from counter.payments.vietqr import Payee, crc_is_valid, parse_objects, payment_payload
from counter.printing import print_form
from counter.workspace import Workspace
from tests.core.conftest import ADMIN, OFFICER
from tests.forms import pdf_tools
from tests.printing.conftest import receive

PAYEE = Payee("970405", "0000123456789", "UBND XA TAN PHU", "Agribank")


def qr_codes(pdf: bytes, page: int = 1) -> set[str]:
    """The page's QR codes; the receipt's own (the data of Circular 01/2023) as its dossier
    code, so that the fee's code stands out."""
    found = set()
    for kind, data in pdf_tools.decode_codes(pdf, page=page):
        if kind == "QR-Code":
            found.add(read_receipt_qr(data).dossier_code if data.startswith("{") else data)
    return found


def test_unpaid_fee_prints_the_vietqr_code(workspace: Workspace) -> None:
    set_payee(workspace, PAYEE, ADMIN)
    view = receive(workspace)
    assert view.fee_amount == 20_000 and not view.fee_paid
    pdf = print_form(workspace, view.code, "receipt", OFFICER).pdf
    assert len(pdf_tools.page_sizes(pdf)) == 2  # still one A5 page per copy
    expected = payment_payload(PAYEE, 20_000, view.code)
    for page in (1, 2):
        assert qr_codes(pdf, page) == {view.code, expected}
    assert crc_is_valid(expected)
    assert parse_objects(parse_objects(expected)["62"])["08"] == view.code
    text = pdf_tools.page_texts(pdf)[0]
    pdf_tools.assert_in_order(text, [f"Mã hồ sơ: {view.code}", "VietQR nộp phí",
                                     "7. Phí, lệ phí: 20.000 đ (chưa nộp)",
                                     "tài khoản Agribank số 0000123456789, UBND XA TAN PHU",
                                     "nội dung: mã hồ sơ"])


def test_paid_fee_prints_no_payment_code(workspace: Workspace) -> None:
    set_payee(workspace, PAYEE, ADMIN)
    view = receive(workspace)
    confirm_payment(workspace, view.code, PaymentConfirmation("cash", "BL-01"), OFFICER)
    pdf = print_form(workspace, view.code, "receipt", OFFICER, copies=["Liên 1"]).pdf
    assert qr_codes(pdf) == {view.code}
    assert "chưa nộp" not in pdf_tools.page_texts(pdf)[0]


def test_no_account_set_up_prints_the_receipt_without_it(workspace: Workspace) -> None:
    view = receive(workspace)
    pdf = print_form(workspace, view.code, "receipt", OFFICER, copies=["Liên 1"]).pdf
    assert qr_codes(pdf) == {view.code}
    assert "VietQR" not in pdf_tools.page_texts(pdf)[0]
