"""Attachments by content hash: ask which are missing, upload in chunks, finish with a hash check.

Who sees what:

* An unfinished upload belongs to the workstation that started it: it lives in
  ``partial/<workstation id>/<sha256>`` and grows chunk by chunk; the client resumes from
  the size the server reports *to that workstation*. Another workstation cannot write
  into it (its own upload of the same hash starts at byte 0). Uploads untouched for
  ``partial_upload_hours`` are discarded, a few at a time on each upload call.
* Messages do not name attachments (a dossier snapshot lists documents, not hashes), so
  the server answers "already here" only to an agency that holds the file: one of its
  workstations uploaded it whole, or a batch file signed by one of them carried it. To
  anyone else every hash is "missing" (from the byte its own partial upload reached), so
  the query tells nothing about other agencies' files; uploading the whole file proves
  possession and makes the agency a holder without storing the bytes twice.

Finishing checks size and SHA-256 while encrypting the file into
``<sha256[:2]>/<sha256>`` (:mod:`sync.central.sealed_files`). Chunks are written at their
offset, so a chunk sent twice (an answer lost) does no harm. Files stored before
encryption stay readable.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, select, union
from sqlalchemy.orm import Session

from counter.errors import StorageError
from sync.central.errors import ConflictError, InvalidRequestError, TooLargeError
from sync.central.models import Attachment, AttachmentHolder, AttachmentUpload, Workstation
from sync.central.sealed_files import is_sealed, open_sealed, seal_file
from sync.central.services.common import WorkstationIdentity, upsert_for, utc_now
from sync.central.settings import make_private_folder
from sync.protocol import SHA256_PATTERN, MissingAttachment

EXPIRED_PER_CALL = 20


class AttachmentStore:
    def __init__(
        self,
        root: Path,
        *,
        max_bytes: int,
        max_chunk: int,
        key: bytes,
        partial_ttl: timedelta = timedelta(hours=24),
    ) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self.max_chunk = max_chunk
        self.partial_ttl = partial_ttl
        self._key = key
        make_private_folder(root)
        make_private_folder(root / "partial")

    def stored_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def read(self, sha256: str) -> bytes:
        """The clear bytes of a stored attachment (checked against its hash)."""
        self.check_digest(sha256)
        return open_sealed(self._key, self.stored_path(sha256), sha256)

    def _partial_path(self, workstation: WorkstationIdentity, sha256: str) -> Path:
        return self.root / "partial" / workstation.id / sha256

    def _received(self, workstation: WorkstationIdentity, sha256: str) -> int:
        try:
            return self._partial_path(workstation, sha256).stat().st_size
        except FileNotFoundError:
            return 0

    @staticmethod
    def check_digest(sha256: str) -> None:
        if not SHA256_PATTERN.fullmatch(sha256):
            raise InvalidRequestError(
                f"{sha256[:80]!r} không phải mã SHA-256 (64 chữ số hex thường)."
            )

    def missing(
        self, session: Session, workstation: WorkstationIdentity, digests: Iterable[str]
    ) -> list[MissingAttachment]:
        """The hashes this workstation's agency does not hold, each with where to resume."""
        self.expire_stale_uploads(session)
        wanted = list(dict.fromkeys(digests))
        held = _held(session, workstation.agency_code, wanted)
        return [
            MissingAttachment(sha256=digest, offset=self._received(workstation, digest))
            for digest in wanted
            if digest not in held or not self.stored_path(digest).exists()
        ]

    def write_chunk(
        self,
        session: Session,
        workstation: WorkstationIdentity,
        sha256: str,
        offset: int,
        data: bytes,
    ) -> int:
        """Write a chunk of this workstation's upload at ``offset``; the bytes received so far."""
        self.check_digest(sha256)
        self.expire_stale_uploads(session)
        if self._is_held(session, workstation, sha256):
            return self.stored_path(sha256).stat().st_size
        if len(data) > self.max_chunk:
            raise TooLargeError(f"Mỗi phần tải lên tối đa {self.max_chunk} byte.")
        if offset < 0 or offset + len(data) > self.max_bytes:
            raise TooLargeError(f"Tệp đính kèm tối đa {self.max_bytes} byte.")
        received = self._received(workstation, sha256)
        if offset > received:
            raise ConflictError(
                f"Phần tải lên bắt đầu ở byte {offset} nhưng máy chủ mới nhận {received} byte "
                "từ máy trạm này (phần tải dở của máy trạm khác không dùng chung được); "
                f"hãy tiếp tục từ byte {received}."
            )
        path = self._partial_path(workstation, sha256)
        make_private_folder(path.parent)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        with os.fdopen(descriptor, "r+b") as handle:
            handle.seek(offset)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self._touch_upload(session, workstation, sha256)
        return max(received, offset + len(data))

    def finish(
        self, session: Session, workstation: WorkstationIdentity, sha256: str, size: int
    ) -> int:
        """Check this workstation's uploaded bytes against their hash and keep them; a wrong
        hash starts over."""
        self.check_digest(sha256)
        if self._is_held(session, workstation, sha256):
            return self.stored_path(sha256).stat().st_size
        received = self._received(workstation, sha256)
        if received != size:
            raise ConflictError(
                f"Máy chủ mới nhận {received} trên {size} byte của tệp đính kèm từ máy trạm này; "
                "hãy tải tiếp."
            )
        partial = self._partial_path(workstation, sha256)
        try:
            self._keep_checked(session, workstation, sha256, partial)
        finally:
            partial.unlink(missing_ok=True)
            session.execute(
                delete(AttachmentUpload).where(
                    AttachmentUpload.workstation_id == workstation.id,
                    AttachmentUpload.sha256 == sha256,
                )
            )
        return size

    def keep_bytes(
        self, session: Session, workstation: WorkstationIdentity, sha256: str, data: bytes
    ) -> bool:
        """Store checked bytes (from a batch file signed by ``workstation``); False if the
        server had them already."""
        if self._is_held(session, workstation, sha256):
            return False
        already = self._is_stored(session, sha256)
        temporary = self.root / "partial" / f"{sha256}.batch-{secrets.token_hex(8)}"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
            self._keep_checked(session, workstation, sha256, temporary)
        finally:
            temporary.unlink(missing_ok=True)
        return not already

    def _keep_checked(
        self, session: Session, workstation: WorkstationIdentity, sha256: str, source: Path
    ) -> None:
        """Encrypt ``source`` into the store if it matches ``sha256``, and record the
        workstation's agency as a holder. Refused (and nothing kept) on a wrong hash."""
        target = self.stored_path(sha256)
        make_private_folder(target.parent)
        sealing = target.with_name(f".{sha256}.{secrets.token_hex(8)}.sealing")
        try:
            if seal_file(self._key, source, sealing, sha256) != sha256:
                raise InvalidRequestError(
                    "Nội dung tệp đính kèm không khớp mã SHA-256 đã khai; phần đã tải bị hủy, "
                    "hãy tải lại từ đầu."
                )
            if not self._is_stored(session, sha256):
                os.replace(sealing, target)
        finally:
            sealing.unlink(missing_ok=True)
        insert = upsert_for(session)
        session.execute(
            insert(Attachment)
            .values(
                sha256=sha256,
                size=source.stat().st_size,
                stored_at=utc_now(),
                workstation_id=workstation.id,
            )
            .on_conflict_do_nothing()
        )
        session.execute(
            insert(AttachmentHolder)
            .values(sha256=sha256, agency_code=workstation.agency_code)
            .on_conflict_do_nothing()
        )

    def _touch_upload(
        self, session: Session, workstation: WorkstationIdentity, sha256: str
    ) -> None:
        now = utc_now()
        insert = upsert_for(session)(AttachmentUpload).values(
            workstation_id=workstation.id, sha256=sha256, started_at=now, updated_at=now
        )
        session.execute(
            insert.on_conflict_do_update(
                index_elements=["workstation_id", "sha256"], set_={"updated_at": now}
            )
        )

    def expire_stale_uploads(self, session: Session, limit: int = EXPIRED_PER_CALL) -> int:
        """Discard up to ``limit`` uploads untouched for longer than the settings allow."""
        cutoff = utc_now() - self.partial_ttl
        stale = session.execute(
            select(AttachmentUpload.workstation_id, AttachmentUpload.sha256)
            .where(AttachmentUpload.updated_at < cutoff)
            .order_by(AttachmentUpload.updated_at)
            .limit(limit)
        ).all()
        for workstation_id, sha256 in stale:
            (self.root / "partial" / workstation_id / sha256).unlink(missing_ok=True)
            session.execute(
                delete(AttachmentUpload).where(
                    AttachmentUpload.workstation_id == workstation_id,
                    AttachmentUpload.sha256 == sha256,
                    AttachmentUpload.updated_at < cutoff,
                )
            )
        return len(stale)

    def seal_clear_files(self, limit: int) -> int:
        """Encrypt up to ``limit`` files stored in clear before encryption was on; the number
        encrypted (0 once none is left). A file that does not match its name is left alone
        and reported."""
        done = 0
        for path in clear_files(self.root):
            if done >= limit:
                break
            sealing = path.with_name(f".{path.name}.{secrets.token_hex(8)}.sealing")
            try:
                if seal_file(self._key, path, sealing, path.name) != path.name:
                    raise StorageError(f"Tệp {path.name[:12]}… đã bị hỏng; chưa mã hóa được.")
                os.replace(sealing, path)
            finally:
                sealing.unlink(missing_ok=True)
            done += 1
        return done

    def _is_stored(self, session: Session, sha256: str) -> bool:
        return session.get(Attachment, sha256) is not None and self.stored_path(sha256).exists()

    def _is_held(self, session: Session, workstation: WorkstationIdentity, sha256: str) -> bool:
        return sha256 in _held(session, workstation.agency_code, [sha256]) and (
            self.stored_path(sha256).exists()
        )


def clear_files(root: Path) -> Iterator[Path]:
    """Stored attachments under ``root`` still in clear (kept before encryption was on)."""
    for path in sorted(root.glob("??/*")):
        if SHA256_PATTERN.fullmatch(path.name) and not is_sealed(path):
            yield path


def _held(session: Session, agency_code: str, digests: list[str]) -> set[str]:
    """Which of ``digests`` the agency holds: recorded holders, or (files stored before
    holders were recorded) the agency of the workstation that stored them."""
    if not digests:
        return set()
    recorded = select(AttachmentHolder.sha256).where(
        AttachmentHolder.agency_code == agency_code, AttachmentHolder.sha256.in_(digests)
    )
    first_stored = (
        select(Attachment.sha256)
        .join(Workstation, Workstation.id == Attachment.workstation_id)
        .where(Workstation.agency_code == agency_code, Attachment.sha256.in_(digests))
    )
    return set(session.scalars(union(recorded, first_stored)))
