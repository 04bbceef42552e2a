"""Full reads of the virtual card in-process: results, APDU counts, and every failure."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counter.idcard.errors import (
    AccessDeniedError,
    CardProtocolError,
    CardRemovedError,
    NotIcaoCardError,
    SecureMessagingError,
)
from counter.idcard.lds import DG13
from counter.idcard.mrz import AccessKey
from counter.idcard.reading import ReadOptions, read_identity
from counter.idcard.result import result_to_dict
from counter.idcard.session import ReadSettings
from counter.idcard.trust import TrustStore
from counter.idcard.virtual.card import CardQuirks, VirtualCard
from counter.idcard.virtual.factory import access_key_of, make_card
from counter.idcard.virtual.identity import VirtualIdentity
from counter.idcard.virtual.pki import TestPki
from counter.idcard.virtual.transport import CardSlot, InProcessTransport


class Tampering:
    """Passes APDUs to the card and lets a test change the n-th response."""

    def __init__(self, card: VirtualCard, change: Callable[[int, bytes], bytes]) -> None:
        self.inner = InProcessTransport(CardSlot(card))
        self.change = change
        self.count = 0

    def transmit(self, apdu: bytes) -> bytes:
        self.count += 1
        return self.change(self.count, self.inner.transmit(apdu))

    def reset(self) -> None:
        self.inner.reset()

    def close(self) -> None:
        self.inner.close()


def read(card: VirtualCard, key: AccessKey, trust: TrustStore, **options: object):  # type: ignore[no-untyped-def]
    return read_identity(InProcessTransport(CardSlot(card)), key, trust, ReadOptions(**options))  # type: ignore[arg-type]


def test_cccd_read_gives_mrz_dg13_photo_and_a_verified_chip(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    result = read(card, access_key_of(citizen), trust)
    assert result.mrz.document_number == citizen.id_number[-9:]
    assert result.mrz.birth_date == citizen.birth_date
    assert result.vn is not None
    assert result.vn.full_name == citizen.full_name
    assert result.vn.place_of_residence == citizen.place_of_residence
    assert result.vn.father_name == citizen.father_name
    assert result.photo is not None
    assert (result.photo.format, result.photo.width, result.photo.height) == ("jpeg", 240, 320)
    pa = result.passive_authentication
    assert (pa.status, pa.checked_groups) == ("verified", (1, 2, 13))
    assert result.apdus == result.apdus_minimum == card.commands
    assert result.block_size == 0xDF
    data = result_to_dict(result)
    assert data["mrz"]["birth_date"] == citizen.birth_date.isoformat()  # type: ignore[index]
    assert data["vn"]["id_number"] == citizen.id_number  # type: ignore[index]


def test_read_without_photo_skips_dg2(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    result = read(card, access_key_of(citizen), trust, include_photo=False)
    assert result.photo is None
    assert result.passive_authentication.checked_groups == (1, 13)
    assert [f.name for f in result.files] == ["EF.COM", "DG1", "DG13", "EF.SOD"]
    assert result.apdus == result.apdus_minimum


def test_passport_read(traveller: VirtualIdentity, pki: TestPki, trust: TrustStore) -> None:
    result = read(make_card(traveller, pki), access_key_of(traveller), trust)
    assert (result.mrz.format, result.mrz.document_number) == ("TD3", traveller.passport_number)
    assert result.vn is None
    assert result.passive_authentication.status == "verified"


def test_security_groups_are_read_when_asked(
    citizen: VirtualIdentity, pki: TestPki, trust: TrustStore
) -> None:
    card = make_card(citizen, pki, active_authentication_key=True)
    plain = read(card, access_key_of(citizen), trust, include_photo=False)
    assert plain.passive_authentication.checked_groups == (1, 13)
    full = read(card, access_key_of(citizen), trust, include_security_groups=True)
    assert full.passive_authentication.checked_groups == (1, 2, 13, 15)
    assert full.passive_authentication.status == "verified"
    assert full.apdus == full.apdus_minimum


def test_jpeg2000_photo(citizen: VirtualIdentity, pki: TestPki, trust: TrustStore) -> None:
    card = make_card(citizen, pki, photo_format="jpeg2000")
    photo = read(card, access_key_of(citizen), trust).photo
    assert photo is not None and (photo.format, photo.width) == ("jpeg2000", 240)


def test_chip_without_short_file_ids_is_read_with_selects(
    citizen: VirtualIdentity, pki: TestPki, trust: TrustStore
) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(short_file_ids=False))
    result = read(card, access_key_of(citizen), trust)
    assert result.passive_authentication.status == "verified"
    assert all(f.selected for f in result.files)
    assert result.apdus == result.apdus_minimum + 1  # the one refused SFI read


def test_too_large_block_falls_back_to_the_safe_block(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    result = read(card, access_key_of(citizen), trust, settings=ReadSettings(block_size=0xFF))
    assert result.block_size == 0xDF
    assert result.passive_authentication.status == "verified"
    assert result.apdus == result.apdus_minimum + 1  # one 6700 answer


def test_wrong_length_hint_6cxx_sets_the_block(
    citizen: VirtualIdentity, pki: TestPki, trust: TrustStore
) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(max_read=0x80))
    result = read(card, access_key_of(citizen), trust)
    assert result.block_size == 0x80
    assert result.passive_authentication.status == "verified"
    assert result.apdus == result.apdus_minimum + 1  # the one 6C80 answer


def test_extended_length_reads_need_fewer_apdus(
    citizen: VirtualIdentity, pki: TestPki, trust: TrustStore
) -> None:
    card = make_card(citizen, pki, quirks=CardQuirks(extended_length=True))
    short = read(card, access_key_of(citizen), trust)
    extended = read(
        card, access_key_of(citizen), trust, settings=ReadSettings(extended_block_size=0x400)
    )
    assert extended.block_size == 0x400
    assert extended.apdus == extended.apdus_minimum < short.apdus
    assert extended.photo == short.photo


def test_extended_length_refused_falls_back(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    result = read(
        card, access_key_of(citizen), trust, settings=ReadSettings(extended_block_size=0x400)
    )
    assert result.block_size == 0xDF
    assert result.passive_authentication.status == "verified"


def test_wrong_bac_key_asks_to_check_the_inputs(
    card: VirtualCard, citizen: VirtualIdentity
) -> None:
    wrong = AccessKey(
        citizen.document_number, citizen.birth_date.replace(day=2), citizen.expiry_date
    )
    with pytest.raises(AccessDeniedError) as caught:
        read(card, wrong, TrustStore.empty())
    assert caught.value.message == (
        "Thẻ từ chối khóa truy cập (BAC). Kiểm tra lại số định danh (số giấy tờ), "
        "ngày sinh và ngày hết hạn."
    )
    assert caught.value.detail == "EXTERNAL AUTHENTICATE SW 6300"


def test_several_keys_are_tried_in_order(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    wrong = AccessKey(
        citizen.document_number, citizen.birth_date, citizen.expiry_date.replace(year=2099)
    )
    result = read_identity(
        InProcessTransport(CardSlot(card)), [wrong, access_key_of(citizen)], trust
    )
    assert result.passive_authentication.status == "verified"
    assert result.apdus == result.apdus_minimum


def test_card_removed_mid_read(card: VirtualCard, citizen: VirtualIdentity) -> None:
    slot = CardSlot(card)

    def pull_card(name: str, done: int, total: int) -> None:
        if name == "DG2" and done > 1000:
            slot.remove()

    with pytest.raises(CardRemovedError) as caught:
        read_identity(
            InProcessTransport(slot), access_key_of(citizen), TrustStore.empty(), progress=pull_card
        )
    assert caught.value.message.startswith("Thẻ đã bị rút ra khỏi đầu đọc trong khi đang đọc.")


def test_non_icao_card(citizen: VirtualIdentity) -> None:
    class JavaCard:
        def transmit(self, apdu: bytes) -> bytes:
            return bytes.fromhex("6A82")

        def reset(self) -> None:
            """A card without state."""

        def close(self) -> None:
            """Nothing to release."""

    with pytest.raises(NotIcaoCardError) as caught:
        read_identity(JavaCard(), access_key_of(citizen), TrustStore.empty())
    assert caught.value.detail == "SELECT eMRTD AID: SW 6A82"
    assert "không phải thẻ căn cước/hộ chiếu gắn chip" in caught.value.message


FIRST_PROTECTED_RESPONSE = 4  # SELECT AID, GET CHALLENGE, EXTERNAL AUTHENTICATE, then EF.COM


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (
            lambda r: r[:1],
            CardProtocolError,
            "Thẻ trả lời thiếu mã trạng thái (phản hồi bị cắt cụt).",
        ),
        (lambda r: b"\x90\x00", SecureMessagingError, "Phản hồi thành công nhưng không có MAC."),
        (
            lambda r: r[:10] + r[-2:],
            SecureMessagingError,
            "Phản hồi bảo mật (secure messaging) không đọc được.",
        ),
        (lambda r: r[:-12] + r[-2:], SecureMessagingError, "Phản hồi thiếu DO99 hoặc DO8E."),
        (
            lambda r: r[:5] + bytes([r[5] ^ 1]) + r[6:],
            SecureMessagingError,
            "Mã xác thực (MAC) của phản hồi sai: dữ liệu có thể bị sửa trên đường truyền.",
        ),
    ],
    ids=["status-cut", "mac-stripped", "objects-cut", "mac-cut", "bit-flipped"],
)
def test_damaged_protected_responses(
    card: VirtualCard,
    citizen: VirtualIdentity,
    change: Callable[[bytes], bytes],
    error: type[Exception],
    message: str,
) -> None:
    transport = Tampering(card, lambda n, r: change(r) if n == FIRST_PROTECTED_RESPONSE else r)
    with pytest.raises(error) as caught:
        read_identity(transport, access_key_of(citizen), TrustStore.empty())
    assert caught.value.message == message  # type: ignore[attr-defined]


def test_tampered_dg13_is_shown_but_fails_passive_authentication(
    card: VirtualCard, citizen: VirtualIdentity, trust: TrustStore
) -> None:
    original = card.files.by_fid(DG13.fid)
    assert original is not None
    card.files.replace(DG13, original.replace(citizen.id_number.encode(), b"999999999999"))
    result = read(card, access_key_of(citizen), trust)
    assert result.vn is not None and result.vn.id_number == "999999999999"
    pa = result.passive_authentication
    assert (pa.status, pa.reason) == (
        "failed",
        "DG13: giá trị băm không khớp EF.SOD (dữ liệu đã bị thay đổi)",
    )
