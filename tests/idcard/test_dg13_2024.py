"""2024 "Căn cước" cards: DG13 fields encrypted by the issuer shown as "được mã hoá trên
thẻ" (never as garbled letters), field 15 named "Giấy tờ khác", field 16 shown raw; read
through the project's virtual card."""

from __future__ import annotations

import json
from dataclasses import replace

from counter.applicant_sources import applicant_from_card
from counter.idcard import tlv
from counter.idcard.dg13 import (
    ENCRYPTED_TEXT,
    OID_ISO10646_UTF8,
    encode_field,
    encode_oid,
    parse_dg13,
)
from counter.idcard.reading import ReadOptions, read_identity
from counter.idcard.result import result_to_dict
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.factory import access_key_of, make_card
from counter.idcard.virtual.identity import VirtualIdentity, demo_identity
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.transport import CardSlot, InProcessTransport

# ethnicity, religion, date of issue, other document: encrypted on the card
ENCRYPTED = (6, 7, 11, 15)
FIELD_16 = b"8A3F00C2E1D45B76"


def dg13_of(entries: bytes) -> bytes:
    body = tlv.encode(0x02, b"\x01") + encode_oid(OID_ISO10646_UTF8) + tlv.encode(0x31, entries)
    return tlv.encode(0x6D, tlv.encode(0x30, body))


def card_2024(seed: int = 24) -> VirtualIdentity:
    return replace(demo_identity(seed), old_id_number="012345678", encrypted_fields=ENCRYPTED,
                   field_16=FIELD_16)


def test_bytes_that_are_not_text_are_marked_encrypted_never_shown() -> None:
    entries = (
        encode_field(1, "079185000123")
        + encode_field(2, "Trần Thị Ngọc Hạnh")
        + encode_field(6, bytes.fromhex("ff8e2a91c3"))  # not UTF-8
        + encode_field(7, "a\x01\x02b")  # UTF-8, but control characters
        + encode_field(13, b"\xc3\x28", "Lê Thị Lan")  # father encrypted, mother readable
        + encode_field(15, "012345678")
        + encode_field(16, b"\x00\x9f\x10")
    )
    record = parse_dg13(dg13_of(entries))
    assert (record.ethnicity, record.religion, record.father_name) == (None, None, None)
    assert record.encrypted == {"ethnicity", "religion", "father_name"}
    assert record.mother_name == "Lê Thị Lan"
    assert record.other_document == "012345678"
    named = record.named_fields()
    assert named["ethnicity"] == named["religion"] == named["father_name"] == ENCRYPTED_TEXT
    assert named["field_16"] == "hex:009F10"
    labels = dict(record.labelled_fields())
    assert labels["Giấy tờ khác"] == "012345678"
    assert labels["Dân tộc"] == ENCRYPTED_TEXT
    assert labels["Trường 16 (chưa rõ nghĩa)"] == "hex:009F10"
    assert not any("\ufffd" in value for value in named.values())


def test_virtual_2024_card_read_through_the_chip_stack(pki: TestPki, trust: TrustStore) -> None:
    citizen = card_2024()
    card = make_card(citizen, pki)
    result = read_identity(InProcessTransport(CardSlot(card)), access_key_of(citizen), trust,
                           ReadOptions(include_photo=False))
    vn = result.vn
    assert vn is not None
    assert vn.encrypted == {"ethnicity", "religion", "date_of_issue", "other_document"}
    assert (vn.full_name, vn.id_number) == (citizen.full_name, citizen.id_number)
    assert vn.extra == {16: FIELD_16.decode()}  # printable: shown as it is
    shown = result_to_dict(result)["vn"]
    assert isinstance(shown, dict)
    for name in ("ethnicity", "religion", "date_of_issue", "other_document"):
        assert shown[name] == ENCRYPTED_TEXT
    text = json.dumps(shown, ensure_ascii=False)
    assert "\ufffd" not in text and "\\u00ff" not in text
    assert result.passive_authentication.status == "verified"  # hashes cover the raw bytes
    applicant = applicant_from_card(result)  # what can be read still fills the intake
    assert (applicant.full_name, applicant.id_number) == (citizen.full_name, citizen.id_number)


def test_older_card_keeps_field_15_as_other_document(pki: TestPki, trust: TrustStore) -> None:
    citizen = replace(demo_identity(25), old_id_number="123456789")
    result = read_identity(InProcessTransport(CardSlot(make_card(citizen, pki))),
                           access_key_of(citizen), trust, ReadOptions(include_photo=False))
    assert result.vn is not None and result.vn.encrypted == frozenset()
    assert result.vn.other_document == "123456789"
    assert ("Giấy tờ khác", "123456789") in result.vn.labelled_fields()
