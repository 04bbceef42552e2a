"""ICAO 9303-11 Appendix D worked example, reproduced byte for byte."""

from __future__ import annotations

import datetime as dt

from counter.idcard.apdu import CommandApdu, ResponseApdu
from counter.idcard.bac import (
    BacKeys,
    authentication_data,
    initial_ssc,
    open_card_answer,
    session_keys,
)
from counter.idcard.crypto import retail_mac
from counter.idcard.mrz import AccessKey
from counter.idcard.sm import SecureChannel, TripleDesCipher

H = bytes.fromhex
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")


def appendix_keys() -> BacKeys:
    key = AccessKey("L898902C", dt.date(1969, 8, 6), dt.date(1994, 6, 23))
    assert key.mrz_information() == "L898902C<369080619406236"
    return BacKeys.from_access_key(key)


def test_key_seed_and_basic_access_keys() -> None:
    keys = appendix_keys()
    assert keys.seed == H("239AB9CB282DAF66231DC5A4DF6BFBAE")
    assert keys.k_enc == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert keys.k_mac == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_external_authenticate_data() -> None:
    data = authentication_data(appendix_keys(), RND_IFD, RND_IC, K_IFD)
    assert data[:32] == H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2")
    assert data[32:] == H("5F1448EEA8AD90A7")


def test_card_answer_gives_k_ic_and_session_keys() -> None:
    answer = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
    k_ic = open_card_answer(appendix_keys(), answer, RND_IFD, RND_IC)
    assert k_ic == H("0B4F80323EB3191CB04970CB4052790B")
    assert session_keys(K_IFD, k_ic) == (KS_ENC, KS_MAC)
    assert initial_ssc(RND_IC, RND_IFD) == int("887022120C06C226", 16)


def appendix_channel() -> SecureChannel:
    return SecureChannel(TripleDesCipher(KS_ENC, KS_MAC), int("887022120C06C226", 16))


def test_protected_select_read_binary_exchange() -> None:
    channel = appendix_channel()
    select = channel.wrap(CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    assert select.to_bytes() == H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
    answer = channel.unwrap(ResponseApdu.from_bytes(H("990290008E08FA855A5D4C50A8ED9000")))
    assert answer == ResponseApdu(b"", 0x9000)

    read_head = channel.wrap(CommandApdu(0x00, 0xB0, 0x00, 0x00, le=4))
    assert read_head.to_bytes() == H("0CB000000D9701048E08ED6705417E96BA5500")
    head = channel.unwrap(
        ResponseApdu.from_bytes(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))
    )
    assert head.data == H("60145F01")

    read_rest = channel.wrap(CommandApdu(0x00, 0xB0, 0x00, 0x04, le=0x12))
    assert read_rest.to_bytes() == H("0CB000040D9701128E082EA28A70F3C7B53500")
    rest = channel.unwrap(
        ResponseApdu.from_bytes(
            H(
                "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A"
                "990290008E08C8B2787EAEA07D749000"
            )
        )
    )
    assert rest.data == H("04303130365F36063034303030305C026175")


def test_retail_mac_matches_appendix_mutual_authentication() -> None:
    encrypted = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2")
    assert retail_mac(appendix_keys().k_mac, encrypted) == H("5F1448EEA8AD90A7")
