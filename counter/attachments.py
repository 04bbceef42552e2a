"""Scans and photos attached to a dossier: stored once by SHA-256, recorded with who and when."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from sqlalchemy import select, update

from counter import audit, clock
from counter.access import check_permission
from counter.db.models import Attachment, Dossier
from counter.dossiers.model import AttachmentView
from counter.dossiers.transitions import load_dossier
from counter.errors import InputError
from counter.roles import Actor
from counter.workspace import Workspace

KINDS = ("scan", "photo", "result", "other")
MAX_FILENAME = 300
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


def kind_of_file(filename: str) -> str:
    """What a file chosen at the counter is: a photo (JPEG, PNG), else a scan."""
    return "photo" if PurePath(filename).suffix.lower() in PHOTO_SUFFIXES else "scan"


def _media_type(filename: str) -> str:
    guessed, _encoding = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def add_attachment(workspace: Workspace, code: str, filename: str, content: bytes,
                   actor: Actor, kind: str = "scan") -> AttachmentView:
    """Keep ``content`` with dossier ``code``; the file is written before the row."""
    check_permission(workspace, actor, "dossier.attach", "dossier", code)
    name = PurePath(filename.replace("\\", "/")).name.strip()
    if not name:
        raise InputError("file", "thiếu tên tệp.")
    if len(name) > MAX_FILENAME:
        raise InputError("file", f"tên tệp dài quá {MAX_FILENAME} ký tự.")
    if kind not in KINDS:
        raise InputError("kind", f"loại tệp phải là một trong: {', '.join(KINDS)}.")
    if not content:
        raise InputError("file", f"tệp {name} rỗng.")
    with workspace.store.read() as session:
        load_dossier(session, code)
    digest = workspace.files.put(content)
    now = clock.now()
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        attachment = Attachment(
            dossier_id=row.id, sha256=digest, filename=name, media_type=_media_type(name),
            size=len(content), kind=kind, added_at=now, added_by=actor.username,
        )
        session.add(attachment)
        row.updated_at = now
        audit.record(session, actor, "dossier.attach", "dossier", row.code, f"sha256={digest}")
        session.flush()
        return AttachmentView(digest, name, attachment.media_type, len(content), kind, now,
                              actor.username, attachment.id)


def read_attachment(workspace: Workspace, code: str, sha256: str, actor: Actor) -> bytes:
    """The bytes of one attachment of dossier ``code`` (checked against its hash)."""
    check_permission(workspace, actor, "dossier.view", "dossier", code)
    with workspace.store.write() as session:
        row = load_dossier(session, code)
        if not any(a.sha256 == sha256 for a in row.attachments):
            raise InputError("file", "tệp này không thuộc hồ sơ.")
        audit.record(session, actor, "dossier.read_attachment", "dossier", row.code)
    return workspace.files.get(sha256)


def attachments_after(workspace: Workspace, after_id: int, limit: int) -> list[tuple[int, str]]:
    """(id, sha256) of the attachments added after ``after_id``, oldest first."""
    with workspace.store.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.sha256)
            .where(Attachment.id > after_id)
            .order_by(Attachment.id)
            .limit(limit)
        ).all()
    return [(row_id, digest) for row_id, digest in rows]


def mark_uploaded(workspace: Workspace, attachment_id: int,
                  cursor: tuple[str, Any] | None = None) -> None:
    """The central system has this file: local retention may remove it later. ``cursor``
    (name, value), if given, moves the sync cursor past it in the same transaction."""
    from counter.sync_state import advance_cursor

    with workspace.store.write() as session:
        session.execute(
            update(Attachment)
            .where(Attachment.id == attachment_id, Attachment.uploaded_at.is_(None))
            .values(uploaded_at=clock.now())
        )
        if cursor is not None:
            advance_cursor(session, *cursor)


def attachment_digests(workspace: Workspace, codes: Iterable[str]) -> set[str]:
    """The SHA-256 of every file attached to the dossiers ``codes``."""
    wanted = sorted(set(codes))
    if not wanted:
        return set()
    with workspace.store.read() as session:
        return set(
            session.scalars(
                select(Attachment.sha256).join(Dossier).where(Dossier.code.in_(wanted))
            )
        )
