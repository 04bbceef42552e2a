"""PACE (ICAO 9303-11 §4.4): ECDH generic mapping on brainpoolP256r1 with AES-128.

The password is the CAN (on a CCCD the last 6 digits of the ID number) or
the MRZ information. The chip's encrypted nonce ``s`` is decrypted with
Kπ, both sides map the generator to G' = s·G + H with an ECDH exchange,
agree on a key over G', and prove it with CMAC tokens over each other's
ephemeral public key. Secure messaging then uses AES with SSC = 0.
EF.CardAccess (read before any authentication) says which PACE the chip offers.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass

from counter.idcard import tlv
from counter.idcard.apdu import (
    INS_GENERAL_AUTHENTICATE,
    INS_MSE,
    SW_AUTH_FAILED,
    SW_SECURITY_NOT_SATISFIED,
    CommandApdu,
    ResponseApdu,
)
from counter.idcard.crypto import aes_cmac, aes_ecb_decrypt, kdf_aes128
from counter.idcard.ecc import STANDARD_PARAMETERS, Curve, Point
from counter.idcard.errors import (
    AccessDeniedError,
    CardDataError,
    CardProtocolError,
    SecureMessagingError,
    TlvError,
)
from counter.idcard.mrz import AccessKey
from counter.idcard.sm import AesCipher, SecureChannel

PACE_ECDH_GM_AES_128 = "0.4.0.127.0.7.2.2.4.2.2"
MRZ_PASSWORD, CAN_PASSWORD = 1, 2
TAG_DYNAMIC_DATA = 0x7C
TAG_PUBLIC_KEY = 0x7F49

Exchange = Callable[[CommandApdu], ResponseApdu]


@dataclass(frozen=True)
class PaceInfo:
    protocol: str
    version: int
    parameter_id: int | None

    @property
    def supported(self) -> bool:
        return self.protocol == PACE_ECDH_GM_AES_128 and self.parameter_id in STANDARD_PARAMETERS


def parse_card_access(data: bytes) -> list[PaceInfo]:
    """The PACEInfos of EF.CardAccess (a SET OF SecurityInfo); other infos are skipped."""
    try:
        root = tlv.parse_one(data, 0x31)
        infos = []
        for item in root.children:
            if item.tag != 0x30 or len(item.children) < 2 or item.children[0].tag != 0x06:
                continue
            protocol = tlv.oid_dotted(item.children[0].value)
            if not protocol.startswith("0.4.0.127.0.7.2.2.4."):
                continue
            numbers = [int.from_bytes(c.value, "big") for c in item.children[1:] if c.tag == 0x02]
            infos.append(PaceInfo(protocol, numbers[0], numbers[1] if len(numbers) > 1 else None))
        return infos
    except (TlvError, IndexError) as error:
        raise CardDataError("EF.CardAccess không đọc được.") from error


@dataclass(frozen=True)
class PacePassword:
    reference: int  # MRZ_PASSWORD or CAN_PASSWORD
    secret: bytes

    @property
    def method(self) -> str:
        return "PACE-CAN" if self.reference == CAN_PASSWORD else "PACE-MRZ"

    @classmethod
    def can(cls, can: str) -> PacePassword:
        return cls(CAN_PASSWORD, can.encode("ascii"))

    @classmethod
    def mrz(cls, key: AccessKey) -> PacePassword:
        return cls(MRZ_PASSWORD, hashlib.sha1(key.mrz_information().encode("ascii")).digest())

    def key(self) -> bytes:
        return kdf_aes128(self.secret, 3)


def public_key_object(oid: bytes, encoded_point: bytes) -> bytes:
    """The ECDH public key data object the authentication tokens are computed over."""
    return tlv.encode(TAG_PUBLIC_KEY, tlv.encode(0x06, oid) + tlv.encode(0x86, encoded_point))


def decrypt_nonce(password: PacePassword, encrypted: bytes) -> int:
    """s = D(Kπ, z): the chip's nonce (one AES block; CBC with a zero IV is ECB here)."""
    return int.from_bytes(aes_ecb_decrypt(password.key(), encrypted), "big")


def map_generator(curve: Curve, nonce: int, own_map_key: int, other_map_public: Point) -> Point:
    """Generic mapping (9303-11 §4.4.3.3.1): G' = s·G + H with H = own key · other's public."""
    shared = curve.multiply(own_map_key, other_map_public)
    generator = curve.add(curve.multiply(nonce, curve.g), shared)
    if shared is None or generator is None:
        raise ValueError("PACE mapping gave the point at infinity")
    return generator


def shared_secret(curve: Curve, own_key: int, other_public: Point) -> bytes:
    """K: the x-coordinate of own key · other's public key over G', in the curve's size."""
    shared = curve.multiply(own_key, other_public)
    if shared is None:
        raise ValueError("PACE key agreement gave the point at infinity")
    return shared[0].to_bytes(curve.size, "big")


