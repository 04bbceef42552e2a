"""The chip's side of BAC and secure messaging (mirror of :mod:`counter.idcard.sm`)."""

from __future__ import annotations

import hmac

from counter.idcard import tlv
from counter.idcard.apdu import CommandApdu, ResponseApdu
from counter.idcard.bac import BacKeys, initial_ssc, session_keys
from counter.idcard.crypto import des3_decrypt, des3_encrypt, pad, retail_mac
from counter.idcard.errors import SecureMessagingError
from counter.idcard.sm import (
    TAG_ENCRYPTED,
    TAG_LE,
    TAG_MAC,
    TAG_STATUS,
    SmCipher,
    TripleDesCipher,
    decode_le,
    decrypt_object,
    encrypted_object,
    mac_object,
    split_objects,
)


def answer_external_authenticate(
    keys: BacKeys, data: bytes, rnd_ic: bytes, k_ic: bytes
) -> tuple[bytes, CardChannel] | None:
    """The chip's E.IC || M.IC and its channel, or ``None`` if the terminal is wrong."""
    if len(data) != 40:
        return None
    encrypted, mac = data[:32], data[32:]
    if not hmac.compare_digest(retail_mac(keys.k_mac, encrypted), mac):
        return None
    plain = des3_decrypt(keys.k_enc, encrypted)
    rnd_ifd, got_ic, k_ifd = plain[:8], plain[8:16], plain[16:32]
    if got_ic != rnd_ic:
        return None
    reply = des3_encrypt(keys.k_enc, rnd_ic + rnd_ifd + k_ic)
    reply += retail_mac(keys.k_mac, reply)
    ks_enc, ks_mac = session_keys(k_ifd, k_ic)
    return reply, CardChannel(TripleDesCipher(ks_enc, ks_mac), initial_ssc(rnd_ic, rnd_ifd))


class CardChannel:
    """Checks protected commands and protects responses with the shared SSC."""

    def __init__(self, cipher: SmCipher, ssc: int) -> None:
        self.cipher = cipher
        self.ssc = ssc

    def next_ssc(self) -> bytes:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.cipher.ssc_size))
        return self.ssc.to_bytes(self.cipher.ssc_size, "big")

    def unwrap(self, command: CommandApdu) -> CommandApdu:
        ssc = self.next_ssc()
        if command.cla & 0x0C != 0x0C:
            raise SecureMessagingError("unprotected command in a secure session")
        objects = split_objects(command.data)
        if TAG_MAC not in objects:
            raise SecureMessagingError("missing DO8E")
        header = pad(
            bytes([command.cla, command.ins, command.p1, command.p2]), self.cipher.block_size
        )
        covered = b"".join(
            tlv.encode(tag, objects[tag]) for tag in (TAG_ENCRYPTED, TAG_LE) if tag in objects
        )
        expected = self.cipher.mac(pad(ssc + header + covered, self.cipher.block_size))
        if not hmac.compare_digest(objects[TAG_MAC], expected):
            raise SecureMessagingError("wrong command MAC")
        data = b""
        if TAG_ENCRYPTED in objects:
            data = decrypt_object(self.cipher, ssc, objects[TAG_ENCRYPTED])
        le = decode_le(objects[TAG_LE]) if TAG_LE in objects else None
        return CommandApdu(command.cla & 0xF0, command.ins, command.p1, command.p2, data, le)

    def wrap(self, response: ResponseApdu) -> ResponseApdu:
        ssc = self.next_ssc()
        objects = b""
        if response.data:
            objects += encrypted_object(self.cipher, ssc, response.data)
        objects += tlv.encode(TAG_STATUS, response.sw.to_bytes(2, "big"))
        objects += mac_object(self.cipher, ssc, objects)
        return ResponseApdu(objects, response.sw)
