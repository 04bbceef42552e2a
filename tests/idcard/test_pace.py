"""PACE (CAN or MRZ, ECDH generic mapping on brainpoolP256r1, AES) against the virtual chip.

Here PACE runs against our own card-side implementation and the curve arithmetic is
checked against ``cryptography``; test_pace_icao_vector.py replays the published
ICAO 9303-11 Appendix G.1 worked example.
"""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from counter.idcard import tlv
from counter.idcard.access_keys import MissingAccessError, chip_access_keys
from counter.idcard.ecc import BRAINPOOL_P256R1 as CURVE
from counter.idcard.errors import (
    AccessDeniedError,
    AccessUnavailableError,
    CardDataError,
    MrzError,
    PaceUnavailableError,
    SecureMessagingError,
)
from counter.idcard.mrz import AccessKey
from counter.idcard.pace import PACE_ECDH_GM_AES_128, PaceInfo, parse_card_access
from counter.idcard.reading import read_identity
from counter.idcard.result import CardReadResult
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.card import CardQuirks, VirtualCard
from counter.idcard.virtual.card_pace import encode_card_access
from counter.idcard.virtual.factory import access_key_of, make_card
from counter.idcard.virtual.identity import VirtualIdentity
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.transport import CardSlot, InProcessTransport

from .test_read import Tampering


def test_curve_arithmetic_matches_cryptography() -> None:
    assert CURVE.contains(CURVE.g)
    assert CURVE.add(CURVE.multiply(CURVE.n - 1, CURVE.g), CURVE.g) is None
    key = ec.generate_private_key(ec.BrainpoolP256R1())
    numbers = key.public_key().public_numbers()
    assert CURVE.multiply(key.private_numbers().private_value, CURVE.g) == (numbers.x, numbers.y)
    assert CURVE.decode(CURVE.encode(CURVE.g)) == CURVE.g
    x, y = CURVE.g
    with pytest.raises(ValueError, match="not on the curve"):
        CURVE.decode(CURVE.encode((x, y + 1)))


def test_card_access_lists_the_pace_it_offers() -> None:
    assert parse_card_access(encode_card_access()) == [PaceInfo(PACE_ECDH_GM_AES_128, 2, 13)]
    other = tlv.encode(0x30, tlv.encode(0x06, tlv.oid_bytes("0.4.0.127.0.7.2.2.3.2.4")))
    assert parse_card_access(tlv.encode(0x31, other)) == []
    with pytest.raises(CardDataError, match=r"EF\.CardAccess không đọc được"):
        parse_card_access(b"\x31\x05\x30")


def read(card: VirtualCard, key: AccessKey, trust: TrustStore) -> CardReadResult:
    return read_identity(InProcessTransport(CardSlot(card)), key, trust)


def test_chip_without_bac_is_read_with_the_can(
    citizen: VirtualIdentity, pki: TestPki, trust: TrustStore
) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(bac=False))
    result = read(card, access_key_of(citizen), trust)
    assert result.access_method == "PACE-CAN"
    assert result.vn is not None and result.vn.full_name == citizen.full_name
    assert result.passive_authentication.status == "verified"
    assert result.apdus == result.apdus_minimum
    assert result.files[0].name == "EF.CardAccess"


def test_passport_without_bac_uses_the_mrz_as_pace_password(
    traveller: VirtualIdentity, pki: TestPki, trust: TrustStore
) -> None:
    card = make_card(traveller, pki, quirks=CardQuirks(bac=False))
    result = read(card, access_key_of(traveller), trust)
    assert result.access_method == "PACE-MRZ"
    assert result.mrz.document_number == traveller.passport_number


