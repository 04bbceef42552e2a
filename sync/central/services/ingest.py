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

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.canonical import canonical_text, sha256_hex
from sync.central.models import Message
from sync.central.services.audit_heads import record_day_heads
from sync.central.services.bulk import insert_rows, member_of
from sync.central.services.common import WorkstationIdentity, stored_moment
from sync.central.services.dossiers import apply_event, apply_received
from sync.central.services.lookup import hashed_payload
from sync.central.services.message_checks import (
    foreign_reasons,
    loose_json,
    loose_text,
    may_hold_unstorable,
    storable_text,
    unstorable_reason,
    unstorable_text,
)
from sync.central.services.notifications import enqueue_for_events
from sync.central.services.reviews import (
    MAX_ID_CHARS,
    ReviewEntry,
    ReviewLimits,
    keep_for_review,
    short_reason,
)
from sync.central.validation_text import describe_errors
from sync.protocol import OutboxMessage, PushResult

_CHUNK = 200


class _Stored(NamedTuple):
    content_hash: str
    body: str
    workstation_id: str


@dataclass
class _Candidate:
    index: int
    message: OutboxMessage
    content_hash: str
    body: str
    payload_text: str  # the payload's canonical JSON: the end of ``body``, a dossier's snapshot


@dataclass
class _Intake:
    """One call's context: who sends (and whose agency authorises), when, the review room, and
    the messages to keep for review (kept together at the end)."""

    session: Session
    workstation: WorkstationIdentity
    received_at: datetime
    limits: ReviewLimits
    check_key: bytes | None = None
    reviews: list[ReviewEntry] = field(default_factory=list)

    def keep(self, message_id: str, body: str, reason_code: str, reason: str) -> None:
        self.reviews.append(ReviewEntry(message_id, body, reason_code, reason))

    def keep_reviews(self) -> None:
        keep_for_review(self.session, self.workstation, self.reviews, self.received_at, self.limits)


def ingest_messages(
    session: Session,
    workstation: WorkstationIdentity,
    raw_messages: Sequence[Any],
    *,
    source: str,
    received_at: datetime,
    limits: ReviewLimits,
    check_key: bytes | None = None,
) -> list[PushResult]:
    """A result per message, in the order given. ``workstation`` is who made the messages:
    each must concern a dossier of its agency. A dossier's check code is kept as its HMAC
    under ``check_key`` (without a key it is not kept at all)."""
    intake = _Intake(session, workstation, received_at, limits, check_key)
    results: dict[int, PushResult] = {}
    candidates = _authorised(intake, _validated(intake, raw_messages, results), results)
    stored = _stored_versions(session, [c.message.id for c in candidates])
    fresh = []
    for candidate in candidates:
        if candidate.message.id in stored:
            results[candidate.index] = _compare(intake, candidate, stored)
        else:
            fresh.append(candidate)
    inserted = _insert_new(session, workstation, fresh, source, received_at)
    late = [c for c in fresh if c.message.id not in inserted]
    stored.update(_stored_versions(session, [c.message.id for c in late]))
    for candidate in late:
        results[candidate.index] = _compare(intake, candidate, stored)
    winners = [c for c in fresh if c.message.id in inserted]
    results.update(_apply(intake, winners))
    intake.keep_reviews()
    return [results[index] for index in sorted(results)]


def _effect_order(candidate: _Candidate) -> tuple[str, str, str]:
    created = stored_moment(candidate.message.created_at)
    return (
        candidate.message.dossier_code or "",
        created.isoformat() if created else "",
        candidate.message.id,
    )


def _rejected(index: int, message_id: str, reason: str) -> PushResult:
    return PushResult(index=index, id=message_id, result="rejected", reason=short_reason(reason))


def _validated(
    intake: _Intake, raw_messages: Sequence[Any], results: dict[int, PushResult]
) -> list[_Candidate]:
    """Valid messages as candidates; invalid ones and repeats inside the request answered now."""
    candidates: list[_Candidate] = []
    first_by_id: dict[str, _Candidate] = {}
    for index, raw in enumerate(raw_messages):
        raw_id = storable_text(str(raw.get("id")))[:MAX_ID_CHARS] if isinstance(raw, dict) else ""
        candidate = _candidate(index, raw, intake.check_key)
        if isinstance(candidate, str):
            intake.keep(raw_id, loose_json(_raw_without_check_code(raw)), "invalid", candidate)
            results[index] = _rejected(index, raw_id, candidate)
            continue
        message = candidate.message
        earlier = first_by_id.get(message.id)
        if earlier is None:
            first_by_id[message.id] = candidate
            candidates.append(candidate)
        else:
            same_request = {
                message.id: _Stored(earlier.content_hash, earlier.body, intake.workstation.id)
            }
            results[index] = _compare(intake, candidate, same_request)
    return candidates


