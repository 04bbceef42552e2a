"""Retention: scans and photos are removed locally once they are no longer needed here.

A file goes when its dossier is over (returned, refused, withdrawn or stopped) for longer
than ``retention_days``, the central system has acknowledged every message of the dossier,
and the file itself was uploaded. The attachment row stays, marked purged; the purge is
audited. Pages scanned for an intake that was never received go after a day. Decree 356/2025: ID card images are sensitive data, kept only as long as needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.access import check_permission
from counter.db.models import Attachment, Dossier, OutboxMessage
from counter.dossiers.lifecycle import Status
from counter.errors import InputError
from counter.roles import Actor
from counter.scanning.drafts import DRAFT_DAYS, discard_stale_drafts
from counter.settings import get_setting
from counter.workspace import Workspace

OVER = (Status.RETURNED, Status.REFUSED, Status.WITHDRAWN, Status.STOPPED)
PURGED_KINDS = ("scan", "photo")


@dataclass(frozen=True)
class PurgeReport:
    attachments: int
    files_removed: int
    bytes_freed: int
    dossiers: tuple[str, ...]
    dry_run: bool
    draft_pages: int = 0  # scanned pages of intakes never received, forgotten


def _due_for_purge(session: Session, cutoff: datetime) -> list[tuple[Attachment, str]]:
    not_acknowledged = exists().where(OutboxMessage.dossier_code == Dossier.code,
                                      OutboxMessage.state != "acknowledged")
    acknowledged = exists().where(OutboxMessage.dossier_code == Dossier.code,
                                  OutboxMessage.state == "acknowledged")
    rows = session.execute(
        select(Attachment, Dossier.code).join(Dossier).where(
            Attachment.purged_at.is_(None),
            Attachment.uploaded_at.is_not(None),
            Attachment.kind.in_(PURGED_KINDS),
            Dossier.status.in_([str(s) for s in OVER]),
            Dossier.finished_at < cutoff,
            acknowledged,
            ~not_acknowledged,
        ).order_by(Attachment.id)
    ).all()
    return [(attachment, code) for attachment, code in rows]


def _still_needed(session: Session, digests: set[str]) -> set[str]:
    return set(session.scalars(select(Attachment.sha256).where(
        Attachment.sha256.in_(sorted(digests)), Attachment.purged_at.is_(None))))


def purge_expired_files(workspace: Workspace, actor: Actor, *, days: int | None = None,
                        dry_run: bool = False, now: datetime | None = None) -> PurgeReport:
    check_permission(workspace, actor, "retention.purge", "retention")
    now = now or clock.now()
    with workspace.store.read() as session:
        days = days if days is not None else int(get_setting(session, "retention_days"))
    if days < 0:
        raise InputError("days", "số ngày lưu giữ không được âm.")
    with workspace.store.write() as session:
        due = _due_for_purge(session, now - timedelta(days=days))
        codes = tuple(sorted({code for _, code in due}))
        sizes = {a.sha256: a.size for a, _ in due}
        if dry_run:
            session.rollback()
            return PurgeReport(len(due), len(sizes), sum(sizes.values()), codes, True)
        for attachment, _code in due:
            attachment.purged_at = now
        for code in codes:
            count = sum(1 for _, c in due if c == code)
            audit.record(session, actor, "retention.purge", "dossier", code, f"files={count}")
        session.flush()
        removable = set(sizes) - _still_needed(session, set(sizes))
    removed = [digest for digest in sorted(removable) if workspace.files.remove(digest)]
    drafts = discard_stale_drafts(workspace, now - timedelta(days=DRAFT_DAYS))
    return PurgeReport(len(due), len(removed), sum(sizes[d] for d in removed), codes, False,
                       drafts)
