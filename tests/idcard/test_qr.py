"""The CCCD QR code: variants, exact refusals, scanner damage, BAC keys, fuzzing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter.idcard.errors import QrFormatError
from counter.idcard.expiry import cccd_expiry, expiry_candidates
from counter.idcard.qr import parse_cccd_qr

TODAY = dt.date(2026, 11, 1)
ADDRESS = "Thôn Đoài, xã Đông Anh, Thành phố Hà Nội"
SEVEN = f"001090123456|012345678|Nguyễn Văn An|01011990|Nam|{ADDRESS}|15042021"


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_cccd_qr(text, today=TODAY)


def test_seven_fields() -> None:
    qr = parse(SEVEN)
    assert (qr.id_number, qr.old_id_number, qr.full_name) == (
        "001090123456", "012345678", "Nguyễn Văn An",
    )  # fmt: skip
    assert (qr.birth_date, qr.sex, qr.address) == (dt.date(1990, 1, 1), "Nam", ADDRESS)
    assert (qr.issue_date, qr.variant) == (dt.date(2021, 4, 15), "cccd-7")


def test_empty_old_id_and_trailing_newline_from_the_scanner() -> None:
    qr = parse(SEVEN.replace("|012345678|", "||") + "\r\n")
    assert qr.old_id_number is None and qr.variant == "cccd-7"


def test_six_fields_without_old_id() -> None:
    qr = parse(f"079301000999|Lê Thị Mai|29022000|Nữ|{ADDRESS}|10102022")
    assert (qr.old_id_number, qr.full_name, qr.sex) == (None, "Lê Thị Mai", "Nữ")
    assert qr.birth_date == dt.date(2000, 2, 29) and qr.variant == "cccd-6"


def test_2024_card_keeps_its_family_fields_raw_and_never_names_a_parent() -> None:
    """The 2024 back QR lists household head, parents, spouse, children and their numbers in
    a layout not published: the further fields are kept as scanned, in order."""
    tail = "|Nguyễn Văn Bình|001060000111|Trần Thị Cúc||Nguyễn Văn Chủ Hộ|xx1"
    qr = parse(SEVEN.replace("15042021", "01082024") + tail)
    assert qr.variant == "can-cuoc-2024"
    assert qr.family_raw == (
        "Nguyễn Văn Bình", "001060000111", "Trần Thị Cúc", "", "Nguyễn Văn Chủ Hộ", "xx1",
    )  # fmt: skip
    assert not hasattr(qr, "father_name") and not hasattr(qr, "mother_name")
    assert (qr.full_name, qr.issue_date) == ("Nguyễn Văn An", dt.date(2024, 8, 1))


def test_2024_family_field_with_a_hidden_character_is_refused() -> None:
    with pytest.raises(QrFormatError, match="ký tự ẩn"):
        parse(SEVEN + "|Nguyễn\u200bVăn Bình")


def test_utf8_read_as_latin1_by_a_scanner_is_repaired() -> None:
    garbled = SEVEN.encode("utf-8").decode("cp1252", errors="replace")
    if "\ufffd" in garbled:  # cp1252 leaves a few bytes undefined: use latin-1 then
        garbled = SEVEN.encode("utf-8").decode("latin-1")
    assert parse(garbled).full_name == "Nguyễn Văn An"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "cần ít nhất 6 trường ngăn bởi '|', chỉ có 1: không phải mã QR CCCD"),
        ("https://dichvucong.gov.vn", "cần ít nhất 6 trường ngăn bởi '|', chỉ có 1"),
        (SEVEN.replace("001090123456", "00109012345"), "số định danh phải gồm 12 chữ số"),
        (SEVEN.replace("01011990", "1990-01-01"), "ngày sinh phải có dạng ddmmyyyy"),
        (SEVEN.replace("01011990", "31021990"), "ngày sinh '31021990' không phải ngày có thật"),
        (SEVEN.replace("01011990", "01012030"), "ngày sinh ở tương lai"),
        (SEVEN.replace("|Nam|", "|X|"), "giới tính phải là Nam hoặc Nữ"),
        (SEVEN.replace("Nguyễn Văn An", "Nguy?n V?n An"), "họ tên có ký tự bị máy quét làm hỏng"),
        (SEVEN.replace("Nguyễn Văn An", "Nguyễn 2 An"), "họ tên chứa ký tự không phải chữ"),
        (SEVEN.replace(ADDRESS, " "), "thiếu nơi thường trú"),
        (SEVEN.replace("15042021", "15041980"), "ngày cấp phải sau ngày sinh"),
        (
            "001090123456|012345678|Nguyễn Văn An|01011990|Nam|x",
            "thiếu trường: mã QR có số CMND nhưng không đủ 7 trường",
        ),
        ("|" * 40, "quá nhiều trường (41)"),
        ("x" * 3000, "nội dung quá dài (3000 ký tự)"),
    ],
)
def test_malformed_text_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(QrFormatError) as caught:
        parse(text)
    assert caught.value.reason.startswith(reason)
    assert caught.value.message.startswith("Mã QR: ")


def test_expiry_follows_the_renewal_ages() -> None:
    birth = dt.date(1990, 1, 1)
    assert cccd_expiry(birth, dt.date(2021, 4, 15)) == dt.date(2030, 1, 1)
    assert cccd_expiry(birth, dt.date(2028, 6, 1)) == dt.date(2050, 1, 1)
    assert cccd_expiry(birth, dt.date(2049, 1, 1)) is None
    assert expiry_candidates(birth, dt.date(2027, 12, 1)) == [
        dt.date(2030, 1, 1), dt.date(2050, 1, 1),
    ]  # fmt: skip


def test_access_keys_from_the_qr() -> None:
    keys = parse(SEVEN).access_keys()
    assert [k.mrz_information() for k in keys] == ["0901234562" + "9001011" + "3001019"]
    with pytest.raises(QrFormatError, match="không có hạn"):
        parse(SEVEN.replace("01011990", "01011950").replace("15042021", "15042020")).access_keys()


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200) | st.lists(st.text(max_size=20), max_size=12).map("|".join))
def test_random_text_gives_only_a_clean_error(text: str) -> None:
    try:
        qr = parse(text)
    except QrFormatError as error:
        assert error.reason
        return
    assert len(qr.id_number) == 12
