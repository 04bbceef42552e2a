"""Stored files (scans, photos, printed PDFs), kept once by their SHA-256.

With a key, each file is encrypted with AES-256-GCM (a fresh nonce per file; the SHA-256
of the content is bound in as associated data, so a file cannot be swapped for another).
The name is the SHA-256 of the clear content, which reveals nothing readable.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counter.atomic import write_atomically
from counter.errors import InputError, StorageError, storage_error_from_os

MAX_FILE_BYTES = 50 * 1024 * 1024
MAGIC = b"OSF1"
NONCE_BYTES = 12
ENCRYPTED_MARKER = ".encrypted-v1"


class FileStore:
    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        self._aead = AESGCM(key) if key is not None else None

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def _seal(self, content: bytes, digest: str) -> bytes:
        if self._aead is None:
            return content
        nonce = secrets.token_bytes(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, content, digest.encode("ascii"))

    def _open(self, stored: bytes, digest: str) -> bytes:
        if not stored.startswith(MAGIC):
            return stored
        if self._aead is None:
            raise StorageError(f"Tệp {digest[:12]}… đã được mã hoá; cần khoá của bản cài đặt.")
        nonce = stored[len(MAGIC):len(MAGIC) + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, stored[len(MAGIC) + NONCE_BYTES:],
                                      digest.encode("ascii"))
        except InvalidTag:
            raise StorageError(f"Tệp {digest[:12]}… bị hỏng hoặc bị sửa (sai mã xác thực).") \
                from None

    def put(self, content: bytes) -> str:
        """Store ``content`` durably (written, flushed, then renamed into place)."""
        if len(content) > MAX_FILE_BYTES:
            raise InputError("file", f"tệp lớn quá {MAX_FILE_BYTES // (1024 * 1024)} MB.")
        digest = hashlib.sha256(content).hexdigest()
        target = self.path_of(digest)
        if target.exists():
            return digest
        try:
            write_atomically(target, self._seal(content, digest))
        except OSError as error:
            raise storage_error_from_os(error, "Không lưu được tệp") from error
        return digest

    def get(self, sha256: str) -> bytes:
        try:
            stored = self.path_of(sha256).read_bytes()
        except OSError as error:
            raise StorageError(f"Không đọc được tệp {sha256[:12]}… ({error.strerror}).") from error
        content = self._open(stored, sha256)
        if hashlib.sha256(content).hexdigest() != sha256:
            raise StorageError(f"Tệp {sha256[:12]}… đã bị hỏng (sai mã băm).")
        return content

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def remove(self, sha256: str) -> bool:
        try:
            self.path_of(sha256).unlink()
        except FileNotFoundError:
            return False
        return True

    def encrypt_existing(self) -> int:
        """Encrypt files stored before encryption was on; once per data folder."""
        marker = self.root / ENCRYPTED_MARKER
        if self._aead is None or marker.exists():
            return 0
        try:
            return self._encrypt_all(marker)
        except OSError as error:
            raise StorageError(f"Không mã hoá được các tệp đã lưu ({error.strerror}).") from error

    def _encrypt_all(self, marker: Path) -> int:
        done = 0
        if self.root.exists():
            for path in sorted(self.root.glob("??/*")):
                if path.suffix == ".part" or not path.is_file():
                    continue
                stored = path.read_bytes()
                if stored.startswith(MAGIC):
                    continue
                if hashlib.sha256(stored).hexdigest() != path.name:
                    raise StorageError(f"Tệp {path.name[:12]}… đã bị hỏng; chưa mã hoá được.")
                write_atomically(path, self._seal(stored, path.name))
                done += 1
        self.root.mkdir(parents=True, exist_ok=True)
        marker.touch()
        return done
