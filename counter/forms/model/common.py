"""The parts every form shares: the agency, the applicant, the dossier, the signer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from counter.errors import InputError
from counter.forms.checks import (
    require_aware,
    require_count,
    require_dossier_code,
    require_lookup_template,
    require_optional_text,
    require_text,
    set_enum,
)

# The default "name of the information system providing the data" in the receipt's QR code;
# an agency sets its own (the province's one-stop system) in its settings.
DEFAULT_ISSUING_SYSTEM = "Phần mềm tiếp nhận hồ sơ một cửa onestop-counter"


class TimeUnit(StrEnum):
    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    SAME_DAY = "same_day"


@dataclass(frozen=True)
class ProcessingTime:
    """The legal processing time of a procedure: ``amount`` is 0 for same-day."""

    unit: TimeUnit
    amount: int = 0

    def __post_init__(self) -> None:
        field = "Thời gian giải quyết theo quy định"
        set_enum(self, "unit", TimeUnit, field)
        if self.unit is TimeUnit.SAME_DAY:
            if self.amount != 0:
                raise InputError(field, "hồ sơ giải quyết trong ngày không ghi số ngày, số giờ.")
        else:
            require_count(field, self.amount, minimum=1)

    @classmethod
    def working_days(cls, days: int) -> ProcessingTime:
        return cls(TimeUnit.WORKING_DAYS, days)

    @classmethod
    def working_hours(cls, hours: int) -> ProcessingTime:
        return cls(TimeUnit.WORKING_HOURS, hours)

    @classmethod
    def same_day(cls) -> ProcessingTime:
        return cls(TimeUnit.SAME_DAY, 0)


@dataclass(frozen=True)
class AgencyHeader:
    """The top-left block of every form and where the form is dated.

    ``lookup_url_template`` (e.g. ``"https://dichvucong.example.vn/tra-cuu?ma={code}"``)
    adds the dossier's lookup address to the receipt's QR code. ``issuing_system`` is
    the name of the information system that issues the papers, carried in that QR code
    (Circular 01/2023/TT-VPCP, Art. 26); ``contact`` is who to ask about forms 02 and 03
    (a phone number or a website), set per province.
    """

    parent_authority: str
    unit_name: str
    place_name: str
    agency_code: str
    lookup_url_template: str | None = None
    issuing_system: str = DEFAULT_ISSUING_SYSTEM
    contact: str = ""

    def __post_init__(self) -> None:
        require_text("Cơ quan chủ quản", self.parent_authority)
        require_text("Tên đơn vị", self.unit_name)
        require_text("Địa danh", self.place_name)
        require_text("Mã cơ quan", self.agency_code)
        require_lookup_template("Địa chỉ tra cứu hồ sơ", self.lookup_url_template)
        require_text("Tên hệ thống cấp giấy tờ", self.issuing_system)
        require_optional_text("Nơi liên hệ", self.contact)


@dataclass(frozen=True)
class Applicant:
    """``id_number``: the personal ID number (or an organisation's tax code), carried
    in the receipt's QR code."""

    name: str
    address: str = ""
    phone: str | None = None
    email: str | None = None
    id_number: str | None = None

    def __post_init__(self) -> None:
        require_text("Họ tên người nộp hồ sơ", self.name)
        require_optional_text("Địa chỉ", self.address)
        require_optional_text("Số điện thoại", self.phone)
        require_optional_text("Email", self.email)
        require_optional_text("Số định danh", self.id_number)


@dataclass(frozen=True)
class DossierSummary:
    """What the later forms (02-06) repeat about the dossier."""

    code: str
    procedure_name: str
    applicant: Applicant
    received_at: datetime

    def __post_init__(self) -> None:
        require_dossier_code("Mã hồ sơ", self.code)
        require_text("Nội dung yêu cầu giải quyết", self.procedure_name)
        require_aware("Thời gian nhận hồ sơ", self.received_at)


@dataclass(frozen=True)
class Signatory:
    """Who signs a letter for the agency: ``position`` as printed, e.g. "CHỦ TỊCH"."""

    position: str
    name: str

    def __post_init__(self) -> None:
        require_text("Chức vụ người ký", self.position)
        require_text("Họ tên người ký", self.name)
