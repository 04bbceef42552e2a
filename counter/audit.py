"""The audit trail: append-only, each entry sealed with HMAC-SHA256 over the one before it.

The key is the installation's ``audit`` key (counter.security.keys); the Workspace hands it
to every session of its store (``session.info``), so ``record(session, ...)`` needs nothing
more. Each MAC covers the entry's id, its place in the chain (``seq``), the previous MAC and
the entry itself: an edited entry, a removed one or a renumbered one breaks the chain, and
without the key nobody can compute a new chain that verifies.

Entries made before keyed sealing (``chain_format = 'sha256'``) were chained with plain
SHA-256; an unencrypted workspace (no key) still writes those. The chain's head (last id,
count, MAC) is anchored outside the database: in ``audit-head.json`` (counter.audit_anchor),
in the supervisor's signed day manifest and at the central server. What it does not protect
against is in docs/audit-trail.md.

Entries name the object (a dossier code, an account name) and never copy personal data.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import clock
from counter.db import rows
from counter.db.models import AuditEvent
from counter.db.store import SESSION_AUDIT_KEY
from counter.roles import Actor

GENESIS = "0" * 64
LEGACY = "sha256"
KEYED = "hmac-sha256"
SESSION_HEAD = "audit_head"
SESSION_BASE = "audit_base"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_ref: str
    detail: str


@dataclass(frozen=True)
class AuditHead:
    """The newest entry of the chain: its id, the number of entries, and its MAC."""

    last_id: int
    count: int
    mac: str

    def as_dict(self) -> dict[str, Any]:
        return {"last_id": self.last_id, "count": self.count, "mac": self.mac}

    @classmethod
    def from_dict(cls, value: Any) -> AuditHead:
        """Raises ValueError when ``value`` is not a head."""
        try:
            head = cls(int(value["last_id"]), int(value["count"]), str(value["mac"]))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not an audit head: {error}") from None
        if head.last_id < 0 or head.count < 0 or len(head.mac) != 64:
            raise ValueError("not an audit head")
        return head


@dataclass(frozen=True)
class ChainBreak:
    """Where and how the trail is not what was sealed.

    ``kind``: ``changed`` (an entry's MAC does not match it), ``deleted`` (entries missing
    before ``entry_id``), ``truncated`` (the last ``missing`` entries are gone, seen against an
    anchor), ``rewritten`` (the anchored entry is no longer the one anchored), ``unsealed``
    (an entry not sealed with the key where one was expected), ``no_key`` (sealed entries but
    no key to check them).
    """

    kind: str
    entry_id: int
    missing: int = 0


def _text(*parts: object) -> bytes:
    return "\x1f".join(str(part) for part in parts).encode("utf-8")


def _when(at: datetime) -> str:
    return clock.to_utc_naive(at).isoformat(timespec="microseconds")


def legacy_digest(prev_hash: str, at: datetime, actor: str, action: str, object_type: str,
                  object_ref: str, detail: str) -> str:
    """The plain SHA-256 link of entries made before keyed sealing."""
    text = _text(prev_hash, _when(at), actor, action, object_type, object_ref, detail)
    return hashlib.sha256(text).hexdigest()


def sealed_mac(key: bytes, entry_id: int, seq: int, prev_mac: str, at: datetime, actor: str,
               action: str, object_type: str, object_ref: str, detail: str) -> str:
    text = _text(KEYED, entry_id, seq, prev_mac, _when(at), actor, action, object_type,
                 object_ref, detail)
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def _row_mac(key: bytes, row: Any) -> str:
    """The MAC of a stored entry (an AuditEvent, or a row of the same columns)."""
    return sealed_mac(key, row.id, row.seq, row.prev_hash, row.at, row.actor, row.action,
                      row.object_type, row.object_ref, row.detail)


def session_key(session: Session) -> bytes | None:
    key = session.info.get(SESSION_AUDIT_KEY)
    return key if isinstance(key, bytes) else None


def record(session: Session, actor: Actor | str, action: str, object_type: str,
           object_ref: str = "", detail: str = "") -> None:
    """Append one entry; call inside the write transaction of the change it describes."""
    name = actor if isinstance(actor, str) else actor.username
    key = session_key(session)
    previous = rows.fetch_one(session, "SELECT id, seq, hash FROM audit_event "
                                       "ORDER BY id DESC LIMIT 1")
    prev_id, prev_seq, prev_hash = previous if previous is not None else (0, 0, GENESIS)
    session.info.setdefault(SESSION_BASE, AuditHead(prev_id, prev_seq, prev_hash))
    entry_id, seq, at = prev_id + 1, prev_seq + 1, clock.now()
    if key is None:
        chain_format = LEGACY
        digest = legacy_digest(prev_hash, at, name, action, object_type, object_ref, detail)
    else:
        chain_format = KEYED
        digest = sealed_mac(key, entry_id, seq, prev_hash, at, name, action, object_type,
                            object_ref, detail)
    rows.insert(session, AuditEvent, {
        "id": entry_id, "seq": seq, "chain_format": chain_format, "at": at, "actor": name,
        "action": action, "object_type": object_type, "object_ref": object_ref,
        "detail": detail, "prev_hash": prev_hash, "hash": digest,
    })
    session.info[SESSION_HEAD] = AuditHead(entry_id, seq, digest)


def current_head(session: Session) -> AuditHead | None:
    """The chain's head as stored (not verified); None for an empty trail."""
    row = session.execute(
        select(AuditEvent.id, AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    return AuditHead(row.id, row.seq, row.hash) if row is not None else None


def find_break(session: Session) -> ChainBreak | None:
    """The first place where the trail is not what was sealed, or None if it is whole."""
    return find_break_with(session, session_key(session))


def find_break_with(session: Session, key: bytes | None) -> ChainBreak | None:
    """As ``find_break``; with ``key=None`` only a trail of plain SHA-256 entries is whole."""
    expected_prev, expected_seq = GENESIS, 1
    unsealed: ChainBreak | None = None
    columns = (AuditEvent.id, AuditEvent.seq, AuditEvent.chain_format, AuditEvent.at,
               AuditEvent.actor, AuditEvent.action, AuditEvent.object_type,
               AuditEvent.object_ref, AuditEvent.detail, AuditEvent.prev_hash, AuditEvent.hash)
    for row in session.execute(select(*columns).order_by(AuditEvent.id)):
        if row.seq > expected_seq:
            return ChainBreak("deleted", row.id, row.seq - expected_seq)
        if row.chain_format == KEYED:
            if key is None:
                return ChainBreak("no_key", row.id)
            valid = hmac.compare_digest(row.hash, _row_mac(key, row))
        else:
            valid = row.hash == legacy_digest(row.prev_hash, row.at, row.actor, row.action,
                                              row.object_type, row.object_ref, row.detail)
        if not valid or row.seq != expected_seq or row.prev_hash != expected_prev:
            return ChainBreak("changed", row.id)
        if row.chain_format != KEYED and key is not None and unsealed is None:
            unsealed = ChainBreak("unsealed", row.id)  # said only if nothing worse is found
        expected_prev, expected_seq = row.hash, expected_seq + 1
    return unsealed


def verify_chain(session: Session) -> int | None:
    """The id of the first entry that breaks the chain, or None if the trail is whole."""
    found = find_break(session)
    return found.entry_id if found is not None else None


def compare_with_anchor(session: Session, anchor: AuditHead) -> ChainBreak | None:
    """Whether the trail still holds the head anchored earlier (and has not lost its tail)."""
    row = session.get(AuditEvent, anchor.last_id)
    if row is not None:
        if row.hash != anchor.mac or row.seq != anchor.count:
            return ChainBreak("rewritten", anchor.last_id)
        return None
    head = current_head(session)
    if head is None or head.last_id < anchor.last_id:
        count = head.count if head is not None else 0
        return ChainBreak("truncated", anchor.last_id, max(anchor.count - count, 1))
    return ChainBreak("deleted", anchor.last_id, 1)


def entries_for(session: Session, object_ref: str) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.object_ref == object_ref).order_by(AuditEvent.id)
    )
    return [
        AuditEntry(r.id, r.at, r.actor, r.action, r.object_type, r.object_ref, r.detail)
        for r in rows
    ]