def test_wrong_dates_but_right_id_number_are_rescued_by_the_can(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    typed = AccessKey.from_id_number(citizen.id_number, citizen.birth_date, citizen.birth_date)
    result = read(card, typed, trust)
    assert result.access_method == "PACE-CAN"
    assert result.mrz.expiry_date == citizen.expiry_date


def test_wrong_id_number_is_refused_naming_the_can(
    card: VirtualCard, citizen: VirtualIdentity
) -> None:
    typed = AccessKey.from_id_number(
        citizen.id_number[:-6] + "000000", citizen.birth_date, citizen.expiry_date
    )
    with pytest.raises(AccessDeniedError) as caught:
        read(card, typed, TrustStore.empty())
    assert caught.value.method == "PACE-CAN"
    assert caught.value.message == (
        "Thẻ từ chối mã CAN (PACE). Kiểm tra lại số định danh: mã CAN là 6 chữ số cuối."
    )
    assert caught.value.detail == "GENERAL AUTHENTICATE SW 6300"


def test_without_pace_the_bac_refusal_stands(citizen: VirtualIdentity, pki: TestPki) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(pace=False))
    typed = AccessKey.from_id_number(citizen.id_number, citizen.birth_date, citizen.birth_date)
    with pytest.raises(AccessDeniedError) as caught:
        read(card, typed, TrustStore.empty())
    assert caught.value.method == "BAC"


def test_neither_bac_nor_pace(citizen: VirtualIdentity, pki: TestPki) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(bac=False, pace=False))
    with pytest.raises(AccessUnavailableError, match="Thẻ không hỗ trợ BAC"):
        read(card, access_key_of(citizen), TrustStore.empty())


def test_a_flipped_bit_under_aes_secure_messaging_is_caught(
    citizen: VirtualIdentity, pki: TestPki
) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(bac=False))
    seen = {"protected": 0}

    def flip_first_file_read(count: int, response: bytes) -> bytes:
        if response[:1] == b"\x87":
            seen["protected"] += 1
            if seen["protected"] == 1:
                return response[:5] + bytes([response[5] ^ 0x40]) + response[6:]
        return response

    with pytest.raises(SecureMessagingError, match=r"Mã xác thực \(MAC\) của phản hồi sai"):
        read_identity(
            Tampering(card, flip_first_file_read), access_key_of(citizen), TrustStore.empty()
        )


def test_the_id_number_alone_opens_a_cccd_by_pace_with_its_can(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    [key] = chip_access_keys(id_number=citizen.id_number)
    assert key == AccessKey.from_can(citizen.id_number[-6:]) and not key.bac
    result = read(card, key, trust)
    assert result.access_method == "PACE-CAN"
    assert result.vn is not None and result.vn.full_name == citizen.full_name
    assert result.passive_authentication.status == "verified"


def test_a_wrong_can_alone_is_refused_naming_the_can(
    card: VirtualCard, citizen: VirtualIdentity
) -> None:
    with pytest.raises(AccessDeniedError) as caught:
        read(card, AccessKey.from_can("000000"), TrustStore.empty())
    assert caught.value.method == "PACE-CAN"


def test_the_can_alone_on_a_chip_without_pace_asks_for_the_printed_dates(
    citizen: VirtualIdentity, pki: TestPki
) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(pace=False))
    with pytest.raises(PaceUnavailableError, match="cần thêm ngày sinh và hạn thẻ"):
        read(card, AccessKey.from_can(citizen.id_number[-6:]), TrustStore.empty())


@pytest.mark.parametrize(("typed", "missing"), [
    ({}, ["id_number"]),
    ({"document_number": "C1234567"}, ["birth_date", "expiry"]),
    ({"document_number": "C1234567", "birth": date(1990, 1, 31)}, ["expiry"]),
    ({"id_number": "0010901234"}, ["birth_date", "expiry"]),  # not 12 digits: no CAN
])
def test_what_is_missing_to_open_the_chip_is_named_in_order(
    typed: dict, missing: list[str]  # type: ignore[type-arg]
) -> None:
    with pytest.raises(MissingAccessError) as caught:
        chip_access_keys(**typed)
    assert caught.value.missing == missing
    assert "quét mã QR trên thẻ." in caught.value.message


def test_a_can_must_be_six_digits() -> None:
    with pytest.raises(MrzError, match="6 chữ số"):
        AccessKey.from_can("12345")
