"""Uploading the core's stored files (scans, photos) by content hash, resumable."""

from __future__ import annotations

from sqlalchemy import select, update

from counter import clock
from counter.db.models import Attachment
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.client.cursors import CursorStore

CURSOR = "attachments:after_id"
PAGE = 200


def _mark_uploaded(workspace: Workspace, cursors: CursorStore, attachment_id: int) -> None:
    """The central system has this file: local retention may remove it later; the upload
    cursor moves past it in the same transaction."""
    with workspace.store.write() as session:
        session.execute(
            update(Attachment)
            .where(Attachment.id == attachment_id, Attachment.uploaded_at.is_(None))
            .values(uploaded_at=clock.now())
        )
        cursors.advance(session, CURSOR, attachment_id)


def upload_new_attachments(workspace: Workspace, api: CentralApi, cursors: CursorStore) -> int:
    """Upload attachments added since the last sync, oldest first; the number uploaded."""
    after = int(cursors.get(CURSOR) or 0)
    uploaded = 0
    while True:
        with workspace.store.read() as session:
            rows = session.execute(
                select(Attachment.id, Attachment.sha256)
                .where(Attachment.id > after)
                .order_by(Attachment.id)
                .limit(PAGE)
            ).all()
        if not rows:
            return uploaded
        missing = {
            m.sha256 for m in api.missing_attachments(sorted({r.sha256 for r in rows})).missing
        }
        for row_id, digest in rows:
            if digest in missing:
                api.upload_content(workspace.files.get(digest))
                missing.discard(digest)
                uploaded += 1
            _mark_uploaded(workspace, cursors, row_id)
            after = row_id
