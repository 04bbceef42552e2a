"""DG13 of the Vietnamese CCCD: the citizen's data in Vietnamese, by field number.

Layout seen on real cards (see the project's notes)::

    6D { 30 { 02 01 01, 06 OID, 31 { 30 { 02 01 n, 0C text } ... } } }

Field 13 holds the father's and mother's names, field 14 the spouse's. Fields
are found by number, never by position; missing ones stay ``None`` and
unknown numbers are kept in ``extra``. The date format inside DG13 is not
documented: dates are kept as written and :func:`parse_card_date` reads the
forms seen (dd/mm/yyyy, ddmmyyyy, yyyy-mm-dd).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from counter.idcard import tlv
from counter.idcard.errors import CardDataError, TlvError
from counter.idcard.lds import DG13

TAG_INTEGER, TAG_SEQUENCE = 0x02, 0x30
TEXT_TAGS = {0x0C, 0x13, 0x16, 0x1E, 0x04}
SIMPLE_FIELDS = {
    1: "id_number",
    2: "full_name",
    3: "date_of_birth",
    4: "sex",
    5: "nationality",
    6: "ethnicity",
    7: "religion",
    8: "place_of_origin",
    9: "place_of_residence",
    10: "identifying_features",
    11: "date_of_issue",
    12: "date_of_expiry",
    15: "old_id_number",
}
FATHER_MOTHER, SPOUSE = 13, 14


@dataclass(frozen=True)
class VnCitizenRecord:
    id_number: str | None = None
    full_name: str | None = None
    date_of_birth: str | None = None
    sex: str | None = None
    nationality: str | None = None
    ethnicity: str | None = None
    religion: str | None = None
    place_of_origin: str | None = None
    place_of_residence: str | None = None
    identifying_features: str | None = None
    date_of_issue: str | None = None
    date_of_expiry: str | None = None
    father_name: str | None = None
    mother_name: str | None = None
    spouse_name: str | None = None
    old_id_number: str | None = None
    extra: dict[int, str] = field(default_factory=dict)

    def named_fields(self) -> dict[str, str]:
        """The fields present, by name (unknown numbers as ``field_<n>``)."""
        present = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name != "extra" and getattr(self, f.name) is not None
        }
        present.update({f"field_{n}": text for n, text in sorted(self.extra.items())})
        return present


def decode_text(item: tlv.Tlv) -> str:
    if item.tag == 0x1E:
        return item.value.decode("utf-16-be", "replace")
    return item.value.decode("utf-8", "replace")


def texts_in(item: tlv.Tlv) -> list[str]:
    """Every string inside ``item``, depth first, in order."""
    return [decode_text(node) for node in item.walk() if node.tag in TEXT_TAGS]


def field_entries(root: tlv.Tlv) -> list[tuple[int, tlv.Tlv]]:
    """(number, entry) for each SEQUENCE that starts with a small INTEGER."""
    entries = []
    for node in root.walk():
        if node.tag != TAG_SEQUENCE or len(node.children) < 2:
            continue
        first = node.children[0]
        if first.tag != TAG_INTEGER or not 1 <= len(first.value) <= 2:
            continue
        rest = node.children[1:]
        if any(child.tag in (0x06, 0x31) for child in rest):
            continue  # the header SEQUENCE (version, OID, SET of fields)
        if not any(child.tag in TEXT_TAGS or child.constructed for child in rest):
            continue
        entries.append((int.from_bytes(first.value, "big"), node))
    return entries


def parse_dg13(data: bytes) -> VnCitizenRecord:
    try:
        root = tlv.parse_one(data, DG13.tag)
    except TlvError as error:
        raise CardDataError(f"DG13 hỏng: {error.message}") from error
    values: dict[str, str] = {}
    extra: dict[int, str] = {}
    for number, entry in field_entries(root):
        texts = [text.strip() for text in texts_in(entry)]
        if number in SIMPLE_FIELDS:
            if texts:
                values.setdefault(SIMPLE_FIELDS[number], texts[0])
        elif number == FATHER_MOTHER:
            if len(texts) > 0 and texts[0]:
                values.setdefault("father_name", texts[0])
            if len(texts) > 1 and texts[1]:
                values.setdefault("mother_name", texts[1])
        elif number == SPOUSE:
            if texts and texts[0]:
                values.setdefault("spouse_name", texts[0])
        elif texts:
            extra.setdefault(number, " | ".join(texts))
    return VnCitizenRecord(**values, extra=extra)


def parse_card_date(text: str | None) -> dt.date | None:
    """A DG13 date in one of the forms seen on cards, or ``None``."""
    if not text:
        return None
    text = text.strip()
    patterns = (
        (r"(\d{2})[/.-](\d{2})[/.-](\d{4})", "dmy"),
        (r"(\d{4})-(\d{2})-(\d{2})", "ymd"),
        (r"(\d{2})(\d{2})(\d{4})", "dmy"),
    )
    for pattern, order in patterns:
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        a, b, c = (int(part) for part in match.groups())
        day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


OID_ISO10646_UTF8 = "1.0.10646.1.0.8"


def encode_oid(dotted: str) -> bytes:
    return tlv.encode(0x06, tlv.oid_bytes(dotted))


def encode_field(number: int, *texts: str) -> bytes:
    strings = b"".join(tlv.encode(0x0C, t.encode("utf-8")) for t in texts)
    value = strings if len(texts) == 1 else tlv.encode(TAG_SEQUENCE, strings)
    return tlv.encode(TAG_SEQUENCE, tlv.encode(TAG_INTEGER, bytes([number])) + value)


def encode_dg13(record: VnCitizenRecord) -> bytes:
    """DG13 in the layout above (used by the virtual card)."""
    entries = b""
    for number in range(1, 16):
        if number in SIMPLE_FIELDS:
            value = getattr(record, SIMPLE_FIELDS[number])
            if value is not None:
                entries += encode_field(number, value)
        elif number == FATHER_MOTHER and (record.father_name or record.mother_name):
            entries += encode_field(number, record.father_name or "", record.mother_name or "")
        elif number == SPOUSE and record.spouse_name:
            entries += encode_field(number, record.spouse_name, "")
    for number, text in sorted(record.extra.items()):
        entries += encode_field(number, text)
    body = tlv.encode(TAG_INTEGER, b"\x01") + encode_oid(OID_ISO10646_UTF8)
    body += tlv.encode(0x31, entries)
    return tlv.encode(DG13.tag, tlv.encode(TAG_SEQUENCE, body))
