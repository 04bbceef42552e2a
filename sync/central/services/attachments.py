"""Attachments by content hash: ask which are missing, upload in chunks, finish with a hash check.

A partial upload lives in ``partial/<sha256>`` and grows chunk by chunk; the
client resumes from the size the server reports. Finishing checks size and
SHA-256, then moves the file to ``<sha256[:2]>/<sha256>``. Chunks are written
at their offset, so a chunk sent twice (an answer lost) does no harm.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.central.errors import ConflictError, InvalidRequestError, TooLargeError
from sync.central.models import Attachment
from sync.central.services.common import WorkstationIdentity, upsert_for, utc_now
from sync.protocol import SHA256_PATTERN, MissingAttachment

_READ_SIZE = 1 << 20


class AttachmentStore:
    def __init__(self, root: Path, *, max_bytes: int, max_chunk: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.max_chunk = max_chunk
        (root / "partial").mkdir(parents=True, exist_ok=True)

    def stored_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def _partial_path(self, sha256: str) -> Path:
        return self.root / "partial" / sha256

    def _received(self, sha256: str) -> int:
        try:
            return self._partial_path(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    @staticmethod
    def check_digest(sha256: str) -> None:
        if not SHA256_PATTERN.match(sha256):
            raise InvalidRequestError(
                f"'{sha256[:80]}' không phải mã SHA-256 (64 chữ số hex thường)."
            )

    def missing(self, session: Session, digests: Iterable[str]) -> list[MissingAttachment]:
        wanted = list(dict.fromkeys(digests))
        have = set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(wanted))))
        return [
            MissingAttachment(sha256=digest, offset=self._received(digest))
            for digest in wanted
            if digest not in have or not self.stored_path(digest).exists()
        ]

    def write_chunk(self, session: Session, sha256: str, offset: int, data: bytes) -> int:
        """Write a chunk at ``offset``; the number of bytes received so far."""
        self.check_digest(sha256)
        if self._is_complete(session, sha256):
            return self.stored_path(sha256).stat().st_size
        if len(data) > self.max_chunk:
            raise TooLargeError(f"Mỗi phần tải lên tối đa {self.max_chunk} byte.")
        if offset < 0 or offset + len(data) > self.max_bytes:
            raise TooLargeError(f"Tệp đính kèm tối đa {self.max_bytes} byte.")
        received = self._received(sha256)
        if offset > received:
            raise ConflictError(
                f"Phần tải lên bắt đầu ở byte {offset} nhưng máy chủ mới nhận {received} byte; "
                f"hãy tiếp tục từ byte {received}."
            )
        path = self._partial_path(sha256)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o640)
        with os.fdopen(descriptor, "r+b") as handle:
            handle.seek(offset)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return max(received, offset + len(data))

    def finish(
        self, session: Session, workstation: WorkstationIdentity, sha256: str, size: int
    ) -> int:
        """Check the uploaded bytes against their hash and keep them; a wrong hash starts over."""
        self.check_digest(sha256)
        if self._is_complete(session, sha256):
            return self.stored_path(sha256).stat().st_size
        received = self._received(sha256)
        if received != size:
            raise ConflictError(
                f"Máy chủ mới nhận {received} trên {size} byte của tệp đính kèm; hãy tải tiếp."
            )
        partial = self._partial_path(sha256)
        if _file_sha256(partial) != sha256:
            partial.unlink(missing_ok=True)
            raise InvalidRequestError(
                "Nội dung tệp đính kèm không khớp mã SHA-256 đã khai; phần đã tải bị hủy, "
                "hãy tải lại từ đầu."
            )
        self.keep(session, workstation, sha256, partial)
        return size

    def keep(
        self, session: Session, workstation: WorkstationIdentity, sha256: str, source: Path
    ) -> None:
        """Move a checked file into the store and record it."""
        target = self.stored_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        session.execute(
            upsert_for(session)(Attachment)
            .values(
                sha256=sha256,
                size=target.stat().st_size,
                stored_at=utc_now(),
                workstation_id=workstation.id,
            )
            .on_conflict_do_nothing()
        )

    def keep_bytes(
        self, session: Session, workstation: WorkstationIdentity, sha256: str, data: bytes
    ) -> bool:
        """Store checked bytes (from a batch file); False if already there."""
        if self._is_complete(session, sha256):
            return False
        temporary = self.root / "partial" / f"{sha256}.batch-{os.getpid()}"
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self.keep(session, workstation, sha256, temporary)
        return True

    def _is_complete(self, session: Session, sha256: str) -> bool:
        return session.get(Attachment, sha256) is not None and self.stored_path(sha256).exists()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_READ_SIZE):
            digest.update(chunk)
    return digest.hexdigest()
