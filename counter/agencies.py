"""Agencies (QCVN 102 codes, province or commune level) and this installation's workstation."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import Agency, Workstation
from counter.errors import ConfigurationError, InputError

# V1V2V3.Z1Z2.Y1Y2.Hxx; letters are tolerated because provinces issue commune codes.
AGENCY_CODE = re.compile(r"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$")
LEVELS = ("province", "commune")


@dataclass(frozen=True)
class AgencyInfo:
    code: str
    name: str
    level: str
    parent_code: str | None = None
    parent_name: str = ""
    unit_name: str = ""
    place_name: str = ""
    lookup_url: str | None = None
    # Set per province: the information system named in the receipt's QR code
    # (Circular 01/2023/TT-VPCP, Art. 26; empty: the app's name) and who to ask about
    # forms 02-03 (a phone number or website; empty: not printed).
    issuing_system: str = ""
    contact: str = ""


@dataclass(frozen=True)
class WorkstationInfo:
    id: str
    name: str
    agency_code: str


def check_agency_code(code: str) -> str:
    code = code.strip().upper()
    if not AGENCY_CODE.match(code):
        raise InputError(
            "agency_code",
            f"mã cơ quan {code!r} không đúng dạng QCVN 102 (ví dụ 000.00.12.H42).",
        )
    return code


def to_agency_info(row: Agency) -> AgencyInfo:
    return AgencyInfo(
        code=row.code,
        name=row.name,
        level=row.level,
        parent_code=row.parent_code,
        parent_name=row.parent_name,
        unit_name=row.unit_name,
        place_name=row.place_name,
        lookup_url=row.lookup_url,
        issuing_system=row.issuing_system or "",
        contact=row.contact or "",
    )


def agency_problems(info: AgencyInfo) -> dict[str, str]:
    """Every problem of an agency's fields at once (field name → reason)."""
    problems = {}
    try:
        check_agency_code(info.code)
    except InputError as error:
        problems["agency_code"] = error.reason
    if info.level not in LEVELS:
        problems["level"] = "cấp cơ quan phải là province (tỉnh) hoặc commune (xã)."
    if not info.name.strip():
        problems["name"] = "thiếu tên cơ quan."
    if info.lookup_url and "{code}" not in info.lookup_url:
        problems["lookup_url"] = "địa chỉ tra cứu phải chứa {code} (chỗ điền mã hồ sơ)."
    return problems


def workstation_name_problem(name: str) -> str | None:
    return None if name.strip() else "thiếu tên máy trạm (ví dụ: Quầy 1)."


def save_agency(session: Session, info: AgencyInfo) -> AgencyInfo:
    for field, reason in agency_problems(info).items():
        raise InputError(field, reason)
    code = check_agency_code(info.code)
    row = session.get(Agency, code) or Agency(code=code)
    row.name = info.name.strip()
    row.level = info.level
    row.parent_code = info.parent_code
    row.parent_name = info.parent_name.strip()
    row.unit_name = info.unit_name.strip()
    row.place_name = info.place_name.strip()
    row.lookup_url = info.lookup_url
    row.issuing_system = info.issuing_system.strip()
    row.contact = info.contact.strip()
    row.updated_at = clock.now()
    session.add(row)
    session.flush()
    return to_agency_info(row)


def find_agency(session: Session, code: str) -> AgencyInfo | None:
    row = session.get(Agency, code)
    return None if row is None else to_agency_info(row)


def set_local_workstation(session: Session, name: str, agency_code: str) -> WorkstationInfo:
    """Make this installation a workstation of ``agency_code`` (keeps its id if it has one)."""
    if session.get(Agency, agency_code) is None:
        raise InputError("agency_code", f"chưa có cơ quan {agency_code}.")
    problem = workstation_name_problem(name)
    if problem:
        raise InputError("workstation", problem)
    row = session.scalar(select(Workstation).where(Workstation.is_local.is_(True)))
    if row is None:
        row = Workstation(id=str(uuid.uuid4()), is_local=True, created_at=clock.now())
    elif row.agency_code != agency_code:
        raise ConfigurationError(
            "Máy trạm này đã thuộc cơ quan khác; không thể chuyển cơ quan khi đã có hồ sơ."
        )
    row.name = name.strip()
    row.agency_code = agency_code
    session.add(row)
    session.flush()
    return WorkstationInfo(row.id, row.name, row.agency_code)


def local_workstation(session: Session) -> WorkstationInfo | None:
    row = session.scalar(select(Workstation).where(Workstation.is_local.is_(True)))
    return None if row is None else WorkstationInfo(row.id, row.name, row.agency_code)
