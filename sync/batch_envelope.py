"""The outer layer of a batch file: magic, format version, and encryption.

Layout (all integers big-endian)::

    magic "OSCBATCH" | u16 version | u8 recipient count
    per recipient: key id (32, SHA-256 of its X25519 public key)
                   | ephemeral X25519 public key (32) | wrapped file key (48)
    body nonce (12) | u64 body length | body (AES-256-GCM, header as associated data)

A random file key encrypts the body; it is wrapped for each recipient with a
key derived by HKDF-SHA256 from an ephemeral X25519 exchange. Everything in
the header is authenticated by the body's tag, so a changed, cut or extended
file is refused before anything in it is used.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import BatchFileError, ForeignBatchError
from sync.keys import raw_public_bytes

MAGIC = b"OSCBATCH"
FORMAT_VERSION = 1
MAX_BATCH_BYTES = 1 << 30
_PREFIX = struct.Struct(">8sHB")
_STANZA_SIZE = 32 + 32 + 48
_BODY_HEAD = struct.Struct(">12sQ")
_WRAP_INFO = b"onestop-batch v1 file key wrap"
_WRAP_NONCE = bytes(12)


def key_id(public_key: X25519PublicKey) -> bytes:
    return hashlib.sha256(raw_public_bytes(public_key)).digest()


@dataclass(frozen=True)
class _Stanza:
    key_id: bytes
    ephemeral: bytes
    wrapped: bytes


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_WRAP_INFO)
    return hkdf.derive(shared)


def _version_prefix(recipient_count: int) -> bytes:
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, recipient_count)


def seal(plaintext: bytes, recipients: Sequence[X25519PublicKey]) -> bytes:
    """Encrypt ``plaintext`` so that each recipient's private key can open it."""
    if not recipients:
        raise ValueError("a batch file needs at least one recipient")
    file_key = AESGCM.generate_key(bit_length=256)
    prefix = _version_prefix(len(recipients))
    stanzas = []
    for recipient in recipients:
        ephemeral_key = X25519PrivateKey.generate()
        ephemeral = raw_public_bytes(ephemeral_key.public_key())
        recipient_raw = raw_public_bytes(recipient)
        shared = ephemeral_key.exchange(recipient)
        wrapped = AESGCM(_wrapping_key(shared, ephemeral, recipient_raw)).encrypt(
            _WRAP_NONCE, file_key, prefix
        )
        stanzas.append(key_id(recipient) + ephemeral + wrapped)
    nonce = os.urandom(12)
    body_length = len(plaintext) + 16
    header = prefix + b"".join(stanzas) + _BODY_HEAD.pack(nonce, body_length)
    return header + AESGCM(file_key).encrypt(nonce, plaintext, header)


@dataclass(frozen=True)
class _Envelope:
    stanzas: list[_Stanza]
    nonce: bytes
    header_length: int


def _parse(data: bytes) -> _Envelope:
    if len(data) > MAX_BATCH_BYTES:
        raise BatchFileError("Tệp lô quá lớn (trên 1 GiB); hãy xuất theo từng ngày.")
    if len(data) < _PREFIX.size or not data.startswith(MAGIC):
        raise BatchFileError(
            "Tệp này không phải là tệp lô của phần mềm Một cửa (sai ký hiệu nhận dạng)."
        )
    _, version, count = _PREFIX.unpack_from(data)
    if version != FORMAT_VERSION:
        raise BatchFileError(
            f"Tệp lô dùng định dạng phiên bản {version}; phần mềm này chỉ đọc phiên bản "
            f"{FORMAT_VERSION}. Hãy cập nhật phần mềm hoặc xuất lại tệp."
        )
    header_length = _PREFIX.size + count * _STANZA_SIZE + _BODY_HEAD.size
    _require_length(data, header_length)
    stanzas = [
        _Stanza(
            data[offset : offset + 32],
            data[offset + 32 : offset + 64],
            data[offset + 64 : offset + _STANZA_SIZE],
        )
        for offset in range(_PREFIX.size, _PREFIX.size + count * _STANZA_SIZE, _STANZA_SIZE)
    ]
    nonce, body_length = _BODY_HEAD.unpack_from(data, header_length - _BODY_HEAD.size)
    _require_length(data, header_length + body_length)
    if len(data) > header_length + body_length:
        raise BatchFileError("Tệp lô có dữ liệu thừa ở cuối: tệp đã bị sửa đổi.")
    return _Envelope(stanzas, nonce, header_length)


def check_envelope(data: bytes) -> None:
    """Check what can be checked without the key: magic, version, and that nothing is cut."""
    _parse(data)


def open_sealed(data: bytes, private_key: X25519PrivateKey) -> bytes:
    """Check and decrypt a sealed batch file; raise :class:`BatchFileError` with the reason."""
    envelope = _parse(data)
    file_key = _unwrap_file_key(envelope.stanzas, private_key, data[: _PREFIX.size])
    header = data[: envelope.header_length]
    try:
        return AESGCM(file_key).decrypt(envelope.nonce, data[envelope.header_length :], header)
    except InvalidTag:
        raise BatchFileError(
            "Tệp lô đã bị sửa đổi hoặc bị hỏng (kiểm tra toàn vẹn không đạt); "
            "không có gì được nhập."
        ) from None


def _require_length(data: bytes, needed: int) -> None:
    if len(data) < needed:
        raise BatchFileError(
            f"Tệp lô bị cắt cụt: thiếu {needed - len(data)} byte "
            "(có thể việc chép ra USB chưa xong); không có gì được nhập."
        )


def _unwrap_file_key(
    stanzas: Sequence[_Stanza], private_key: X25519PrivateKey, prefix: bytes
) -> bytes:
    own_public = private_key.public_key()
    own_id = key_id(own_public)
    for stanza in stanzas:
        if stanza.key_id != own_id:
            continue
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(stanza.ephemeral))
        wrapping = _wrapping_key(shared, stanza.ephemeral, raw_public_bytes(own_public))
        try:
            return AESGCM(wrapping).decrypt(_WRAP_NONCE, stanza.wrapped, prefix)
        except InvalidTag:
            raise BatchFileError(
                "Tệp lô đã bị sửa đổi (khóa mã hóa không hợp lệ); không có gì được nhập."
            ) from None
    raise ForeignBatchError(
        "Tệp lô được mã hóa cho một hệ thống trung tâm khác (hoặc phần đầu tệp đã bị sửa đổi); "
        "máy này không mở được, không có gì được nhập."
    )
