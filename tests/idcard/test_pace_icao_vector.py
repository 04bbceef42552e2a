"""PACE checked against the published worked example, not only against our own virtual card.

ICAO Doc 9303 Part 11 (8th edition, 2021), Appendix G.1 "ECDH based example": PACE with
ECDH generic mapping, AES-128 (id-PACE-ECDH-GM-AES-CBC-CMAC-128) on brainpoolP256r1,
MRZ password of document T22000129, born 1964-08-12, expiring 2010-10-31.

The values below are those of that appendix. They were taken from, and agree between, two
independent open-source implementations whose test suites replay the example:
- gmrtd/gmrtd, pace/pace_test.go (TestDecryptNonce, TestDoGenericMappingEC, TestBuild7F49,
  TestDoPace_GM_ECDH: the full APDU transcript and the session keys);
- g0ddest/javacard-express, IcaoAppendixG1PaceTest (every intermediate value: K, Kπ, H,
  G', both DH public keys, the shared secret, the session keys and both tokens).
The chip's key-agreement private key (only needed for the chip side) is from the appendix
as quoted by a third suite; it is checked here by reproducing the chip's published public key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator

import pytest

from counter.idcard import tlv
from counter.idcard.apdu import INS_GENERAL_AUTHENTICATE, INS_MSE, CommandApdu, ResponseApdu
from counter.idcard.ecc import BRAINPOOL_P256R1 as CURVE
from counter.idcard.errors import SecureMessagingError
from counter.idcard.mrz import AccessKey
from counter.idcard.pace import (
    MRZ_PASSWORD,
    PACE_ECDH_GM_AES_128,
    PaceInfo,
    PacePassword,
    authentication_token,
    decrypt_nonce,
    map_generator,
    perform_pace,
    public_key_object,
    session_keys,
    shared_secret,
)
from counter.idcard.sm import AesCipher
from counter.idcard.virtual.card_pace import PaceResponder

H = bytes.fromhex
KEY = AccessKey("T22000129", dt.date(1964, 8, 12), dt.date(2010, 10, 31))
MRZ_INFORMATION = "T22000129364081251010318"
K = H("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD")  # SHA-1 of the MRZ information
K_PI = H("89DED1B26624EC1E634C1989302849DD")
NONCE_Z = H("95A3A016522EE98D01E76CB6B98B42C3")  # encrypted nonce sent by the chip
NONCE_S = H("3F00C4D39D153F2B2A214A078D899B22")
SK_MAP_IFD = 0x7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99
PK_MAP_IFD = H("047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
               "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D")
SK_MAP_IC = 0x498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560
PK_MAP_IC = H("04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
              "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54")
H_POINT = H("0460332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5"
            "0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181")
MAPPED_G = H("048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
             "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522")
SK_DH_IFD = 0xA73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595
PK_DH_IFD = H("042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
              "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462")
SK_DH_IC = 0x107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A
PK_DH_IC = H("049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
             "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094")
SHARED_SECRET = H("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925")
KS_ENC = H("F5F0E35C0D7161EE6724EE513A0D9A7F")
KS_MAC = H("FE251C7858B356B24514B3BD5F4297D1")
T_IFD_INPUT = H("7F494F060A04007F000702020402028641049E880F842905B8B3181F7AF7CAA9F0EF"
                "B743847F44A306D2D28C1D9EC65DF6DB7764B22277A2EDDC3C265A9F018F9CB852E1"
                "11B768B326904B59A0193776F094")
T_IFD = H("C2B0BD78D94BA866")
T_IC = H("3ABB9674BCE93C08")
OID = tlv.oid_bytes(PACE_ECDH_GM_AES_128)
INFO = PaceInfo(PACE_ECDH_GM_AES_128, 2, 13)

# The appendix's exchange. Our MSE:Set AT also names the domain parameters (tag 84 = 0x0D),
# which 9303-11 §4.4.4.1 allows; the rest is byte for byte the published transcript.
TRANSCRIPT = [
    ("0022C1A412800A04007F0007020204020283010184010D", "9000"),
    ("10860000027C0000", "7C128010" + NONCE_Z.hex() + "9000"),
    ("10860000457C438141" + PK_MAP_IFD.hex() + "00", "7C438241" + PK_MAP_IC.hex() + "9000"),
    ("10860000457C438341" + PK_DH_IFD.hex() + "00", "7C438441" + PK_DH_IC.hex() + "9000"),
    ("008600000C7C0A8508" + T_IFD.hex() + "00", "7C0A8608" + T_IC.hex() + "9000"),
]


def point(encoded: bytes) -> tuple[int, int]:
    return CURVE.decode(encoded)


def fixed(*scalars: int) -> Callable[[], int]:
    keys: Iterator[int] = iter(scalars)
    return lambda: next(keys)


def test_password_key_from_the_mrz() -> None:
    assert KEY.mrz_information() == MRZ_INFORMATION
    password = PacePassword.mrz(KEY)
    assert password.reference == MRZ_PASSWORD
    assert password.secret == K == hashlib.sha1(MRZ_INFORMATION.encode("ascii")).digest()
    assert password.key() == K_PI


def test_nonce_decryption() -> None:
    assert decrypt_nonce(PacePassword.mrz(KEY), NONCE_Z) == int.from_bytes(NONCE_S, "big")


def test_generic_mapping_on_both_sides() -> None:
    s = int.from_bytes(NONCE_S, "big")
    assert CURVE.encode(CURVE.multiply(SK_MAP_IFD, CURVE.g)) == PK_MAP_IFD
    assert CURVE.encode(CURVE.multiply(SK_MAP_IC, CURVE.g)) == PK_MAP_IC
    assert CURVE.encode(CURVE.multiply(SK_MAP_IFD, point(PK_MAP_IC))) == H_POINT
    assert CURVE.encode(map_generator(CURVE, s, SK_MAP_IFD, point(PK_MAP_IC))) == MAPPED_G
    assert CURVE.encode(map_generator(CURVE, s, SK_MAP_IC, point(PK_MAP_IFD))) == MAPPED_G


def test_key_agreement_session_keys_and_tokens() -> None:
    generator = point(MAPPED_G)
    assert CURVE.encode(CURVE.multiply(SK_DH_IFD, generator)) == PK_DH_IFD
    assert CURVE.encode(CURVE.multiply(SK_DH_IC, generator)) == PK_DH_IC
    assert shared_secret(CURVE, SK_DH_IFD, point(PK_DH_IC)) == SHARED_SECRET
    assert shared_secret(CURVE, SK_DH_IC, point(PK_DH_IFD)) == SHARED_SECRET
    assert session_keys(SHARED_SECRET) == (KS_ENC, KS_MAC)
    assert public_key_object(OID, PK_DH_IC) == T_IFD_INPUT
    assert authentication_token(KS_MAC, OID, PK_DH_IC) == T_IFD
    assert authentication_token(KS_MAC, OID, PK_DH_IFD) == T_IC


class ScriptedChip:
    """Plays the chip's published answers and checks each command we send against the script."""

    def __init__(self, script: list[tuple[str, str]]) -> None:
        self.script = list(script)
        self.sent: list[str] = []

    def __call__(self, command: CommandApdu) -> ResponseApdu:
        expected, answer = self.script.pop(0)
        self.sent.append(command.to_bytes().hex().upper())
        assert self.sent[-1] == expected.upper()
        return ResponseApdu.from_bytes(H(answer))