def _candidate(index: int, raw: Any, check_key: bytes | None) -> _Candidate | str:
    """The message as stored and hashed, or why it cannot be taken in (its schema, or text no
    database stores).

    The payload is written as JSON once: that text is searched for unstorable characters,
    kept as the dossier's snapshot, and spliced into the message's canonical JSON after the
    other fields (``payload`` sorts after their names), which is the stored, hashed body."""
    try:
        message = OutboxMessage.model_validate(raw)
    except ValidationError as error:
        return storable_text(
            "Thông điệp không hợp lệ: " + "; ".join(describe_errors(error.errors()))
        )
    head = canonical_text(
        {
            "created_at": message.created_at,
            "dossier_code": message.dossier_code,
            "id": message.id,
            "kind": message.kind,
        }
    )
    # The head and what hashing the check code takes away are looked at before it is hashed.
    if may_hold_unstorable(head) or may_hold_unstorable(_hashed_away(message)):
        where = unstorable_text(raw)
        if where is not None:
            return unstorable_reason(where)
    message = _without_check_code(message, check_key)
    try:
        payload_text: str | None = canonical_text(message.payload)
    except ValueError:  # NaN or an infinity: still refused for unstorable text first
        payload_text = None
    if payload_text is None or may_hold_unstorable(payload_text):
        where = unstorable_text(raw)
        if where is not None:
            return unstorable_reason(where)
    if payload_text is None:
        payload_text = canonical_text(message.payload)  # raises, as it always has
    body = f'{head[:-1]},"payload":{payload_text}}}'
    return _Candidate(index, message, sha256_hex(body.encode("utf-8")), body, payload_text)


def _hashed_away(message: OutboxMessage) -> str:
    """The JSON text of the payload entries that hashing the check code may drop or replace
    (``lookup.hashed_payload``); "" when it will not touch the payload."""
    payload = message.payload
    if message.kind != "dossier.received" or "check_code" not in payload:
        return ""
    entries = {name: payload[name] for name in ("check_code", "check_hash") if name in payload}
    return loose_text(entries)


def _without_check_code(message: OutboxMessage, key: bytes | None) -> OutboxMessage:
    """The message as stored and hashed: never the check code itself (the same code gives
    the same HMAC, so a message sent again is still a duplicate)."""
    if message.kind != "dossier.received" or "check_code" not in message.payload:
        return message
    payload = hashed_payload(key, str(message.dossier_code), message.payload)
    return message.model_copy(update={"payload": payload})


def _raw_without_check_code(raw: Any) -> Any:
    """A refused message as kept for review: never with a check code in clear."""
    payload = raw.get("payload") if isinstance(raw, dict) else None
    if not isinstance(payload, dict) or "check_code" not in payload:
        return raw
    return {**raw, "payload": {k: v for k, v in payload.items() if k != "check_code"}}


def _authorised(
    intake: _Intake, candidates: list[_Candidate], results: dict[int, PushResult]
) -> list[_Candidate]:
    """Candidates of the sender's own agency; the others answered "rejected" now."""
    reasons = foreign_reasons(
        intake.session, intake.workstation.agency_code, [c.message for c in candidates]
    )
    kept = []
    for candidate in candidates:
        reason = reasons.get(candidate.message.id)
        if reason is None:
            kept.append(candidate)
            continue
        intake.keep(candidate.message.id, candidate.body, "foreign", reason)
        results[candidate.index] = _rejected(candidate.index, candidate.message.id, reason)
    return kept


def _stored_versions(session: Session, ids: Sequence[str]) -> dict[str, _Stored]:
    found: dict[str, _Stored] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(Message.id, Message.content_hash, Message.body, Message.workstation_id).where(
                member_of(session, Message.id, ids[start : start + _CHUNK])
            )
        )
        found.update(
            {row.id: _Stored(row.content_hash, row.body, row.workstation_id) for row in rows}
        )
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
    return set(insert_rows(session, Message, rows, _keep_first).scalars())


def _keep_first(insert: Any) -> Any:
    table = Message.__table__
    return insert.on_conflict_do_nothing(index_elements=[table.c.id]).returning(table.c.id)


def _compare(intake: _Intake, candidate: _Candidate, stored: dict[str, _Stored]) -> PushResult:
    """Duplicate or conflict. A conflict shows the stored version only to the workstation that
    sent it: another workstation learns nothing of a message it did not write."""
    kept = stored[candidate.message.id]
    index, message_id = candidate.index, candidate.message.id
    if kept.content_hash == candidate.content_hash:
        return PushResult(index=index, id=message_id, result="duplicate")
    reason = (
        f"Thông điệp {message_id} đã được nhận trước đó với nội dung khác; "
        "cả hai phiên bản được giữ lại để xem xét."
    )
    intake.keep(message_id, candidate.body, "conflict", reason)
    own = kept.workstation_id == intake.workstation.id
    return PushResult(
        index=index,
        id=message_id,
        result="conflict",
        reason=reason,
        server_version=json.loads(kept.body) if own else None,
    )


def _apply(intake: _Intake, winners: list[_Candidate]) -> dict[int, PushResult]:
    """Apply newly stored messages: snapshots first (in code order), then events in time order."""
    session, workstation = intake.session, intake.workstation
    received = [c for c in winners if c.message.kind == "dossier.received"]
    refusals = apply_received(
        session, workstation, [c.message for c in received],
        {c.message.id: c.payload_text for c in received},
    )
    head_refusals = record_day_heads(
        session, workstation, [c.message for c in winners], intake.received_at
    )
    events = [c for c in sorted(winners, key=_effect_order) if c.message.kind == "dossier.event"]
    for candidate in events:
        apply_event(session, workstation, candidate.message, candidate.payload_text)
    # Word to citizens who consented: once per event (only newly stored events get here).
    enqueue_for_events(session, [c.message for c in events])
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
        intake.keep(message.id, candidate.body, reason_code, reason)
        results[candidate.index] = _rejected(candidate.index, message.id, reason)
    return results
