"""DG13 of the Vietnamese CCCD: the citizen's data in Vietnamese, by field number.

Layout seen on real cards (see the project's notes)::

    6D { 30 { 02 01 01, 06 OID, 31 { 30 { 02 01 n, 0C text } ... } } }

Field 13 holds the father's and mother's names, field 14 the spouse's, field 15
another document's number ("giấy tờ khác": the old ID card number on cards seen);
field 16 holds a value of unknown meaning. Fields are found by number, never by
position; missing ones stay ``None`` and unknown numbers (16 and any new one) are
kept in ``extra`` as they are: text when it is printable text, else ``hex:<bytes>``.

Cards issued from 1/7/2024 ("Căn cước") carry several fields encrypted with an
algorithm of the issuing authority (Circular 16/2024/TT-BCA: ethnicity, religion,
the old ID number, the date of issue and others). A known field whose bytes are not
printable text is such a field: its value stays ``None``, its name is listed in
``encrypted`` and it is shown as "được mã hoá trên thẻ", never as garbled letters.
Which fields are encrypted on which cards is not published in detail (UNVERIFIED):
the test is on the bytes, not on a list.

The date format inside DG13 is not documented: dates are kept as written and
:func:`parse_card_date` reads the forms seen (dd/mm/yyyy, ddmmyyyy, yyyy-mm-dd).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
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
    15: "other_document",
}
FATHER_MOTHER, SPOUSE = 13, 14
ENCRYPTED_TEXT = "được mã hoá trên thẻ"
# How each field is named to people (the card read summary, ``card read --json`` labels).
FIELD_LABELS = {
    "id_number": "Số định danh cá nhân",
    "full_name": "Họ, chữ đệm và tên",
    "date_of_birth": "Ngày sinh",
    "sex": "Giới tính",
    "nationality": "Quốc tịch",
    "ethnicity": "Dân tộc",
    "religion": "Tôn giáo",
    "place_of_origin": "Quê quán",
    "place_of_residence": "Nơi thường trú",
    "identifying_features": "Đặc điểm nhận dạng",
    "date_of_issue": "Ngày cấp",
    "date_of_expiry": "Có giá trị đến",
    "father_name": "Họ tên cha",
    "mother_name": "Họ tên mẹ",
    "spouse_name": "Họ tên vợ/chồng",
    "other_document": "Giấy tờ khác",
}


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
    other_document: str | None = None
    extra: dict[int, str] = field(default_factory=dict)
    encrypted: frozenset[str] = frozenset()

    def named_fields(self) -> dict[str, str]:
        """The fields present, by name (unknown numbers as ``field_<n>``); a field encrypted
        on the card reads "được mã hoá trên thẻ"."""
        present = {}
        for f in fields(self):
            if f.name in ("extra", "encrypted"):
                continue
            value = getattr(self, f.name)
            if f.name in self.encrypted:
                present[f.name] = ENCRYPTED_TEXT
            elif value is not None:
                present[f.name] = value
        present.update({f"field_{n}": text for n, text in sorted(self.extra.items())})
        return present

    def labelled_fields(self) -> list[tuple[str, str]]:
        """(Vietnamese label, value) of :meth:`named_fields`, unknown fields as "Trường n"."""
        labelled = []
        for name, value in self.named_fields().items():
            if name.startswith("field_"):
                label = f"Trường {name.removeprefix('field_')} (chưa rõ nghĩa)"
            else:
                label = FIELD_LABELS.get(name, name)
            labelled.append((label, value))
        return labelled


def decode_text(item: tlv.Tlv) -> str | None:
    """The text of a string node, or ``None`` when its bytes are not printable text (an
    encrypted field, or binary data)."""
    codec = "utf-16-be" if item.tag == 0x1E else "utf-8"
    try:
        text = item.value.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if printable(text) else None


def printable(text: str) -> bool:
    """No control, unassigned, private-use or replacement character (tabs and line breaks
    allowed: addresses may have them)."""
    for char in text:
        if char in "\t\n\r":
            continue
        if char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cf", "Cn", "Co", "Cs"):
            return False
    return True


def raw_text(item: tlv.Tlv) -> str:
    """An unknown field shown as it is: its text if printable, else ``hex:<bytes>``."""
    text = decode_text(item)
    return text if text is not None else f"hex:{item.value.hex().upper()}"


def string_nodes(item: tlv.Tlv) -> list[tlv.Tlv]:
    """Every string node inside ``item``, depth first, in order."""
    return [node for node in item.walk() if node.tag in TEXT_TAGS]


def texts_in(item: tlv.Tlv) -> list[str]:
    """Every printable string inside ``item``, depth first, in order."""
    return [text for node in string_nodes(item) if (text := decode_text(node)) is not None]


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
    encrypted: set[str] = set()

    def take(name: str, node: tlv.Tlv | None) -> None:
        if node is None or name in values or name in encrypted:
            return
        text = decode_text(node)
        if text is None:
            encrypted.add(name)
        elif text.strip():
            values[name] = text.strip()

    for number, entry in field_entries(root):
        nodes = string_nodes(entry)
        if number in SIMPLE_FIELDS:
            take(SIMPLE_FIELDS[number], nodes[0] if nodes else None)
        elif number == FATHER_MOTHER:
            take("father_name", nodes[0] if nodes else None)
            take("mother_name", nodes[1] if len(nodes) > 1 else None)
        elif number == SPOUSE:
            take("spouse_name", nodes[0] if nodes else None)
        elif nodes:
            extra.setdefault(number, " | ".join(raw_text(node).strip() for node in nodes))
    return VnCitizenRecord(**values, extra=extra, encrypted=frozenset(encrypted))


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


def encode_field(number: int, *texts: str | bytes) -> bytes:
    """One field; ``bytes`` are written as they are (an encrypted field)."""
    strings = b"".join(
        tlv.encode(0x0C, t if isinstance(t, bytes) else t.encode("utf-8")) for t in texts
    )
    value = strings if len(texts) == 1 else tlv.encode(TAG_SEQUENCE, strings)
    return tlv.encode(TAG_SEQUENCE, tlv.encode(TAG_INTEGER, bytes([number])) + value)


def encode_dg13(record: VnCitizenRecord, raw: dict[int, bytes] | None = None) -> bytes:
    """DG13 in the layout above (used by the virtual card); ``raw`` gives field numbers
    whose content is written as these bytes instead (as a 2024 card's encrypted fields)."""
    raw = raw or {}
    entries = b""
    for number in range(1, 16):
        if number in raw:
            entries += encode_field(number, raw[number])
        elif number in SIMPLE_FIELDS:
            value = getattr(record, SIMPLE_FIELDS[number])
            if value is not None:
                entries += encode_field(number, value)
        elif number == FATHER_MOTHER and (record.father_name or record.mother_name):
            entries += encode_field(number, record.father_name or "", record.mother_name or "")
        elif number == SPOUSE and record.spouse_name:
            entries += encode_field(number, record.spouse_name, "")
    for number, text in sorted(record.extra.items()):
        value = bytes.fromhex(text[4:]) if text.startswith("hex:") else text
        entries += encode_field(number, raw.get(number, value))
    for number in sorted(n for n in raw if n > 15 and n not in record.extra):
        entries += encode_field(number, raw[number])
    body = tlv.encode(TAG_INTEGER, b"\x01") + encode_oid(OID_ISO10646_UTF8)
    body += tlv.encode(0x31, entries)
    return tlv.encode(DG13.tag, tlv.encode(TAG_SEQUENCE, body))
