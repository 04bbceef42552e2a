"""Retention: scans of finished, acknowledged, uploaded dossiers are purged after N days."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from counter import clock
from counter.attachments import add_attachment
from counter.db.models import Attachment, AuditEvent, OutboxMessage
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.errors import PermissionDeniedError
from counter.retention import purge_expired_files
from tests.core.conftest import OFFICER, SUPERVISOR, citizen

LATER = timedelta(days=91)


def _finished_dossier(workspace, scan: bytes, *, acknowledged: bool = True,  # type: ignore[no-untyped-def]
                      uploaded: bool = True, finish: bool = True) -> tuple[str, str]:
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    digest = add_attachment(workspace, code, "cccd.jpg", scan, OFFICER, kind="photo").sha256
    if finish:
        apply_action(workspace, code, "record_result", OFFICER)
        apply_action(workspace, code, "return_result", OFFICER)
    with workspace.store.write() as session:
        if acknowledged:
            session.execute(update(OutboxMessage).where(OutboxMessage.dossier_code == code)
                            .values(state="acknowledged"))
        if uploaded:
            session.execute(update(Attachment).where(Attachment.sha256 == digest)
                            .values(uploaded_at=clock.now()))
    return code, digest


def test_purges_only_what_is_no_longer_needed(workspace) -> None:  # type: ignore[no-untyped-def]
    gone_code, gone = _finished_dossier(workspace, b"photo of an ID card 1")
    _, pending = _finished_dossier(workspace, b"photo 2", acknowledged=False)
    _, not_uploaded = _finished_dossier(workspace, b"photo 3", uploaded=False)
    _, open_one = _finished_dossier(workspace, b"photo 4", finish=False)
    too_recent = purge_expired_files(workspace, SUPERVISOR)
    assert too_recent.attachments == 0
    dry = purge_expired_files(workspace, SUPERVISOR, now=clock.now() + LATER, dry_run=True)
    assert (dry.attachments, dry.dossiers) == (1, (gone_code,))
    assert workspace.files.exists(gone)
    report = purge_expired_files(workspace, SUPERVISOR, now=clock.now() + LATER)
    assert (report.attachments, report.files_removed, report.dossiers) == (1, 1, (gone_code,))
    assert report.bytes_freed == len(b"photo of an ID card 1")
    assert not workspace.files.exists(gone)
    for kept in (pending, not_uploaded, open_one):
        assert workspace.files.exists(kept)
    with workspace.store.read() as session:
        row = session.scalar(select(Attachment).where(Attachment.sha256 == gone))
        assert row is not None and row.purged_at is not None
        audited = list(session.scalars(select(AuditEvent.object_ref).where(
            AuditEvent.action == "retention.purge")))
    assert audited == [gone_code]
    again = purge_expired_files(workspace, SUPERVISOR, now=clock.now() + LATER)
    assert again.attachments == 0


def test_a_file_shared_with_a_live_dossier_stays(workspace) -> None:  # type: ignore[no-untyped-def]
    _finished_dossier(workspace, b"the same scan")
    _finished_dossier(workspace, b"the same scan", finish=False)
    report = purge_expired_files(workspace, SUPERVISOR, now=clock.now() + LATER)
    assert (report.attachments, report.files_removed) == (1, 0)


def test_only_supervisors_and_admins_purge(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDeniedError):
        purge_expired_files(workspace, OFFICER)
