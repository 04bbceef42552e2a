"""Attachments encrypted at rest on the central server, in segments so any size streams.

Like the counter's files (AES-256-GCM, the clear content's SHA-256 bound in), but cut into
1 MiB segments so a 200 MB scan never sits whole in memory::

    MAGIC | per segment: nonce (12) | u32 length | ciphertext (length, tag included)

Each segment's associated data is the SHA-256 (hex), its index and whether it is the last,
so segments cannot be swapped, reordered, dropped or the file cut short. The key is 32 random
bytes in the server's folder (owner-only), next to its X25519 key.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counter.atomic import write_atomically
from counter.errors import ConfigurationError, StorageError

MAGIC = b"OSCA\x00v1\n"
SEGMENT_BYTES = 1 << 20
KEY_BYTES = 32
_NONCE_BYTES = 12
_LENGTH = struct.Struct(">I")
_TAG_BYTES = 16


def load_or_create_key(path: Path) -> bytes:
    """The file key (made on first use, readable by its owner only)."""
    if not path.exists():
        write_atomically(path, secrets.token_bytes(KEY_BYTES))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise ConfigurationError(f"Tệp khóa '{path}' phải dài đúng {KEY_BYTES} byte.")
    return key


def _associated(digest: str, index: int, last: bool) -> bytes:
    return digest.encode("ascii") + struct.pack(">Q?", index, last)


def _segments(handle: BinaryIO) -> Iterator[tuple[int, bytes, bool]]:
    """(index, clear bytes, is last) of a readable binary file, one segment ahead."""
    read = handle.read
    index, current = 0, read(SEGMENT_BYTES)
    while True:
        following = read(SEGMENT_BYTES)
        yield index, current, not following
        if not following:
            return
        index, current = index + 1, following


def seal_file(key: bytes, source: Path, target: Path, digest: str) -> str:
    """Encrypt ``source`` into a new ``target`` (0600, flushed to disk); the SHA-256 of the
    clear bytes, computed on the way (the caller compares it with ``digest``)."""
    aead = AESGCM(key)
    hasher = hashlib.sha256()
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out, open(source, "rb") as handle:
            out.write(MAGIC)
            for index, clear, last in _segments(handle):
                hasher.update(clear)
                nonce = secrets.token_bytes(_NONCE_BYTES)
                sealed = aead.encrypt(nonce, clear, _associated(digest, index, last))
                out.write(nonce + _LENGTH.pack(len(sealed)) + sealed)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return hasher.hexdigest()


def is_sealed(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def open_sealed(key: bytes, path: Path, digest: str) -> bytes:
    """The clear bytes of a stored attachment, sealed or (stored before encryption) clear;
    checked against ``digest`` either way."""
    try:
        with open(path, "rb") as handle:
            content = _open(AESGCM(key), handle, digest) if is_sealed(path) else handle.read()
    except OSError as error:
        raise StorageError(f"Không đọc được tệp {digest[:12]}… ({error.strerror}).") from error
    if hashlib.sha256(content).hexdigest() != digest:
        raise StorageError(f"Tệp {digest[:12]}… đã bị hỏng (sai mã băm).")
    return content


def _damaged(digest: str) -> StorageError:
    return StorageError(f"Tệp {digest[:12]}… bị hỏng hoặc bị sửa (sai mã xác thực).")


def _open(aead: AESGCM, handle: BinaryIO, digest: str) -> bytes:
    read = handle.read
    read(len(MAGIC))
    parts: list[bytes] = []
    index = 0
    head = read(_NONCE_BYTES + _LENGTH.size)
    while head:
        if len(head) < _NONCE_BYTES + _LENGTH.size:
            raise _damaged(digest)
        nonce, (length,) = head[:_NONCE_BYTES], _LENGTH.unpack(head[_NONCE_BYTES:])
        sealed = read(min(length, SEGMENT_BYTES + _TAG_BYTES))
        head = read(_NONCE_BYTES + _LENGTH.size)
        try:
            parts.append(aead.decrypt(nonce, sealed, _associated(digest, index, not head)))
        except InvalidTag:
            raise _damaged(digest) from None
        index += 1
    return b"".join(parts)
