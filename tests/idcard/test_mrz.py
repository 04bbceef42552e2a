"""MRZ: check digits, TD1 and TD3 parsing, BAC inputs, and fuzzing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter.idcard.errors import MrzError
from counter.idcard.mrz import AccessKey, check_digit, parse_mrz
from counter.idcard.virtual.identity import demo_identity, demo_passport
from counter.idcard.virtual.mrz_builder import td1, td3

ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<14"
)


def test_check_digits_of_icao_examples() -> None:
    assert check_digit("D23145890") == "7"
    assert check_digit("740812") == "2"
    assert check_digit("L898902C<") == "3"
    assert check_digit("520727") == "3"


def test_td1_example_parses() -> None:
    mrz = parse_mrz(ICAO_TD1)
    assert (mrz.format, mrz.document_code, mrz.issuing_state) == ("TD1", "I", "UTO")
    assert mrz.document_number == "D23145890"
    assert mrz.birth_date == dt.date(1974, 8, 12)
    assert mrz.expiry_date == dt.date(2012, 4, 15)
    assert (mrz.surname, mrz.given_names, mrz.sex) == ("ERIKSSON", "ANNA MARIA", "F")


def test_td3_example_parses() -> None:
    mrz = parse_mrz(ICAO_TD3)
    assert mrz.format == "TD3"
    assert mrz.document_number == "L898902C"
    assert mrz.nationality == "UTO"
    assert mrz.optional_data == "ZE184226B"
    assert mrz.birth_date == dt.date(1969, 8, 6)
    assert mrz.access_key().mrz_information() == "L898902C<369080619406236"


def test_td1_accepted_as_one_line_of_90() -> None:
    assert parse_mrz(ICAO_TD1.replace("\n", "")).document_number == "D23145890"


@pytest.mark.parametrize(
    ("position", "message"),
    [
        (14, "sai số kiểm tra của số giấy tờ"),
        (31 + 6, "sai số kiểm tra của ngày sinh"),
        (31 + 14, "sai số kiểm tra của ngày hết hạn"),
        (31 + 29, "sai số kiểm tra của toàn dòng (composite)"),
    ],
)
def test_each_wrong_check_digit_is_named(position: int, message: str) -> None:
    text = list(ICAO_TD1)
    text[position] = "0" if text[position] != "0" else "1"
    with pytest.raises(MrzError) as caught:
        parse_mrz("".join(text))
    assert caught.value.reason.startswith(message)


def test_wrong_shape_is_explained() -> None:
    with pytest.raises(MrzError, match=r"không phải TD1 \(3×30\) hay TD3 \(2×44\).*30\+30"):
        parse_mrz(ICAO_TD1.rsplit("\n", 1)[0])
    with pytest.raises(MrzError, match="chữ in hoa"):
        parse_mrz(ICAO_TD1.replace("ERIKSSON", "ERIK*SON"))


def test_cccd_access_key_uses_last_nine_digits() -> None:
    key = AccessKey.from_id_number("001090123456", dt.date(1990, 1, 31), dt.date(2030, 1, 31))
    assert key.document_number == "090123456"
    assert key.mrz_information() == "0901234562" + "9001310" + "3001318"
    with pytest.raises(MrzError, match="12 chữ số"):
        AccessKey.from_id_number("00109012345", dt.date(1990, 1, 31), dt.date(2030, 1, 31))


def test_virtual_cccd_mrz_follows_the_vietnamese_layout() -> None:
    person = demo_identity(3)
    text = td1(person)
    line1 = text[:30]
    assert line1.startswith("IDVNM" + person.id_number[-9:])
    assert line1[15:27] == person.id_number and line1[27:29] == "<<"
    mrz = parse_mrz(text)
    assert mrz.document_number == person.id_number[-9:]
    assert mrz.birth_date == person.birth_date
    assert mrz.expiry_date == person.expiry_date
    assert "<" not in mrz.surname and mrz.surname.isascii()


def test_virtual_passport_mrz_round_trips() -> None:
    person = demo_passport(4)
    mrz = parse_mrz(td3(person))
    assert (mrz.format, mrz.document_number) == ("TD3", person.passport_number)
    assert mrz.optional_data == person.id_number


MRZ_ALPHABET = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<\n")


@settings(max_examples=300, deadline=None)
@given(st.text(MRZ_ALPHABET, max_size=100) | st.text(max_size=100))
def test_random_text_gives_only_a_clean_error(text: str) -> None:
    try:
        mrz = parse_mrz(text)
    except MrzError as error:
        assert error.reason
        return
    assert (mrz.format, len("".join(text.split()))) in (("TD1", 90), ("TD3", 88))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 89), st.sampled_from("0123456789<AZ"))
def test_mutated_td1_is_either_valid_or_a_clean_error(index: int, char: str) -> None:
    flat = ICAO_TD1.replace("\n", "")
    mutated = flat[:index] + char + flat[index + 1 :]
    try:
        mrz = parse_mrz(mutated)
    except MrzError as error:
        assert error.reason
        return
    original = parse_mrz(ICAO_TD1)
    if index in CHECKED_BY_COMPOSITE:
        # A change inside the composite check passes only if the check digits cannot see
        # it: a character of the same value modulo 10 ('<' and 'A' weigh as '0').
        assert _mrz_value(char) % 10 == _mrz_value(flat[index]) % 10, (index, char)
    else:
        assert (mrz.document_number, mrz.birth_date, mrz.expiry_date) == (
            original.document_number, original.birth_date, original.expiry_date)


# TD1 positions (0-89, lines joined) that the composite check digit covers, itself included.
CHECKED_BY_COMPOSITE = frozenset(range(5, 30)) | frozenset(range(30, 37)) | frozenset(
    range(38, 45)) | frozenset(range(48, 60))


def _mrz_value(char: str) -> int:
    if char == "<":
        return 0
    return int(char) if char.isdigit() else ord(char) - ord("A") + 10
