"""The input of form 01, the receipt and appointment slip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from counter.errors import InputError
from counter.forms.checks import (
    require_after,
    require_aware,
    require_count,
    require_dossier_code,
    require_items,
    require_optional_text,
    require_text,
    set_enum,
)
from counter.forms.model.common import AgencyHeader, Applicant, ProcessingTime


@dataclass(frozen=True)
class DocumentLine:
    """One component of the dossier with how many originals and copies were handed in."""

    name: str
    originals: int = 0
    copies: int = 0

    def __post_init__(self) -> None:
        require_text("Tên giấy tờ", self.name)
        require_count(f"Số bản chính của “{self.name}”", self.originals)
        require_count(f"Số bản sao của “{self.name}”", self.copies)
        if self.originals + self.copies == 0:
            raise InputError(f"Giấy tờ “{self.name}”", "cần ít nhất một bản chính hoặc bản sao.")


class DeliveryMethod(StrEnum):
    COUNTER = "counter"
    POST = "post"


@dataclass(frozen=True)
class ResultDelivery:
    """Where the result is returned: at the counter, or by post to ``address``."""

    method: DeliveryMethod
    address: str = ""

    def __post_init__(self) -> None:
        set_enum(self, "method", DeliveryMethod, "Cách nhận kết quả")
        require_optional_text("Địa chỉ nhận kết quả", self.address)
        if self.method is DeliveryMethod.POST:
            require_text("Địa chỉ nhận kết quả qua bưu chính", self.address)


@dataclass(frozen=True)
class BookEntry:
    """Where the dossier is written in the tracking book (form 07)."""

    volume: str
    number: int

    def __post_init__(self) -> None:
        require_text("Quyển số", self.volume)
        require_count("Số thứ tự trong sổ", self.number, minimum=1)


@dataclass(frozen=True)
class FeeQr:
    """The VietQR code of an unpaid fee, printed so the citizen can pay by transfer:
    ``payload`` as built by :mod:`counter.payments.vietqr`, ``account`` the line naming
    the receiving account (bank, number, holder)."""

    payload: str
    account: str

    def __post_init__(self) -> None:
        require_text("Mã VietQR", self.payload)
        require_text("Tài khoản nhận phí", self.account)


@dataclass(frozen=True)
class ReceiptSlip:
    """Form 01, the receipt and appointment slip."""

    header: AgencyHeader
    number: str
    dossier_code: str
    applicant: Applicant
    procedure_name: str
    documents: tuple[DocumentLine, ...]
    sets: int
    processing_time: ProcessingTime
    received_at: datetime
    due_at: datetime
    delivery: ResultDelivery
    book_entry: BookEntry
    officer_name: str
    fee_vnd: int | None = None
    # For the online status page; it is printed, never put in the QR code (see
    # counter/forms/receipt.py).
    check_code: str | None = None
    fee_qr: FeeQr | None = None  # printed when the fee is still to be paid
    procedure_code: str = ""
    # received for another agency of the province ("phi địa giới"): it handles the dossier
    handling_agency: str = ""

    def __post_init__(self) -> None:
        require_text("Số giấy tiếp nhận", self.number)
        require_optional_text("Mã thủ tục", self.procedure_code)
        require_optional_text("Cơ quan giải quyết hồ sơ", self.handling_agency)
        require_dossier_code("Mã hồ sơ", self.dossier_code)
        require_text("Nội dung yêu cầu giải quyết", self.procedure_name)
        require_items("Thành phần hồ sơ", self.documents, DocumentLine)
        require_count("Số lượng hồ sơ (bộ)", self.sets, minimum=1)
        require_aware("Thời gian nhận hồ sơ", self.received_at)
        require_aware("Thời gian trả kết quả", self.due_at)
        require_after(
            "Thời gian trả kết quả", self.due_at, "thời gian nhận hồ sơ", self.received_at
        )
        require_text("Người tiếp nhận hồ sơ", self.officer_name)
        if self.fee_vnd is not None:
            require_count("Phí, lệ phí", self.fee_vnd)
        if self.check_code is not None:
            require_text("Mã kiểm tra", self.check_code)
        if self.fee_qr is not None and not self.fee_vnd:
            raise InputError("Mã VietQR", "chỉ in khi hồ sơ có phí, lệ phí phải nộp.")