def session_keys(secret: bytes) -> tuple[bytes, bytes]:
    """(KS_Enc, KS_MAC) = KDF(K, 1), KDF(K, 2) for AES-128."""
    return kdf_aes128(secret, 1), kdf_aes128(secret, 2)


def authentication_token(ks_mac: bytes, oid: bytes, other_public: bytes) -> bytes:
    """T = CMAC(KS_MAC, the other side's ephemeral public key data object), 8 bytes."""
    return aes_cmac(ks_mac, public_key_object(oid, other_public))[:8]


def token_matches(received: bytes, expected: bytes) -> bool:
    """Compared in constant time: timing must not tell how many bytes were right."""
    return hmac.compare_digest(received, expected)


def set_authentication_template(oid: bytes, password: PacePassword, parameter_id: int) -> bytes:
    return (
        tlv.encode(0x80, oid)
        + tlv.encode(0x83, bytes([password.reference]))
        + tlv.encode(0x84, bytes([parameter_id]))
    )


def general_authenticate(
    exchange: Exchange, tag: int | None, value: bytes, *, last: bool, method: str
) -> dict[int, bytes]:
    data = tlv.encode(TAG_DYNAMIC_DATA, tlv.encode(tag, value) if tag is not None else b"")
    answer = exchange(
        CommandApdu(0x00 if last else 0x10, INS_GENERAL_AUTHENTICATE, 0, 0, data, le=256)
    )
    if answer.sw in (SW_AUTH_FAILED, SW_SECURITY_NOT_SATISFIED):
        raise AccessDeniedError(detail=f"GENERAL AUTHENTICATE SW {answer.sw:04X}", method=method)
    if not answer.ok:
        raise CardProtocolError("Thẻ dừng giữa chừng PACE.", detail=f"SW {answer.sw:04X}")
    try:
        return {item.tag: item.value for item in tlv.parse_one(answer.data, 0x7C).children}
    except TlvError as error:
        raise CardProtocolError("Phản hồi PACE không đọc được.") from error


def expect(objects: dict[int, bytes], tag: int) -> bytes:
    if tag not in objects:
        raise CardProtocolError(f"Phản hồi PACE thiếu đối tượng {tag:02X}.")
    return objects[tag]


def decode_point(curve: Curve, data: bytes) -> tuple[int, int]:
    try:
        return curve.decode(data)
    except ValueError as error:
        raise CardProtocolError("Khóa công khai của thẻ không nằm trên đường cong.") from error


def perform_pace(exchange: Exchange, password: PacePassword, info: PaceInfo, *,
                 draw_scalar: Callable[[], int] | None = None) -> SecureChannel:
    """Run PACE over plain APDUs and return the AES secure channel.

    ``draw_scalar`` gives the two ephemeral private keys (mapping, then key agreement);
    random by default, fixed only to replay a published worked example.
    """
    if not info.supported or info.parameter_id is None:
        raise CardProtocolError(f"Chưa hỗ trợ kiểu PACE của thẻ ({info.protocol}).")
    curve = STANDARD_PARAMETERS[info.parameter_id]
    draw = draw_scalar or curve.random_scalar
    oid = tlv.oid_bytes(info.protocol)
    method = password.method
    answer = exchange(
        CommandApdu(
            0x00, INS_MSE, 0xC1, 0xA4, set_authentication_template(oid, password, info.parameter_id)
        )
    )
    if not answer.ok:
        raise CardProtocolError("Thẻ không nhận PACE (MSE:Set AT).", detail=f"SW {answer.sw:04X}")
    step = general_authenticate(exchange, None, b"", last=False, method=method)
    nonce = decrypt_nonce(password, expect(step, 0x80))

    map_key = draw()
    step = general_authenticate(
        exchange, 0x81, curve.encode(curve.multiply(map_key, curve.g)), last=False, method=method
    )
    try:
        generator = map_generator(curve, nonce, map_key, decode_point(curve, expect(step, 0x82)))
    except ValueError as error:
        raise CardProtocolError("Ánh xạ PACE cho điểm vô cực.") from error

    own_key = draw()
    own_public = curve.encode(curve.multiply(own_key, generator))
    step = general_authenticate(exchange, 0x83, own_public, last=False, method=method)
    chip_public = expect(step, 0x84)
    if chip_public == own_public:
        raise CardProtocolError("Thẻ gửi lại đúng khóa công khai của đầu đọc.")
    try:
        secret = shared_secret(curve, own_key, decode_point(curve, chip_public))
    except ValueError as error:
        raise CardProtocolError("Khóa chung PACE là điểm vô cực.") from error
    ks_enc, ks_mac = session_keys(secret)

    token = authentication_token(ks_mac, oid, chip_public)
    step = general_authenticate(exchange, 0x85, token, last=True, method=method)
    if not token_matches(expect(step, 0x86), authentication_token(ks_mac, oid, own_public)):
        raise SecureMessagingError("Mã xác thực PACE của thẻ sai.")
    return SecureChannel(AesCipher(ks_enc, ks_mac), 0)
