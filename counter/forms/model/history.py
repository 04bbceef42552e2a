"""The inputs of form 06 (process control slip) and form 07 (tracking book)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter.errors import InputError
from counter.forms.checks import (
    require_after,
    require_aware,
    require_count,
    require_dossier_code,
    require_items,
    require_optional_text,
    require_text,
)
from counter.forms.model.common import AgencyHeader, DossierSummary

RESULTS = ("Trước hạn", "Đúng hạn", "Quá hạn")


@dataclass(frozen=True)
class ControlStep:
    """One hand-over in the dossier's history: which body gave it to which, when, with what
    result; ``from_officer`` and ``to_officer`` are printed under the two signature cells
    (the handing and the receiving person sign there)."""

    at: datetime
    from_party: str
    to_party: str
    result: str = ""
    note: str = ""
    from_officer: str = ""
    to_officer: str = ""

    def __post_init__(self) -> None:
        require_aware("Thời gian giao, nhận hồ sơ", self.at)
        require_text("Bên giao", self.from_party)
        require_text("Bên nhận", self.to_party)
        require_optional_text("Kết quả giải quyết", self.result)
        if self.result and self.result not in RESULTS:
            raise InputError(
                "Kết quả giải quyết", f"phải là một trong {', '.join(RESULTS)} (nhận được: "
                f"{self.result!r})."
            )
        require_optional_text("Ghi chú", self.note)
        require_optional_text("Người giao", self.from_officer)
        require_optional_text("Người nhận", self.to_officer)


@dataclass(frozen=True)
class ControlSlip:
    """Form 06, the process control slip."""

    header: AgencyHeader
    dossier: DossierSummary
    due_at: datetime
    handling_unit: str
    steps: tuple[ControlStep, ...]
    coordinating_units: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        require_aware("Thời gian hẹn trả kết quả", self.due_at)
        require_text("Cơ quan giải quyết hồ sơ", self.handling_unit)
        require_items("Quá trình giải quyết hồ sơ", self.steps, ControlStep)
        if not isinstance(self.coordinating_units, tuple):
            raise InputError("Cơ quan phối hợp giải quyết", "phải là một danh sách (tuple).")


@dataclass(frozen=True)
class TrackingBookRow:
    """One dossier as written in the tracking book (form 07)."""

    number: int
    dossier_code: str
    procedure_name: str
    sets: int
    applicant_name: str
    applicant_address: str
    handling_unit: str
    received_at: datetime
    due_at: datetime
    applicant_phone: str | None = None
    returned_at: datetime | None = None
    note: str = ""

    def __post_init__(self) -> None:
        require_count("Số thứ tự", self.number, minimum=1)
        require_dossier_code("Mã hồ sơ", self.dossier_code)
        require_text(f"Tên thủ tục của hồ sơ {self.dossier_code}", self.procedure_name)
        require_count(f"Số bộ hồ sơ của {self.dossier_code}", self.sets, minimum=1)
        require_text(f"Người nộp hồ sơ {self.dossier_code}", self.applicant_name)
        require_optional_text("Địa chỉ", self.applicant_address)
        require_optional_text("Cơ quan giải quyết", self.handling_unit)
        require_aware(f"Ngày nhận hồ sơ {self.dossier_code}", self.received_at)
        require_aware(f"Ngày hẹn trả hồ sơ {self.dossier_code}", self.due_at)
        require_after(
            f"Ngày hẹn trả hồ sơ {self.dossier_code}",
            self.due_at,
            "ngày nhận",
            self.received_at,
        )
        if self.returned_at is not None:
            require_aware(f"Ngày trả kết quả hồ sơ {self.dossier_code}", self.returned_at)
        require_optional_text("Ghi chú", self.note)
