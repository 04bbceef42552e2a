"""Uploading the core's stored files (scans, photos) by content hash, resumable."""

from __future__ import annotations

from counter.attachments import attachments_after, mark_uploaded
from counter.workspace import Workspace
from sync.client.api import CentralApi
from sync.client.cursors import CursorStore

CURSOR = "attachments:after_id"
PAGE = 200


def upload_new_attachments(workspace: Workspace, api: CentralApi, cursors: CursorStore) -> int:
    """Upload attachments added since the last sync, oldest first; the number uploaded."""
    after = int(cursors.get(CURSOR) or 0)
    uploaded = 0
    while True:
        rows = attachments_after(workspace, after, PAGE)
        if not rows:
            return uploaded
        digests = sorted({digest for _id, digest in rows})
        missing = {m.sha256 for m in api.missing_attachments(digests).missing}
        for row_id, digest in rows:
            if digest in missing:
                api.upload_content(workspace.files.get(digest))
                missing.discard(digest)
                uploaded += 1
            mark_uploaded(workspace, row_id, cursor=(CURSOR, row_id))
            after = row_id