def test_terminal_replays_the_published_transcript() -> None:
    chip = ScriptedChip(TRANSCRIPT)
    channel = perform_pace(chip, PacePassword.mrz(KEY), INFO,
                           draw_scalar=fixed(SK_MAP_IFD, SK_DH_IFD))
    assert chip.script == []
    assert len(chip.sent) == len(TRANSCRIPT)
    assert isinstance(channel.cipher, AesCipher)
    assert (channel.cipher.ks_enc, channel.cipher.ks_mac, channel.ssc) == (KS_ENC, KS_MAC, 0)


def test_a_wrong_chip_token_is_refused() -> None:
    forged = list(TRANSCRIPT)
    forged[-1] = (forged[-1][0], "7C0A8608" + bytes(8).hex() + "9000")
    with pytest.raises(SecureMessagingError, match="Mã xác thực PACE của thẻ sai"):
        perform_pace(ScriptedChip(forged), PacePassword.mrz(KEY), INFO,
                     draw_scalar=fixed(SK_MAP_IFD, SK_DH_IFD))


def test_virtual_chip_gives_the_published_answers() -> None:
    """The virtual card shares the step functions: with the chip's keys of the example it
    answers exactly as the appendix, so tests against it test the standard's arithmetic."""
    chip = PaceResponder({MRZ_PASSWORD: PacePassword.mrz(KEY)}, random=lambda size: NONCE_S,
                         draw_scalar=fixed(SK_MAP_IC, SK_DH_IC))

    handlers = {INS_MSE: chip.set_template, INS_GENERAL_AUTHENTICATE: chip.general_authenticate}
    chip_view = ScriptedChip(TRANSCRIPT)

    def checked(command: CommandApdu) -> ResponseApdu:
        answer = handlers[command.ins](command)
        assert answer == chip_view(command)
        return answer

    channel = perform_pace(checked, PacePassword.mrz(KEY), INFO,
                           draw_scalar=fixed(SK_MAP_IFD, SK_DH_IFD))
    assert chip_view.script == []
    assert chip.channel is not None
    assert isinstance(channel.cipher, AesCipher)
    assert (channel.cipher.ks_enc, channel.cipher.ks_mac) == (KS_ENC, KS_MAC)
