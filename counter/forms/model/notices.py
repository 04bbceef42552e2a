"""The inputs of forms 02-05: request to complete, refusal, apology, notice of stopping."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from counter.forms.checks import (
    require_after,
    require_aware,
    require_count,
    require_date,
    require_items,
    require_optional_text,
    require_text,
    set_enum,
)
from counter.forms.model.common import AgencyHeader, DossierSummary, Signatory


class CompletionKind(StrEnum):
    MISSING = "missing"
    INCORRECT = "incorrect"


@dataclass(frozen=True)
class CompletionItem:
    """One thing the citizen must bring or correct, why, and how many originals and copies
    of it (0 and 0: no count printed, e.g. a correction of a form already handed in)."""

    document: str
    kind: CompletionKind
    reason: str
    originals: int = 0
    copies: int = 0

    def __post_init__(self) -> None:
        require_text("Nội dung cần bổ sung, hoàn thiện", self.document)
        set_enum(self, "kind", CompletionKind, "Loại yêu cầu")
        require_text(f"Lý do yêu cầu với “{self.document}”", self.reason)
        require_count(f"Số bản chính của “{self.document}”", self.originals)
        require_count(f"Số bản sao của “{self.document}”", self.copies)


@dataclass(frozen=True)
class CompletionRequest:
    """Form 02, the request to complete the dossier."""

    header: AgencyHeader
    number: str
    issued_on: date
    dossier: DossierSummary
    items: tuple[CompletionItem, ...]
    officer_name: str
    officer_phone: str | None = None

    def __post_init__(self) -> None:
        require_text("Số phiếu", self.number)
        require_date("Ngày lập phiếu", self.issued_on)
        require_items("Nội dung yêu cầu bổ sung, hoàn thiện", self.items, CompletionItem)
        require_text("Người hướng dẫn", self.officer_name)
        require_optional_text("Số điện thoại người hướng dẫn", self.officer_phone)


@dataclass(frozen=True)
class Refusal:
    """Form 03, the refusal to receive and handle the dossier."""

    header: AgencyHeader
    number: str
    issued_on: date
    dossier: DossierSummary
    reasons: tuple[str, ...]
    officer_name: str

    def __post_init__(self) -> None:
        require_text("Số phiếu", self.number)
        require_date("Ngày lập phiếu", self.issued_on)
        require_items("Lý do từ chối", self.reasons, str)
        for reason in self.reasons:
            require_text("Lý do từ chối", reason)
        require_text("Người tiếp nhận hồ sơ", self.officer_name)


@dataclass(frozen=True)
class ExtensionApology:
    """Form 04, the apology with a proposed new date for the result."""

    header: AgencyHeader
    number: str
    issued_on: date
    dossier: DossierSummary
    original_due_at: datetime
    reason: str
    new_due_at: datetime
    signatory: Signatory
    recipients: tuple[str, ...] = ("Như trên", "Lưu: VT")

    def __post_init__(self) -> None:
        require_text("Số văn bản", self.number)
        require_date("Ngày văn bản", self.issued_on)
        require_aware("Ngày hẹn trả kết quả cũ", self.original_due_at)
        require_text("Lý do chậm trả kết quả", self.reason)
        require_aware("Ngày hẹn trả kết quả mới", self.new_due_at)
        require_after(
            "Ngày hẹn trả kết quả mới",
            self.new_due_at,
            "ngày hẹn trả kết quả cũ",
            self.original_due_at,
        )
        require_items("Nơi nhận", self.recipients, str)


@dataclass(frozen=True)
class StopNotice:
    """Form 05, the notice that the dossier will not be handled further."""

    header: AgencyHeader
    number: str
    issued_on: date
    dossier: DossierSummary
    reason: str
    signatory: Signatory
    recipients: tuple[str, ...] = ("Như trên", "Lưu: VT")

    def __post_init__(self) -> None:
        require_text("Số văn bản", self.number)
        require_date("Ngày văn bản", self.issued_on)
        require_text("Lý do dừng giải quyết", self.reason)
        require_items("Nơi nhận", self.recipients, str)
