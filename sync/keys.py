"""Key pairs: public keys as raw bytes in base64, and the central system's X25519 key.

The central server's private key is a PKCS#8 PEM file readable by its owner only. A
workstation's private keys live in its encrypted database (``counter.sync_state``).
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from counter.atomic import write_atomically
from counter.errors import ConfigurationError, InputError

PrivateKey = Ed25519PrivateKey | X25519PrivateKey


def raw_public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_b64(key: Ed25519PublicKey | X25519PublicKey) -> str:
    return base64.b64encode(raw_public_bytes(key)).decode("ascii")


def _raw_key_bytes(text: str, field: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(field, "khóa công khai phải được mã hóa base64") from None
    if len(raw) != 32:
        raise InputError(field, "khóa công khai phải dài đúng 32 byte")
    return raw


def ed25519_public_from_b64(text: str, field: str = "public_key") -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(_raw_key_bytes(text, field))


def x25519_public_from_b64(text: str, field: str = "central_public_key") -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(_raw_key_bytes(text, field))


def write_private_key(path: Path, key: PrivateKey) -> None:
    """Write a private key (mode 0600), atomically: a crash never leaves half a key."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomically(path, pem)


def _read_private_key(path: Path) -> object:
    try:
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise ConfigurationError(f"Không đọc được khóa bí mật '{path}': {error}") from error


def load_or_create_x25519(path: Path) -> X25519PrivateKey:
    if not path.exists():
        write_private_key(path, X25519PrivateKey.generate())
    key = _read_private_key(path)
    if not isinstance(key, X25519PrivateKey):
        raise ConfigurationError(f"Tệp '{path}' không chứa khóa X25519.")
    return key



def load_ed25519(path: Path) -> Ed25519PrivateKey:
    """An Ed25519 private key from a PEM file (the province's release key, kept offline)."""
    if not path.is_file():
        raise ConfigurationError(f"Không thấy tệp khóa '{path}'.")
    key = _read_private_key(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigurationError(f"Tệp '{path}' không chứa khóa Ed25519.")
    return key
