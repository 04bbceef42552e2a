"""Fill the applicant from the chip of an ID card or from the QR code printed on it."""

from __future__ import annotations

import re

from counter.idcard.dg13 import parse_card_date
from counter.idcard.qr import CccdQrData
from counter.idcard.result import CardReadResult
from counter.people import Applicant

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
