"""MRZ text for the virtual documents: TD1 for a CCCD, TD3 for a passport."""

from __future__ import annotations

from counter.idcard.mrz import check_digit, yymmdd
from counter.idcard.virtual.identity import VirtualIdentity, mrz_name_parts


def fill(text: str, width: int) -> str:
    text = text.replace(" ", "<").replace("-", "<")
    return text[:width].ljust(width, "<")


def name_field(identity: VirtualIdentity, width: int) -> str:
    surname, given = mrz_name_parts(identity.full_name)
    return fill(f"{surname}<<{given}", width)


def td1(identity: VirtualIdentity) -> str:
    """The CCCD MRZ: ``IDVNM`` + last 9 ID digits + check + full 12-digit ID ``<<`` + check."""
    number = fill(identity.document_number, 9)
    optional = identity.id_number + "<<" + check_digit(identity.id_number)
    line1 = fill("IDVNM" + number + check_digit(number) + optional, 30)
    birth, expiry = yymmdd(identity.birth_date), yymmdd(identity.expiry_date)
    partial = birth + check_digit(birth) + identity.mrz_sex + expiry + check_digit(expiry) + "VNM"
    optional2 = fill("", 11)
    composite = check_digit(line1[5:30] + partial[0:7] + partial[8:15] + optional2)
    line2 = partial + optional2 + composite
    return line1 + line2 + name_field(identity, 30)


def td3(identity: VirtualIdentity) -> str:
    """A passport MRZ (2 × 44) with the ID number as personal number."""
    line1 = fill("P<VNM" + name_field(identity, 39), 44)
    number = fill(identity.document_number, 9)
    personal = fill(identity.id_number, 14)
    birth, expiry = yymmdd(identity.birth_date), yymmdd(identity.expiry_date)
    line2 = (
        number + check_digit(number) + "VNM" + birth + check_digit(birth) + identity.mrz_sex
        + expiry + check_digit(expiry) + personal + check_digit(personal)
    )  # fmt: skip
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return line1 + line2
