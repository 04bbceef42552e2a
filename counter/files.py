"""Stored files (scans, photos, printed PDFs), kept once by their SHA-256."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from counter.errors import InputError, StorageError

MAX_FILE_BYTES = 50 * 1024 * 1024


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, content: bytes) -> str:
        """Store ``content`` durably (written, flushed, then renamed into place)."""
        if len(content) > MAX_FILE_BYTES:
            raise InputError("file", f"tệp lớn quá {MAX_FILE_BYTES // (1024 * 1024)} MB.")
        digest = hashlib.sha256(content).hexdigest()
        target = self.path_of(digest)
        if target.exists():
            return digest
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(".part")
            with temporary.open("wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as error:
            raise StorageError(f"Không lưu được tệp ({error.strerror}).") from error
        return digest

    def get(self, sha256: str) -> bytes:
        try:
            content = self.path_of(sha256).read_bytes()
        except OSError as error:
            raise StorageError(f"Không đọc được tệp {sha256[:12]}… ({error.strerror}).") from error
        if hashlib.sha256(content).hexdigest() != sha256:
            raise StorageError(f"Tệp {sha256[:12]}… đã bị hỏng (sai mã băm).")
        return content

    def remove(self, sha256: str) -> bool:
        try:
            self.path_of(sha256).unlink()
        except FileNotFoundError:
            return False
        return True
