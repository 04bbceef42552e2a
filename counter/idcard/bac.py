"""Basic Access Control (ICAO 9303-11 §9.7.2 and Appendix D).

Keys come from the MRZ information (document number, birth date, expiry, each
with its check digit): ``Kseed`` = first 16 bytes of SHA-1 of it, then Kenc
and Kmac. The terminal asks for a challenge, proves it knows the keys with
EXTERNAL AUTHENTICATE, and both sides derive session keys and the send
sequence counter from the exchanged key halves and nonces.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

from counter.idcard.apdu import (
    INS_EXTERNAL_AUTHENTICATE,
    INS_GET_CHALLENGE,
    CommandApdu,
    ResponseApdu,
)
from counter.idcard.crypto import (
    KENC_COUNTER,
    KMAC_COUNTER,
    derive_key,
    des3_decrypt,
    des3_encrypt,
    retail_mac,
)
from counter.idcard.errors import (
    AccessDeniedError,
    AccessUnavailableError,
    CardProtocolError,
    SecureMessagingError,
)
from counter.idcard.mrz import AccessKey
from counter.idcard.sm import SecureChannel, TripleDesCipher


@dataclass(frozen=True)
class BacKeys:
    seed: bytes
    k_enc: bytes
    k_mac: bytes

    @classmethod
    def from_mrz_information(cls, information: str) -> BacKeys:
        seed = hashlib.sha1(information.encode("ascii")).digest()[:16]
        return cls(seed, derive_key(seed, KENC_COUNTER), derive_key(seed, KMAC_COUNTER))

    @classmethod
    def from_access_key(cls, key: AccessKey) -> BacKeys:
        return cls.from_mrz_information(key.mrz_information())


def session_keys(k_ifd: bytes, k_ic: bytes) -> tuple[bytes, bytes]:
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    return derive_key(seed, KENC_COUNTER), derive_key(seed, KMAC_COUNTER)


def initial_ssc(rnd_ic: bytes, rnd_ifd: bytes) -> int:
    return int.from_bytes(rnd_ic[-4:] + rnd_ifd[-4:], "big")


def authentication_data(keys: BacKeys, rnd_ifd: bytes, rnd_ic: bytes, k_ifd: bytes) -> bytes:
    """E.IFD || M.IFD: what the terminal sends in EXTERNAL AUTHENTICATE."""
    encrypted = des3_encrypt(keys.k_enc, rnd_ifd + rnd_ic + k_ifd)
    return encrypted + retail_mac(keys.k_mac, encrypted)


def open_card_answer(keys: BacKeys, answer: bytes, rnd_ifd: bytes, rnd_ic: bytes) -> bytes:
    """Check the chip's E.IC || M.IC and return K.IC."""
    if len(answer) != 40:
        raise CardProtocolError("Phản hồi xác thực BAC phải dài 40 byte.", detail=answer.hex())
    encrypted, mac = answer[:32], answer[32:]
    if not hmac.compare_digest(retail_mac(keys.k_mac, encrypted), mac):
        raise SecureMessagingError("MAC trong phản hồi xác thực BAC sai.")
    plain = des3_decrypt(keys.k_enc, encrypted)
    if plain[:8] != rnd_ic or plain[8:16] != rnd_ifd:
        raise SecureMessagingError("Thẻ trả lời xác thực BAC với số ngẫu nhiên sai.")
    return plain[16:32]


Exchange = Callable[[CommandApdu], ResponseApdu]


def perform_bac(
    exchange: Exchange,
    key: AccessKey,
    *,
    random: Callable[[int], bytes] = os.urandom,
) -> SecureChannel:
    """Run BAC over ``exchange`` (plain APDUs) and return the secure channel."""
    keys = BacKeys.from_access_key(key)
    challenge = exchange(CommandApdu(0x00, INS_GET_CHALLENGE, 0, 0, le=8))
    if not challenge.ok or len(challenge.data) != 8:
        raise AccessUnavailableError(
            "Thẻ không hỗ trợ BAC (không cấp số thách thức GET CHALLENGE).",
            detail=f"SW {challenge.sw:04X}",
        )
    rnd_ic = challenge.data
    rnd_ifd, k_ifd = random(8), random(16)
    answer = exchange(
        CommandApdu(
            0x00,
            INS_EXTERNAL_AUTHENTICATE,
            0,
            0,
            authentication_data(keys, rnd_ifd, rnd_ic, k_ifd),
            le=40,
        )
    )
    if not answer.ok:
        raise AccessDeniedError(detail=f"EXTERNAL AUTHENTICATE SW {answer.sw:04X}")
    k_ic = open_card_answer(keys, answer.data, rnd_ifd, rnd_ic)
    ks_enc, ks_mac = session_keys(k_ifd, k_ic)
    return SecureChannel(TripleDesCipher(ks_enc, ks_mac), initial_ssc(rnd_ic, rnd_ifd))
