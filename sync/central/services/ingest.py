"""Taking in outbox messages, exactly once, from a push or a batch file.

Idempotency as in ODK: the same message id with the same content hash is a
``duplicate`` (a success for the sender); the same id with different content
is a ``conflict``: the stored version stays, the new one is kept for review.
Several server processes may take in overlapping batches at once: message
rows are inserted in id order with ``ON CONFLICT DO NOTHING`` before any
dossier row is touched (dossiers in code order), so two writers never wait
on each other in a cycle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.canonical import canonical_json, sha256_hex
from sync.central.models import Message, ReviewItem
from sync.central.services.audit_heads import record_day_heads
from sync.central.services.common import WorkstationIdentity, stored_moment, upsert_for
from sync.central.services.dossiers import apply_event, apply_received
from sync.central.validation_text import describe_errors
from sync.protocol import OutboxMessage, PushResult

_CHUNK = 200


@dataclass
class _Candidate:
    index: int
    message: OutboxMessage
    content_hash: str
    body: str


def ingest_messages(
    session: Session,
    workstation: WorkstationIdentity,
    raw_messages: Sequence[Any],
    *,
    source: str,
    received_at: datetime,
) -> list[PushResult]:
    """A result per message, in the order given."""
    results: dict[int, PushResult] = {}
    candidates = _validated(session, workstation, raw_messages, results, received_at)
    stored = _stored_versions(session, [c.message.id for c in candidates])
    fresh = []
    for candidate in candidates:
        if candidate.message.id in stored:
            results[candidate.index] = _compare(
                session, workstation, candidate, stored, received_at
            )
        else:
            fresh.append(candidate)
    inserted = _insert_new(session, workstation, fresh, source, received_at)
    late = [c for c in fresh if c.message.id not in inserted]
    stored.update(_stored_versions(session, [c.message.id for c in late]))
    for candidate in late:
        results[candidate.index] = _compare(session, workstation, candidate, stored, received_at)
    winners = [c for c in fresh if c.message.id in inserted]
    results.update(_apply(session, workstation, winners, received_at))
    return [results[index] for index in sorted(results)]


def _effect_order(candidate: _Candidate) -> tuple[str, str, str]:
    created = stored_moment(candidate.message.created_at)
    return (
        candidate.message.dossier_code or "",
        created.isoformat() if created else "",
        candidate.message.id,
    )


def _validated(
    session: Session,
    workstation: WorkstationIdentity,
    raw_messages: Sequence[Any],
    results: dict[int, PushResult],
    received_at: datetime,
) -> list[_Candidate]:
    """Valid messages as candidates; invalid ones and repeats inside the request answered now."""
    candidates: list[_Candidate] = []
    first_by_id: dict[str, _Candidate] = {}
    for index, raw in enumerate(raw_messages):
        raw_id = str(raw.get("id")) if isinstance(raw, dict) else ""
        try:
            message = OutboxMessage.model_validate(raw)
        except ValidationError as error:
            reason = "Thông điệp không hợp lệ: " + "; ".join(describe_errors(error.errors()))
            _keep_for_review(
                session, workstation, raw_id, _loose_text(raw), "invalid", reason, received_at
            )
            results[index] = PushResult(index=index, id=raw_id, result="rejected", reason=reason)
            continue
        body_bytes = canonical_json(message.model_dump())
        # The model holds exactly the hashed fields: its canonical JSON is the hashed text.
        candidate = _Candidate(index, message, sha256_hex(body_bytes), body_bytes.decode("utf-8"))
        earlier = first_by_id.get(message.id)
        if earlier is None:
            first_by_id[message.id] = candidate
            candidates.append(candidate)
        else:
            stored = {message.id: (earlier.content_hash, earlier.body)}
            results[index] = _compare(session, workstation, candidate, stored, received_at)
    return candidates


def _loose_text(raw: Any) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)


def _stored_versions(session: Session, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(Message.id, Message.content_hash, Message.body).where(
                Message.id.in_(ids[start : start + _CHUNK])
            )
        )
        found.update({row.id: (row.content_hash, row.body) for row in rows})
    return found


def _insert_new(
    session: Session,
    workstation: WorkstationIdentity,
    fresh: Iterable[_Candidate],
    source: str,
    received_at: datetime,
) -> set[str]:
    """Insert the messages nobody has stored yet; the ids this transaction inserted."""
    rows = [
        {
            "id": c.message.id,
            "content_hash": c.content_hash,
            "kind": c.message.kind,
            "dossier_code": c.message.dossier_code,
            "workstation_id": workstation.id,
            "created_at": stored_moment(c.message.created_at),
            "received_at": received_at,
            "source": source,
            "body": c.body,
        }
        for c in sorted(fresh, key=lambda c: c.message.id)
    ]
    if not rows:
        return set()
    statement = (
        upsert_for(session)(Message.__table__)
        .on_conflict_do_nothing(index_elements=[Message.__table__.c.id])
        .returning(Message.__table__.c.id)
    )
    inserted = set(session.execute(statement, rows).scalars())
    return inserted


def _compare(
    session: Session,
    workstation: WorkstationIdentity,
    candidate: _Candidate,
    stored: dict[str, tuple[str, str]],
    received_at: datetime,
) -> PushResult:
    stored_hash, stored_body = stored[candidate.message.id]
    index, message_id = candidate.index, candidate.message.id
    if stored_hash == candidate.content_hash:
        return PushResult(index=index, id=message_id, result="duplicate")
    reason = (
        f"Thông điệp {message_id} đã được nhận trước đó với nội dung khác; "
        "cả hai phiên bản được giữ lại để xem xét."
    )
    _keep_for_review(
        session, workstation, message_id, candidate.body, "conflict", reason, received_at
    )
    return PushResult(
        index=index,
        id=message_id,
        result="conflict",
        reason=reason,
        server_version=json.loads(stored_body),
    )


def _apply(
    session: Session,
    workstation: WorkstationIdentity,
    winners: list[_Candidate],
    received_at: datetime,
) -> dict[int, PushResult]:
    """Apply newly stored messages: snapshots first (in code order), then events in time order."""
    received = [c for c in winners if c.message.kind == "dossier.received"]
    refusals = apply_received(session, workstation, [c.message for c in received])
    head_refusals = record_day_heads(
        session, workstation, [c.message for c in winners], received_at
    )
    for candidate in sorted(winners, key=_effect_order):
        if candidate.message.kind == "dossier.event":
            apply_event(session, workstation, candidate.message)
    results = {}
    for candidate in winners:
        message = candidate.message
        reason = refusals.get(message.id)
        reason_code = "code_taken"
        if reason is None and message.id in head_refusals:
            reason, reason_code = head_refusals[message.id], "audit_head"
        if reason is None:
            results[candidate.index] = PushResult(
                index=candidate.index, id=message.id, result="accepted"
            )
            continue
        session.execute(delete(Message).where(Message.id == message.id))
        _keep_for_review(
            session, workstation, message.id, candidate.body, reason_code, reason, received_at
        )
        results[candidate.index] = PushResult(
            index=candidate.index, id=message.id, result="rejected", reason=reason
        )
    return results


def _keep_for_review(
    session: Session,
    workstation: WorkstationIdentity,
    message_id: str,
    body: str,
    reason_code: str,
    reason: str,
    received_at: datetime,
) -> None:
    statement = (
        upsert_for(session)(ReviewItem)
        .values(
            message_id=message_id[:200],
            content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
            reason_code=reason_code,
            reason=reason,
            workstation_id=workstation.id,
            received_at=received_at,
            body=body,
        )
        .on_conflict_do_nothing()
    )
    session.execute(statement)
