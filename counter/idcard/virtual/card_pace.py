"""The chip's side of PACE (ECDH generic mapping, brainpoolP256r1, AES-128)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from counter.idcard import tlv
from counter.idcard.apdu import (
    SW_AUTH_FAILED,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_OK,
    SW_WRONG_P1P2,
    CommandApdu,
    ResponseApdu,
)
from counter.idcard.crypto import aes_ecb_encrypt
from counter.idcard.ecc import BRAINPOOL_P256R1, Point
from counter.idcard.errors import TlvError
from counter.idcard.mrz import AccessKey
from counter.idcard.pace import (
    CAN_PASSWORD,
    MRZ_PASSWORD,
    PACE_ECDH_GM_AES_128,
    PacePassword,
    authentication_token,
    map_generator,
    session_keys,
    shared_secret,
    token_matches,
)
from counter.idcard.sm import AesCipher
from counter.idcard.virtual.card_sm import CardChannel

PARAMETER_ID = 13
CURVE = BRAINPOOL_P256R1
OID = tlv.oid_bytes(PACE_ECDH_GM_AES_128)


def encode_card_access() -> bytes:
    """EF.CardAccess offering PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1."""
    info = (
        tlv.encode(0x06, OID) + tlv.encode(0x02, b"\x02") + tlv.encode(0x02, bytes([PARAMETER_ID]))
    )
    return tlv.encode(0x31, tlv.encode(0x30, info))


def dynamic_data(data: bytes) -> dict[int, bytes] | None:
    try:
        return {i.tag: i.value for i in tlv.parse_one(data, 0x7C).children}
    except TlvError:
        return None


def reply(tag: int, value: bytes) -> ResponseApdu:
    return ResponseApdu(tlv.encode(0x7C, tlv.encode(tag, value)), SW_OK)


@dataclass
class PaceResponder:
    """One PACE run; ``channel`` is set once the terminal's token checked out."""

    passwords: dict[int, PacePassword]
    random: Callable[[int], bytes] = os.urandom
    draw_scalar: Callable[[], int] = CURVE.random_scalar
    password: PacePassword | None = None
    step: int = 0
    nonce: int = 0
    generator: Point = None
    own_key: int = 0
    own_public: bytes = b""
    keys: tuple[bytes, bytes] | None = None
    terminal_public: bytes = b""
    channel: CardChannel | None = field(default=None, repr=False)

    @classmethod
    def for_card(cls, key: AccessKey) -> PaceResponder:
        passwords = {MRZ_PASSWORD: PacePassword.mrz(key)}
        if key.can:
            passwords[CAN_PASSWORD] = PacePassword.can(key.can)
        return cls(passwords)

    def set_template(self, command: CommandApdu) -> ResponseApdu:
        objects = dynamic_data(tlv.encode(0x7C, command.data)) or {}
        reference = objects.get(0x83, b"\x00")[0]
        if (command.p1, command.p2) != (0xC1, 0xA4) or objects.get(0x80) != OID:
            return ResponseApdu(b"", SW_WRONG_P1P2)
        if reference not in self.passwords:
            return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
        self.password, self.step, self.channel = self.passwords[reference], 1, None
        return ResponseApdu(b"", SW_OK)

    def general_authenticate(self, command: CommandApdu) -> ResponseApdu:
        objects = dynamic_data(command.data)
        if self.password is None or objects is None:
            return ResponseApdu(b"", SW_CONDITIONS_NOT_SATISFIED)
        handlers = {1: self.send_nonce, 2: self.map_generator, 3: self.agree, 4: self.confirm}
        try:
            answer = handlers[self.step](objects)
        except (KeyError, ValueError):
            answer = None
        if answer is None:
            self.password, self.step = None, 0
            return ResponseApdu(b"", SW_AUTH_FAILED)
        self.step += 1
        return answer

    def send_nonce(self, objects: dict[int, bytes]) -> ResponseApdu:
        assert self.password is not None
        nonce = self.random(16)
        self.nonce = int.from_bytes(nonce, "big")
        return reply(0x80, aes_ecb_encrypt(self.password.key(), nonce))

    def map_generator(self, objects: dict[int, bytes]) -> ResponseApdu:
        terminal = CURVE.decode(objects[0x81])
        map_key = self.draw_scalar()
        self.generator = map_generator(CURVE, self.nonce, map_key, terminal)
        return reply(0x82, CURVE.encode(CURVE.multiply(map_key, CURVE.g)))

    def agree(self, objects: dict[int, bytes]) -> ResponseApdu:
        terminal = objects[0x83]
        self.own_key = self.draw_scalar()
        self.own_public = CURVE.encode(CURVE.multiply(self.own_key, self.generator))
        if terminal == self.own_public:
            raise ValueError("reflected key")
        self.keys = session_keys(shared_secret(CURVE, self.own_key, CURVE.decode(terminal)))
        self.terminal_public = terminal
        return reply(0x84, self.own_public)

    def confirm(self, objects: dict[int, bytes]) -> ResponseApdu | None:
        assert self.keys is not None
        ks_enc, ks_mac = self.keys
        if not token_matches(objects[0x85], authentication_token(ks_mac, OID, self.own_public)):
            return None
        self.channel = CardChannel(AesCipher(ks_enc, ks_mac), 0)
        return reply(0x86, authentication_token(ks_mac, OID, self.terminal_public))
