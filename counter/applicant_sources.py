"""Fill the applicant from the chip of an ID card, from the QR code printed on it, or from
the details a returning citizen gave last time."""

from __future__ import annotations

import re

from sqlalchemy import select

from counter import audit
from counter.access import check_permission
from counter.db.models import Person
from counter.idcard.dg13 import parse_card_date
from counter.idcard.qr import CccdQrData
from counter.idcard.result import CardReadResult
from counter.people import Applicant, find_returning
from counter.roles import Actor
from counter.workspace import Workspace

MRZ_SEXES = {"M": "Nam", "F": "Nữ"}
ID_IN_OPTIONAL_DATA = re.compile(r"\d{12}")  # a CCCD's MRZ carries the full 12-digit ID


def _sex(text: str | None) -> str:
    value = (text or "").strip()
    if value in ("Nam", "Nữ"):
        return value
    return MRZ_SEXES.get(value.upper(), "")


def applicant_from_card(result: CardReadResult) -> Applicant:
    """The applicant as the chip says: DG13 (Vietnamese data) when read, else the MRZ."""
    mrz, vn = result.mrz, result.vn
    if vn is not None and vn.full_name and vn.id_number:
        return Applicant(
            full_name=vn.full_name,
            id_number=vn.id_number,
            birth_date=parse_card_date(vn.date_of_birth) or mrz.birth_date,
            sex=_sex(vn.sex) or _sex(mrz.sex),
            nationality=vn.nationality or "Việt Nam",
            address=vn.place_of_residence or "",
            source="chip",
        )
    id_type = "cccd" if mrz.document_code.startswith("I") else "passport"
    found = ID_IN_OPTIONAL_DATA.match(mrz.optional_data) if id_type == "cccd" else None
    number = found.group(0) if found else ""
    return Applicant(
        full_name=f"{mrz.surname} {mrz.given_names}".strip(),
        id_type=id_type,
        id_number=number or mrz.document_number,
        birth_date=mrz.birth_date,
        sex=_sex(mrz.sex),
        nationality="Việt Nam" if mrz.nationality == "VNM" else mrz.nationality,
        source="chip",
    )


def applicant_from_qr(data: CccdQrData) -> Applicant:
    return Applicant(
        full_name=data.full_name,
        id_number=data.id_number,
        birth_date=data.birth_date,
        sex=data.sex,
        address=data.address,
        source="qr",
    )


def returning_applicant(
    workspace: Workspace, id_number: str, actor: Actor, id_type: str = "cccd"
) -> Applicant | None:
    """The details a citizen gave at an earlier visit, to fill the applicant at intake.

    Only those who receive dossiers may look a citizen up, and each look-up that finds
    someone is audited (like viewing a dossier): it shows personal data.
    """
    check_permission(workspace, actor, "dossier.receive", "person")
    with workspace.store.write() as session:
        found = find_returning(session, id_number, id_type)
        if found is not None:
            person_id = session.scalar(
                select(Person.id).where(
                    Person.id_type == found.id_type, Person.id_number == found.id_number
                )
            )
            audit.record(session, actor, "person.view", "person", str(person_id),
                         "returning citizen at intake")
    return found
