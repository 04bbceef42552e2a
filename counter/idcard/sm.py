"""Secure messaging (ICAO 9303-11 §9.8) on the terminal side.

After BAC (or PACE) every command is wrapped: its data encrypted in DO87,
the expected length in DO97, a MAC over the send sequence counter, header and
objects in DO8E. Every response must carry DO99 (status) and a DO8E MAC that
is checked before anything in it is used: a wrong or missing MAC raises
:class:`SecureMessagingError`, it is never skipped.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from typing import Protocol

from counter.idcard import tlv
from counter.idcard.apdu import (
    SW_OK,
    SW_SM_OBJECTS_INCORRECT,
    SW_SM_OBJECTS_MISSING,
    CommandApdu,
    ResponseApdu,
)
from counter.idcard.crypto import (
    Des3Cbc,
    RetailMac,
    aes_cbc_decrypt,
    aes_cbc_encrypt,
    aes_cmac,
    aes_ecb_encrypt,
    pad,
    unpad,
)
from counter.idcard.errors import SecureMessagingError, TlvError

TAG_ENCRYPTED = 0x87
TAG_LE = 0x97
TAG_STATUS = 0x99
TAG_MAC = 0x8E


class SmCipher(Protocol):
    """The algorithms of one secure messaging session."""

    @property
    def block_size(self) -> int: ...

    @property
    def ssc_size(self) -> int: ...

    def encrypt(self, ssc: bytes, data: bytes) -> bytes: ...

    def decrypt(self, ssc: bytes, data: bytes) -> bytes: ...

    def mac(self, padded: bytes) -> bytes: ...


@dataclass(frozen=True)
class TripleDesCipher:
    """BAC session keys: 3DES-CBC with a zero IV and the retail MAC, one cipher per key."""

    ks_enc: bytes
    ks_mac: bytes
    block_size: int = 8
    ssc_size: int = 8
    _enc: Des3Cbc = field(init=False, repr=False, compare=False)
    _mac: RetailMac = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_enc", Des3Cbc(self.ks_enc))
        object.__setattr__(self, "_mac", RetailMac(self.ks_mac))

    def encrypt(self, ssc: bytes, data: bytes) -> bytes:
        return self._enc.encrypt(data)

    def decrypt(self, ssc: bytes, data: bytes) -> bytes:
        return self._enc.decrypt(data)

    def mac(self, padded: bytes) -> bytes:
        return self._mac.mac(padded, padded=True)


@dataclass(frozen=True)
class AesCipher:
    """PACE session keys (AES-128): CBC with IV = E(KSenc, SSC), CMAC truncated to 8 bytes."""

    ks_enc: bytes
    ks_mac: bytes
    block_size: int = 16
    ssc_size: int = 16

    def encrypt(self, ssc: bytes, data: bytes) -> bytes:
        return aes_cbc_encrypt(self.ks_enc, aes_ecb_encrypt(self.ks_enc, ssc), data)

    def decrypt(self, ssc: bytes, data: bytes) -> bytes:
        return aes_cbc_decrypt(self.ks_enc, aes_ecb_encrypt(self.ks_enc, ssc), data)

    def mac(self, padded: bytes) -> bytes:
        return aes_cmac(self.ks_mac, padded)[:8]


def encode_le(le: int) -> bytes:
    if le <= 256:
        return bytes([le % 256])
    return (le % 65536).to_bytes(2, "big")


def decode_le(value: bytes) -> int:
    if len(value) == 1:
        return value[0] or 256
    if len(value) == 2:
        return int.from_bytes(value, "big") or 65536
    raise SecureMessagingError("DO97 (Le) có độ dài không hợp lệ.", detail=value.hex())


def encrypted_object(cipher: SmCipher, ssc: bytes, data: bytes) -> bytes:
    """DO87: padding-content indicator 01 followed by the encrypted padded data."""
    return tlv.encode(TAG_ENCRYPTED, b"\x01" + cipher.encrypt(ssc, pad(data, cipher.block_size)))


def decrypt_object(cipher: SmCipher, ssc: bytes, value: bytes) -> bytes:
    if not value or value[0] != 0x01 or (len(value) - 1) % cipher.block_size:
        raise SecureMessagingError("DO87 không hợp lệ.", detail=value[:8].hex())
    try:
        return unpad(cipher.decrypt(ssc, value[1:]))
    except ValueError as error:
        raise SecureMessagingError("Dữ liệu giải mã có padding sai.") from error


def mac_object(cipher: SmCipher, ssc: bytes, data: bytes) -> bytes:
    return tlv.encode(TAG_MAC, cipher.mac(pad(ssc + data, cipher.block_size)))


def split_objects(data: bytes) -> dict[int, bytes]:
    try:
        items = tlv.parse(data)
    except TlvError as error:
        raise SecureMessagingError(
            "Phản hồi bảo mật (secure messaging) không đọc được.", detail=data[:16].hex()
        ) from error
    objects: dict[int, bytes] = {}
    for item in items:
        if item.tag in objects:
            raise SecureMessagingError(f"Đối tượng {item.tag:X} lặp lại trong phản hồi.")
        objects[item.tag] = item.value
    return objects


class SecureChannel:
    """Wraps commands and checks responses with a send sequence counter (SSC)."""

    def __init__(self, cipher: SmCipher, ssc: int) -> None:
        self.cipher = cipher
        self.ssc = ssc

    def next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.cipher.ssc_size))
        return self.ssc.to_bytes(self.cipher.ssc_size, "big")

    def wrap(self, command: CommandApdu) -> CommandApdu:
        ssc = self.next_ssc()
        cla = command.cla | 0x0C
        header = pad(bytes([cla, command.ins, command.p1, command.p2]), self.cipher.block_size)
        objects = b""
        if command.data:
            objects += encrypted_object(self.cipher, ssc, command.data)
        if command.le is not None:
            objects += tlv.encode(TAG_LE, encode_le(command.le))
        objects += mac_object(self.cipher, ssc, header + objects)
        extended = command.extended or len(objects) > 255
        return CommandApdu(
            cla, command.ins, command.p1, command.p2, objects, 65536 if extended else 256
        )

    def unwrap(self, response: ResponseApdu) -> ResponseApdu:
        ssc = self.next_ssc()
        if response.sw in (SW_SM_OBJECTS_MISSING, SW_SM_OBJECTS_INCORRECT):
            raise SecureMessagingError(
                "Thẻ báo lỗi bảo mật đường truyền (secure messaging); hãy đọc lại thẻ.",
                detail=f"SW {response.sw:04X}",
            )
        if not response.data:
            if response.sw == SW_OK:
                raise SecureMessagingError("Phản hồi thành công nhưng không có MAC.")
            return response  # a plain error status carries no data to trust
        objects = split_objects(response.data)
        if TAG_MAC not in objects or TAG_STATUS not in objects:
            raise SecureMessagingError("Phản hồi thiếu DO99 hoặc DO8E.")
        authenticated = b"".join(
            tlv.encode(tag, objects[tag]) for tag in (TAG_ENCRYPTED, TAG_STATUS) if tag in objects
        )
        expected = self.cipher.mac(pad(ssc + authenticated, self.cipher.block_size))
        if not hmac.compare_digest(objects[TAG_MAC], expected):
            raise SecureMessagingError(
                "Mã xác thực (MAC) của phản hồi sai: dữ liệu có thể bị sửa trên đường truyền.",
                detail=f"got {objects[TAG_MAC].hex()} expected {expected.hex()}",
            )
        status = objects[TAG_STATUS]
        if len(status) != 2:
            raise SecureMessagingError("DO99 phải dài 2 byte.")
        data = b""
        if TAG_ENCRYPTED in objects:
            data = decrypt_object(self.cipher, ssc, objects[TAG_ENCRYPTED])
        return ResponseApdu(data, int.from_bytes(status, "big"))
