"""DG13 (Vietnamese citizen data): by field number, tolerant, and fuzzed."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter.idcard import tlv
from counter.idcard.dg13 import (
    OID_ISO10646_UTF8,
    VnCitizenRecord,
    encode_dg13,
    encode_field,
    encode_oid,
    parse_card_date,
    parse_dg13,
)
from counter.idcard.errors import CardDataError
from counter.idcard.virtual.documents import vn_record
from counter.idcard.virtual.identity import demo_identity


def dg13_of(entries: bytes) -> bytes:
    body = tlv.encode(0x02, b"\x01") + encode_oid(OID_ISO10646_UTF8) + tlv.encode(0x31, entries)
    return tlv.encode(0x6D, tlv.encode(0x30, body))


def test_full_record_round_trips() -> None:
    record = vn_record(demo_identity(21))
    assert parse_dg13(encode_dg13(record)) == record


def test_fields_are_found_by_number_in_any_order_and_gaps_are_kept() -> None:
    entries = (
        encode_field(9, "Số 5 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh")
        + encode_field(2, "Trần Thị Ngọc Hạnh")
        + encode_field(13, "Trần Văn Hùng", "Lê Thị Lan")
        + encode_field(1, "079185000123")
        + encode_field(16, "giá trị lạ")
        + encode_field(42, "trường mới")
    )
    record = parse_dg13(dg13_of(entries))
    assert record.id_number == "079185000123"
    assert record.full_name == "Trần Thị Ngọc Hạnh"
    assert (record.father_name, record.mother_name) == ("Trần Văn Hùng", "Lê Thị Lan")
    assert record.date_of_birth is None and record.spouse_name is None
    assert record.extra == {16: "giá trị lạ", 42: "trường mới"}
    assert list(record.named_fields()) == [
        "id_number", "full_name", "place_of_residence", "father_name", "mother_name",
        "field_16", "field_42",
    ]  # fmt: skip


def test_parents_as_separate_sequences_are_read_too() -> None:
    parents = tlv.encode(
        0x30,
        tlv.encode(0x02, b"\x0d")
        + tlv.encode(0x30, tlv.encode(0x0C, b"Cha"))
        + tlv.encode(0x30, tlv.encode(0x0C, "Mẹ".encode())),
    )
    record = parse_dg13(dg13_of(parents))
    assert (record.father_name, record.mother_name) == ("Cha", "Mẹ")


def test_empty_and_wrong_files_are_clean_errors() -> None:
    assert parse_dg13(dg13_of(b"")) == VnCitizenRecord()
    with pytest.raises(CardDataError, match="DG13 hỏng: Thẻ TLV 61 không phải thẻ mong đợi 6D"):
        parse_dg13(tlv.encode(0x61, b""))
    with pytest.raises(CardDataError, match="DG13 hỏng"):
        parse_dg13(dg13_of(encode_field(2, "Tên"))[:-3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/01/1990", dt.date(1990, 1, 31)),
        ("31-01-1990", dt.date(1990, 1, 31)),
        ("31011990", dt.date(1990, 1, 31)),
        ("1990-01-31", dt.date(1990, 1, 31)),
        ("31/02/1990", None),
        ("Không thời hạn", None),
        (None, None),
    ],
)
def test_card_dates(text: str | None, expected: dt.date | None) -> None:
    assert parse_card_date(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data: bytes) -> None:
    with contextlib.suppress(CardDataError):
        parse_dg13(b"\x6d" + tlv.encode_length(len(data)) + data)


VALID = encode_dg13(vn_record(demo_identity(22)))


@settings(max_examples=400, deadline=None)
@given(st.integers(0, len(VALID) - 1), st.integers(0, 255), st.integers(0, 20))
def test_mutated_dg13_is_a_record_or_a_clean_error(index: int, byte: int, cut: int) -> None:
    mutated = (VALID[:index] + bytes([byte]) + VALID[index + 1 :])[: len(VALID) - cut]
    try:
        record = parse_dg13(mutated)
    except CardDataError:
        return
    assert isinstance(record, VnCitizenRecord)
