"""BER-TLV: encoding, strict parsing, and fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter.idcard import tlv
from counter.idcard.errors import TlvError


def test_multi_byte_tags_and_long_lengths() -> None:
    value = bytes(300)
    encoded = tlv.encode(0x5F1F, value)
    assert encoded[:5] == bytes.fromhex("5F1F82012C")
    item = tlv.parse_one(encoded, 0x5F1F)
    assert item.value == value and not item.constructed
    assert tlv.total_size(encoded[:5]) == len(encoded)


def test_constructed_objects_are_parsed_into_children() -> None:
    inner = tlv.encode(0x02, b"\x01") + tlv.encode(0x0C, "Nguyễn".encode())
    root = tlv.parse_one(tlv.encode(0x7F61, tlv.encode(0x30, inner)), 0x7F61)
    sequence = root.require(0x30, "dãy")
    assert [c.tag for c in sequence.children] == [0x02, 0x0C]
    assert [n.tag for n in root.walk()] == [0x7F61, 0x30, 0x02, 0x0C]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Cần đúng một đối tượng TLV, có 0."),
        (b"\x5f", "Dữ liệu TLV bị cắt cụt giữa thẻ nhiều byte."),
        (b"\x61", "Dữ liệu TLV bị cắt cụt: thiếu độ dài."),
        (b"\x61\x80", "Độ dài TLV không hợp lệ (byte 80)."),
        (b"\x61\x85\x00\x00\x00\x00\x01", "Độ dài TLV không hợp lệ (byte 85)."),
        (b"\x61\x82\x01", "Dữ liệu TLV bị cắt cụt giữa các byte độ dài."),
        (b"\x61\x05\x01\x02", "Dữ liệu TLV bị cắt cụt: thẻ 61 cần 5 byte, chỉ còn 2."),
        (b"\x5f\xff\xff\xff\x01\x00", "Thẻ TLV dài quá 4 byte."),
    ],
)
def test_malformed_input_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(TlvError) as caught:
        tlv.parse_one(data)
    assert caught.value.message == message


def test_wrong_tag_and_missing_child_are_named() -> None:
    with pytest.raises(TlvError, match="Thẻ TLV 61 không phải thẻ mong đợi 75"):
        tlv.parse_one(tlv.encode(0x61, b""), 0x75)
    with pytest.raises(TlvError, match="Thiếu trường MRZ"):
        tlv.parse_one(tlv.encode(0x61, b"")).require(0x5F1F, "MRZ")


def test_nesting_is_bounded() -> None:
    data = b"\x04\x00"
    for _ in range(40):
        data = tlv.encode(0x30, data)
    with pytest.raises(TlvError, match="lồng nhau quá sâu"):
        tlv.parse(data)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_give_objects_or_a_clean_error(data: bytes) -> None:
    try:
        items = tlv.parse(data)
    except TlvError:
        return
    assert sum(len(tlv.encode(i.tag, i.value)) for i in items) <= len(data) + 8 * len(items)


tags = st.sampled_from([0x02, 0x04, 0x0C, 0x30, 0x31, 0x5F1F, 0x7F61, 0x61, 0x6D])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(tags, st.binary(max_size=400)), max_size=5))
def test_primitive_objects_round_trip(objects: list[tuple[int, bytes]]) -> None:
    primitive = [(t, v) for t, v in objects if not tlv.is_constructed(t)]
    encoded = b"".join(tlv.encode(t, v) for t, v in primitive)
    assert [(i.tag, i.value) for i in tlv.parse(encoded)] == primitive
