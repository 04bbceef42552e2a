"""Applicants: citizens (by ID number) and organisations; "declare once, reuse many times"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter import clock, validate
from counter.db import rows
from counter.db.models import Person
from counter.errors import InputError
from counter.text import ascii_digits, clean

ID_TYPES = ("cccd", "passport", "other")
SEXES = ("Nam", "Nữ", "")
_CCCD = re.compile(r"^[0-9]{12}$")
_PHONE = re.compile(r"^\+?[0-9 .()-]{8,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Applicant:
    """Who submits the dossier: a person, or an organisation with its representative."""

    full_name: str
    kind: str = "person"  # person | organisation
    id_type: str = "cccd"
    id_number: str = ""
    birth_date: date | None = None
    sex: str = ""
    nationality: str = "Việt Nam"
    address: str = ""
    phone: str = ""
    email: str = ""
    organisation_name: str = ""
    tax_code: str = ""
    source: str = "typed"  # typed | chip | qr | returning

    @property
    def display_name(self) -> str:
        return self.organisation_name if self.kind == "organisation" else self.full_name

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "full_name": self.full_name, "id_type": self.id_type,
            "id_number": self.id_number,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex, "nationality": self.nationality, "address": self.address,
            "phone": self.phone, "email": self.email,
            "organisation_name": self.organisation_name, "tax_code": self.tax_code,
            "source": self.source,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Applicant:
        birth = data.get("birth_date")
        values = dict(data)
        values["birth_date"] = date.fromisoformat(birth) if birth else None
        return cls(**values)


_FREE_TEXT = ("full_name", "id_number", "nationality", "address", "phone", "email",
              "organisation_name", "tax_code")


def _visible_fields(applicant: Applicant) -> Applicant:
    """Every free-text field refused if it hides control or invisible characters; NFC."""
    values: dict[str, Any] = {
        name: validate.visible(getattr(applicant, name), f"applicant.{name}")
        for name in _FREE_TEXT
    }
    return replace(applicant, **values)


def check_applicant(applicant: Applicant, today: date) -> Applicant:
    """Validate and normalise; raises InputError naming the first bad field."""
    applicant = _visible_fields(applicant)
    a = replace(
        applicant,
        full_name=clean(applicant.full_name),
        id_number=ascii_digits(applicant.id_number.strip().replace(" ", "")),
        address=clean(applicant.address),
        phone=applicant.phone.strip(),
        email=applicant.email.strip(),
        organisation_name=clean(applicant.organisation_name),
        nationality=clean(applicant.nationality),
    )
    if a.kind not in ("person", "organisation"):
        raise InputError("applicant.kind", "phải là person (cá nhân) hoặc organisation (tổ chức).")
    if not a.full_name:
        raise InputError("applicant.full_name", "thiếu họ và tên người nộp hồ sơ.")
    if len(a.full_name) > 200:
        raise InputError("applicant.full_name", "họ và tên dài quá 200 ký tự.")
    if any(ch.isdigit() for ch in a.full_name):
        raise InputError("applicant.full_name", "họ và tên không được chứa chữ số.")
    if a.kind == "organisation" and not a.organisation_name:
        raise InputError("applicant.organisation_name", "thiếu tên tổ chức.")
    if a.id_type not in ID_TYPES:
        raise InputError("applicant.id_type", f"phải là một trong: {', '.join(ID_TYPES)}.")
    if a.id_type == "cccd" and not _CCCD.match(a.id_number):
        raise InputError("applicant.id_number", "số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.")
    if a.id_type != "cccd" and a.kind == "person" and not a.id_number:
        raise InputError("applicant.id_number", "thiếu số giấy tờ tùy thân.")
    if a.birth_date is not None and not date(1900, 1, 1) <= a.birth_date <= today:
        raise InputError("applicant.birth_date", "ngày sinh không hợp lệ (sau 1900 và không ở tương lai).")
    if a.sex not in SEXES:
        raise InputError("applicant.sex", "giới tính phải là Nam hoặc Nữ.")
    if a.phone and not _PHONE.match(a.phone):
        raise InputError("applicant.phone", f"số điện thoại không hợp lệ: {a.phone!r}.")
    if a.email and not _EMAIL.match(a.email):
        raise InputError("applicant.email", f"địa chỉ thư điện tử không hợp lệ: {a.email!r}.")
    if len(a.address) > 1000:
        raise InputError("applicant.address", "địa chỉ dài quá 1000 ký tự.")
    return a


def sex_from_id_number(id_number: str) -> str:
    """"Nam" or "Nữ" read from a 12-digit personal ID number, "" when it is not one.

    The fourth digit is the code of century and sex: 0/1 for a man/woman born in the 20th
    century, 2/3 in the 21st, and so on (even: man, odd: woman). Source: Circular
    59/2021/TT-BCA, Article 7 (structure of the personal identification number).
    """
    if not _CCCD.match(id_number):
        return ""
    return "Nữ" if int(id_number[3]) % 2 else "Nam"


def id_number_warnings(id_number: str, birth_date: date | None, sex: str) -> list[str]:
    """Hints that a 12-digit personal ID was mistyped (digits 4–6 encode sex, century, year)."""
    if not _CCCD.match(id_number) or birth_date is None:
        return []
    warnings = []
    gender_century = int(id_number[3])
    century = 1900 + 100 * (gender_century // 2)
    if century != birth_date.year // 100 * 100 or int(id_number[4:6]) != birth_date.year % 100:
        warnings.append("Số định danh không khớp với năm sinh: kiểm tra lại số CCCD hoặc ngày sinh.")
    if sex and (gender_century % 2 == 1) != (sex == "Nữ"):
        warnings.append("Số định danh không khớp với giới tính: kiểm tra lại.")
    return warnings


def parse_applicant(data: Any, path: str = "applicant") -> Applicant:
    data = validate.obj(data, path)
    return Applicant(
        kind=validate.choice(data, "kind", path, ("person", "organisation"), default="person"),
        full_name=validate.text(data, "full_name", path, max_length=200),
        id_type=validate.choice(data, "id_type", path, ID_TYPES, default="cccd"),
        id_number=validate.text(data, "id_number", path, required=False, max_length=40),
        birth_date=validate.day(data, "birth_date", path, required=False),
        sex=validate.choice(data, "sex", path, SEXES, default=""),
        nationality=validate.text(data, "nationality", path, required=False) or "Việt Nam",
        address=validate.text(data, "address", path, required=False, max_length=1000),
        phone=validate.text(data, "phone", path, required=False, max_length=40),
        email=validate.text(data, "email", path, required=False, max_length=200),
        organisation_name=validate.text(data, "organisation_name", path, required=False),
        tax_code=validate.text(data, "tax_code", path, required=False, max_length=20),
        source=validate.choice(data, "source", path, ("typed", "chip", "qr", "returning"),
                               default="typed"),
    )


def remember(session: Session, applicant: Applicant) -> int | None:
    """Keep the latest details of a person by ID number; the person's id, or None.

    Details left empty this time keep what was known; the name and source are always the
    latest."""
    if applicant.kind != "person" or not applicant.id_number:
        return None
    now = clock.now()
    found = rows.fetch_one(session, "SELECT id FROM person WHERE id_type = ? AND id_number = ?",
                           (applicant.id_type, applicant.id_number))
    known = {"birth_date": applicant.birth_date, "sex": applicant.sex,
             "nationality": applicant.nationality, "address": applicant.address,
             "phone": applicant.phone, "email": applicant.email}
    latest = {"full_name": applicant.full_name, "source": applicant.source, "updated_at": now}
    if found is None:
        return rows.insert(session, Person, {
            "id_type": applicant.id_type, "id_number": applicant.id_number, "created_at": now,
            **{field: value or None for field, value in known.items()}, **latest,
        })
    changes = {field: value for field, value in known.items() if value} | latest
    session.connection().execute(update(Person).where(Person.id == found[0]).values(changes))
    return int(found[0])


def find_returning(session: Session, id_number: str, id_type: str = "cccd") -> Applicant | None:
    """A citizen seen before, with the latest details, ready to fill the applicant panel."""
    wanted = ascii_digits(id_number.strip())
    row = session.scalar(select(Person).where(Person.id_type == id_type, Person.id_number == wanted))
    if row is None:
        return None
    return Applicant(
        full_name=row.full_name, id_type=row.id_type, id_number=row.id_number,
        birth_date=row.birth_date, sex=row.sex, nationality=row.nationality,
        address=row.address, phone=row.phone, email=row.email, source="returning",
    )
