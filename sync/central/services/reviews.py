"""Messages kept for a person to review (conflicting versions, refused messages), bounded.

Each workstation has a room for whole bodies (a number of messages and of bytes). Past it,
a refused message leaves only a short record (id, reason, hash, size) in ``review_overflow``,
up to a number of records; past that, only a count. So a workstation sending junk without
end grows the database by at most ``items × ~1 KiB + bytes + records × ~1 KiB``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.central.models import ReviewBudget, ReviewItem, ReviewOverflow
from sync.central.services.common import WorkstationIdentity, upsert_for
from sync.central.settings import CentralSettings

MAX_REASON_CHARS = 2000
MAX_ID_CHARS = 200
_CHUNK = 500


@dataclass(frozen=True)
class ReviewLimits:
    items: int
    bytes: int
    records: int

    @classmethod
    def of(cls, settings: CentralSettings) -> ReviewLimits:
        return cls(
            settings.review_items_per_workstation,
            settings.review_bytes_per_workstation,
            settings.review_records_per_workstation,
        )


def short_reason(reason: str) -> str:
    """A reason as stored and answered: never longer than ``MAX_REASON_CHARS``."""
    if len(reason) <= MAX_REASON_CHARS:
        return reason
    return reason[: MAX_REASON_CHARS - 1] + "…"


@dataclass(frozen=True)
class ReviewEntry:
    message_id: str
    body: str
    reason_code: str
    reason: str

    @property
    def encoded(self) -> bytes:
        return self.body.encode("utf-8", "surrogatepass")

    @property
    def key(self) -> tuple[str, str, str]:
        digest = hashlib.sha256(self.encoded).hexdigest()
        return (self.message_id[:MAX_ID_CHARS], digest, self.reason_code)


def keep_for_review(
    session: Session,
    workstation: WorkstationIdentity,
    entries: Sequence[ReviewEntry],
    received_at: datetime,
    limits: ReviewLimits,
) -> None:
    """Keep each body whole while the workstation's room allows, then a short record, then only
    a count. The same message with the same content and reason is kept once. A few statements
    for any number of entries; the budget row is locked while it is counted."""
    fresh = _not_yet_kept(session, {entry.key: entry for entry in entries})
    if not fresh:
        return
    budget = _locked_budget(session, workstation.id)
    whole, records = [], []
    for (message_id, content_hash, reason_code), entry in fresh.items():
        row = {
            "message_id": message_id,
            "content_hash": content_hash,
            "reason_code": reason_code,
            "reason": short_reason(entry.reason),
            "workstation_id": workstation.id,
            "received_at": received_at,
        }
        size = len(entry.encoded)
        if budget.kept_items < limits.items and budget.kept_bytes + size <= limits.bytes:
            budget.kept_items += 1
            budget.kept_bytes += size
            whole.append({**row, "body": entry.body})
        elif budget.overflow_items < limits.records:
            budget.overflow_items += 1
            records.append({**row, "size": size})
        else:
            budget.dropped_items += 1
    insert = upsert_for(session)
    if whole:
        session.execute(insert(ReviewItem).on_conflict_do_nothing(), whole)
    if records:
        session.execute(insert(ReviewOverflow).on_conflict_do_nothing(), records)
    session.flush()


def _not_yet_kept(
    session: Session, wanted: dict[tuple[str, str, str], ReviewEntry]
) -> dict[tuple[str, str, str], ReviewEntry]:
    ids = sorted({key[0] for key in wanted})
    found: set[tuple[str, str, str]] = set()
    for model in (ReviewItem, ReviewOverflow):
        for start in range(0, len(ids), _CHUNK):
            rows = session.execute(
                select(model.message_id, model.content_hash, model.reason_code).where(
                    model.message_id.in_(ids[start : start + _CHUNK])
                )
            )
            found.update((r.message_id, r.content_hash, r.reason_code) for r in rows)
    return {key: entry for key, entry in wanted.items() if key not in found}


def _locked_budget(session: Session, workstation_id: str) -> ReviewBudget:
    session.execute(
        upsert_for(session)(ReviewBudget)
        .values(
            workstation_id=workstation_id,
            kept_items=0,
            kept_bytes=0,
            overflow_items=0,
            dropped_items=0,
        )
        .on_conflict_do_nothing()
    )
    budget = session.scalars(
        select(ReviewBudget)
        .where(ReviewBudget.workstation_id == workstation_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    return budget
