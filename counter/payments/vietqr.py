"""The VietQR payload: an EMVCo merchant-presented QR code for a NAPAS 247 transfer.

Layout (sources, read November 2026):

- EMV QR Code Specification for Payment Systems, Merchant-Presented Mode (EMV QRCPS-MPM,
  EMVCo, v1.0 2017 / v1.1), "Data Objects": each object is ID (2 digits) + length
  (2 digits) + value. Root objects used here: "00" payload format indicator "01";
  "01" point of initiation "12" (dynamic: a code for one payment, with its amount;
  "11" is static); "26"-"51" merchant account information templates; "53" currency
  (ISO 4217 numeric, "704" = VND); "54" amount; "58" country (ISO 3166-1 alpha-2);
  "62" additional data field template (its "08" is the purpose of the transaction);
  "63" CRC, last: CRC-16 of ISO/IEC 13239, polynomial 0x1021, initial value 0xFFFF
  (CRC-16/CCITT-FALSE), over the whole payload including "6304", written as four
  upper-case hexadecimal digits. (EMVCo talk at W3C, 2020-10-21,
  https://www.w3.org/2020/Talks/emvco-qr-20201021.pdf, names the specification; the
  field table and the CRC rule are as reproduced by bwipp/postscriptbarcode's "EMV QR
  Code" wiki page and by open-source encoders. The section numbers of the EMVCo PDF
  are not quoted here: not confirmed.)
- NAPAS VietQR ("QR chuyển nhanh Napas 247", IBFT by QR, specification announced by
  NAPAS in 2021, revised 05/10/2022; as described by giautm/emvqr-go README,
  liopayvn/vietqr-php README (NAPAS IBFT v1.5.2) and unicubevn/vietqr-payment-js
  README): merchant account information in ID "38" = { "00" GUID "A000000727" (NAPAS),
  "01" beneficiary organisation = { "00" acquirer ID: the bank's 6-digit BIN, "01"
  account number (up to 19 characters) }, "02" service code "QRIBFTTA" (transfer to
  an account; "QRIBFTTC" is to a card number) }. The "08" purpose of transaction
  becomes the transfer's description at the payer's bank. UNVERIFIED: the official
  NAPAS PDF itself (not public); the 25-character limit of "08" used here is the
  EMVCo limit for sub-objects of "62" that the encoders above also apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counter.errors import ConfigurationError, InputError

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
COUNTRY_VN = "VN"
STATIC, DYNAMIC = "11", "12"
MAX_REFERENCE = 25
MAX_AMOUNT_DIGITS = 13  # "54" holds up to 13 characters
BIN = re.compile(r"^[0-9]{6}$")
ACCOUNT = re.compile(r"^[0-9A-Za-z]{1,19}$")
# Characters a bank keeps in a transfer description: plain ASCII letters, digits and a few
# marks; Vietnamese letters are often stripped or mangled by the payer's app.
REFERENCE = re.compile(r"^[0-9A-Za-z .\-]{1,25}$")


@dataclass(frozen=True)
class Payee:
    """The agency's account that receives fees: the bank's NAPAS BIN and the account."""

    bank_bin: str
    account: str
    account_name: str = ""
    bank_name: str = ""


def check_payee(payee: Payee) -> Payee:
    """The payee as settings give it, or ConfigurationError saying what to fix."""
    bank_bin = payee.bank_bin.strip()
    account = payee.account.strip().replace(" ", "")
    if not account:
        raise ConfigurationError(
            "Chưa có số tài khoản nhận phí, lệ phí (thiết lập payee_account): chưa tạo được mã "
            "VietQR. Hãy nhờ quản trị nhập tài khoản của cơ quan."
        )
    if not BIN.match(bank_bin):
        raise ConfigurationError(
            f"Mã BIN ngân hàng {bank_bin!r} không hợp lệ (thiết lập payee_bank_bin): cần đúng "
            "6 chữ số theo danh sách NAPAS, ví dụ 970405. Chưa tạo được mã VietQR."
        )
    if not ACCOUNT.match(account):
        raise ConfigurationError(
            f"Số tài khoản {account!r} không hợp lệ (thiết lập payee_account): chỉ gồm chữ số "
            "hoặc chữ cái không dấu, tối đa 19 ký tự. Chưa tạo được mã VietQR."
        )
    return Payee(bank_bin, account, payee.account_name.strip(), payee.bank_name.strip())


def data_object(object_id: str, value: str) -> str:
    """ID + two-digit length + value; a value of 100 characters or more cannot be written."""
    if len(value) > 99:
        raise InputError(f"Trường {object_id}", "dài quá 99 ký tự.")
    return f"{object_id}{len(value):02d}{value}"


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def with_crc(body: str) -> str:
    """``body`` followed by the CRC object "63" "04" and its four hex digits."""
    head = body + "6304"
    return f"{head}{crc16_ccitt_false(head.encode('ascii')):04X}"


def check_reference(reference: str) -> str:
    reference = reference.strip()
    if not REFERENCE.match(reference):
        raise InputError(
            "Nội dung chuyển khoản",
            f"{reference!r} cần từ 1 đến {MAX_REFERENCE} ký tự chữ không dấu, số, dấu chấm, "
            "gạch ngang hoặc dấu cách.",
        )
    return reference


def payment_payload(payee: Payee, amount: int, reference: str) -> str:
    """The dynamic VietQR payload of one transfer of ``amount`` đồng to ``payee`` with
    ``reference`` (the dossier code) as the transfer's description."""
    payee = check_payee(payee)
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0 \
            or len(str(amount)) > MAX_AMOUNT_DIGITS:
        raise InputError("Số tiền", f"cần một số đồng dương, không quá {MAX_AMOUNT_DIGITS} chữ số.")
    reference = check_reference(reference)
    beneficiary = data_object("00", payee.bank_bin) + data_object("01", payee.account)
    account_info = (
        data_object("00", NAPAS_GUID)
        + data_object("01", beneficiary)
        + data_object("02", SERVICE_TO_ACCOUNT)
    )
    body = (
        data_object("00", "01")
        + data_object("01", DYNAMIC)
        + data_object("38", account_info)
        + data_object("53", CURRENCY_VND)
        + data_object("54", str(amount))
        + data_object("58", COUNTRY_VN)
        + data_object("62", data_object("08", reference))
    )
    return with_crc(body)


def parse_objects(payload: str) -> dict[str, str]:
    """The data objects of ``payload`` by ID (one level); InputError if malformed."""
    objects: dict[str, str] = {}
    position = 0
    while position < len(payload):
        head = payload[position:position + 4]
        if len(head) < 4 or not head.isdigit():
            raise InputError("VietQR", f"đối tượng dữ liệu hỏng ở vị trí {position}.")
        length = int(head[2:])
        value = payload[position + 4:position + 4 + length]
        if len(value) != length:
            raise InputError("VietQR", f"đối tượng {head[:2]} ngắn hơn độ dài ghi ({length}).")
        if head[:2] in objects:
            raise InputError("VietQR", f"đối tượng {head[:2]} lặp lại.")
        objects[head[:2]] = value
        position += 4 + length
    return objects


def crc_is_valid(payload: str) -> bool:
    """Whether ``payload`` ends in "6304" + the CRC of everything before those 4 digits."""
    if len(payload) < 8 or payload[-8:-4] != "6304":
        return False
    return with_crc(payload[:-8]) == payload
