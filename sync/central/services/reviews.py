"""Messages kept for a person to review (conflicting versions, refused messages), bounded.

Each workstation has a room for whole bodies (a number of messages and of bytes). Past it,
a refused message leaves only a short record (id, reason, hash, size) in ``review_overflow``,
up to a number of records; past that, only a count. So a workstation sending junk without
end grows the database by at most ``items × ~1 KiB + bytes + records × ~1 KiB``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from sync.central.models import ReviewBudget, ReviewItem, ReviewOverflow
from sync.central.services.common import WorkstationIdentity, upsert_for
from sync.central.settings import CentralSettings

MAX_REASON_CHARS = 2000
MAX_ID_CHARS = 200


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


def keep_for_review(
    session: Session,
    workstation: WorkstationIdentity,
    message_id: str,
    body: str,
    reason_code: str,
    reason: str,
    received_at: datetime,
    limits: ReviewLimits,
) -> None:
    """Keep ``body`` whole if the workstation's room allows, else a short record, else a count.
    The same message with the same content and reason is kept once."""
    message_id = message_id[:MAX_ID_CHARS]
    encoded = body.encode("utf-8", "surrogatepass")
    content_hash = hashlib.sha256(encoded).hexdigest()
    if _already_kept(session, message_id, content_hash, reason_code):
        return
    values = {
        "message_id": message_id,
        "content_hash": content_hash,
        "reason_code": reason_code,
        "reason": short_reason(reason),
        "workstation_id": workstation.id,
        "received_at": received_at,
    }
    insert = upsert_for(session)
    _ensure_budget_row(session, workstation.id)
    if _take(session, workstation.id, limits, len(encoded)):
        session.execute(insert(ReviewItem).values(body=body, **values).on_conflict_do_nothing())
    elif _take_record(session, workstation.id, limits):
        session.execute(
            insert(ReviewOverflow).values(size=len(encoded), **values).on_conflict_do_nothing()
        )
    else:
        session.execute(
            update(ReviewBudget)
            .where(ReviewBudget.workstation_id == workstation.id)
            .values(dropped_items=ReviewBudget.dropped_items + 1)
        )


def _already_kept(session: Session, message_id: str, content_hash: str, reason_code: str) -> bool:
    def same(model: type[ReviewItem] | type[ReviewOverflow]) -> bool:
        found = session.scalar(
            select(
                exists().where(
                    model.message_id == message_id,
                    model.content_hash == content_hash,
                    model.reason_code == reason_code,
                )
            )
        )
        return bool(found)

    return same(ReviewItem) or same(ReviewOverflow)


def _ensure_budget_row(session: Session, workstation_id: str) -> None:
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


def _take(session: Session, workstation_id: str, limits: ReviewLimits, size: int) -> bool:
    """Reserve room for one whole body of ``size`` bytes, atomically; False if it does not fit."""
    taken = session.execute(
        update(ReviewBudget)
        .where(
            ReviewBudget.workstation_id == workstation_id,
            ReviewBudget.kept_items < limits.items,
            ReviewBudget.kept_bytes + size <= limits.bytes,
        )
        .values(
            kept_items=ReviewBudget.kept_items + 1, kept_bytes=ReviewBudget.kept_bytes + size
        )
        .returning(ReviewBudget.workstation_id)
    ).first()
    return taken is not None


def _take_record(session: Session, workstation_id: str, limits: ReviewLimits) -> bool:
    taken = session.execute(
        update(ReviewBudget)
        .where(
            ReviewBudget.workstation_id == workstation_id,
            ReviewBudget.overflow_items < limits.records,
        )
        .values(overflow_items=ReviewBudget.overflow_items + 1)
        .returning(ReviewBudget.workstation_id)
    ).first()
    return taken is not None
