"""The installation's master key, and the keys derived from it.

The master key is never written in clear next to the data. Where it comes from, in order:

1. ``ONESTOP_SECRET`` (an installation secret given by the installer or the service
   environment): the key is derived from it with scrypt and a salt kept in the data folder.
2. On Windows: a random key wrapped with DPAPI (bound to the Windows account), stored
   wrapped in the data folder.
3. Elsewhere: a random key in the user's configuration folder (not the data folder),
   readable only by its owner. This protects a copied data folder or backup, not a stolen
   disk with both folders on it: set ``ONESTOP_SECRET`` where that matters.

``keyinfo.json`` in the data folder holds no secret: the installation id, the source, the
KDF salt and a check value that tells a wrong secret apart from a damaged database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from counter import APP_NAME
from counter.atomic import write_atomically
from counter.errors import StorageError

SECRET_ENV = "ONESTOP_SECRET"
KEY_CONFIG_DIR_ENV = "ONESTOP_KEY_DIR"
KEYINFO = "keyinfo.json"
KEY_BYTES = 32
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


@dataclass(frozen=True)
class InstallationKeys:
    database: bytes  # SQLCipher raw key
    files: bytes  # AES-256-GCM key of stored files
    audit: bytes  # HMAC-SHA256 key sealing the audit trail and its local anchor


def derive(master: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"{APP_NAME}/{purpose}".encode()).derive(master)


def _check_value(master: bytes) -> str:
    return hmac.new(master, b"onestop-counter key check", hashlib.sha256).hexdigest()[:32]


@lru_cache(maxsize=8)
def _scrypt(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                          maxmem=128 * 1024 * 1024, dklen=KEY_BYTES)


def _config_key_dir() -> Path:
    explicit = os.environ.get(KEY_CONFIG_DIR_ENV)
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "keys"


def _load_info(data_dir: Path) -> dict[str, str] | None:
    path = data_dir / KEYINFO
    if not path.exists():
        return None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(info, dict) or not {"installation", "source", "check"} <= set(info):
            raise ValueError("missing fields")
        return info
    except (OSError, ValueError) as error:
        raise StorageError(f"Tệp {KEYINFO} bị hỏng ({error}); không mở được dữ liệu.") from error


def _master_from(info: dict[str, str], data_dir: Path) -> bytes:
    source = info["source"]
    if source == "secret":
        secret = os.environ.get(SECRET_ENV)
        if not secret:
            raise StorageError(
                f"Dữ liệu được mã hoá bằng mã bí mật cài đặt: hãy đặt biến môi trường {SECRET_ENV}."
            )
        return _scrypt(secret, bytes.fromhex(info["salt"]))
    if source == "dpapi":
        from counter.security.dpapi import unprotect

        return unprotect((data_dir / "key.dpapi").read_bytes())
    if source == "config-file":
        path = _config_key_dir() / f"{info['installation']}.key"
        try:
            return path.read_bytes()
        except OSError as error:
            raise StorageError(
                f"Không tìm thấy khoá giải mã của bản cài đặt này ({path.name}). "
                "Khôi phục tệp khoá từ bản sao lưu hoặc liên hệ quản trị viên."
            ) from error
    raise StorageError(f"Nguồn khoá không được hỗ trợ: {source!r}.")


def _create(data_dir: Path) -> tuple[bytes, dict[str, str]]:
    installation = secrets.token_hex(16)
    secret = os.environ.get(SECRET_ENV)
    info = {"installation": installation, "format": "1"}
    if secret:
        salt = secrets.token_bytes(16)
        master = _scrypt(secret, salt)
        info.update(source="secret", salt=salt.hex(), kdf=f"scrypt-n{SCRYPT_N}-r{SCRYPT_R}")
    elif sys.platform == "win32":
        from counter.security.dpapi import protect

        master = secrets.token_bytes(KEY_BYTES)
        write_atomically(data_dir / "key.dpapi", protect(master))
        info.update(source="dpapi")
    else:
        master = secrets.token_bytes(KEY_BYTES)
        write_atomically(_config_key_dir() / f"{installation}.key", master)
        info.update(source="config-file")
    info["check"] = _check_value(master)
    return master, info


def installation_keys(data_dir: Path) -> InstallationKeys:
    """The keys of the installation in ``data_dir``, made on first use."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        info = _load_info(data_dir)
        if info is None:
            master, info = _create(data_dir)
            write_atomically(data_dir / KEYINFO, json.dumps(info, indent=1).encode("utf-8"))
        else:
            master = _master_from(info, data_dir)
    except OSError as error:
        raise StorageError(f"Không đọc/ghi được khoá của bản cài đặt: {error.strerror}.") from error
    if not hmac.compare_digest(_check_value(master), info["check"]):
        raise StorageError(
            "Sai khoá giải mã: mã bí mật cài đặt không đúng với dữ liệu này. "
            "Dữ liệu không bị thay đổi."
        )
    return InstallationKeys(database=derive(master, "database"), files=derive(master, "files"),
                            audit=derive(master, "audit"))
