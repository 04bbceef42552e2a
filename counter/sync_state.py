"""This workstation's sync state, kept in the encrypted database of the installation.

The central server's address and trust settings, the credentials from enrolment, the
workstation's private keys (Ed25519 signs batch files, X25519 opens those sealed to it),
where each pull stream got to, the agency's other workstations and what batch files were
seen. A copied data folder without the installation's key can read none of it.

Every function works inside a session of the caller, so a cursor can be committed in the
same transaction as the page it covers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Self

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import BatchLedgerEntry, SyncConfigRow, SyncCursor, SyncKey, SyncPeer

CONFIG_ROW = 1
SIGNING = "signing"
SEALING = "sealing"


@dataclass(frozen=True)
class SyncSettings:
    """How this workstation reaches the central system; empty until enrolment."""

    server_url: str = ""
    ca_bundle: str | None = None
    pinned_certificate: str | None = None
    workstation_id: str | None = None
    agency_code: str | None = None
    token: str | None = None
    central_public_key: str | None = None
    clock_tolerance_minutes: int = 5
    push_batch_size: int = 200
    code_block_size: int = 100

    @property
    def enrolled(self) -> bool:
        return bool(self.workstation_id and self.token and self.central_public_key)

    def with_changes(self, **changes: Any) -> Self:
        return replace(self, **changes)


SETTING_FIELDS = tuple(field.name for field in fields(SyncSettings))


def load_settings(session: Session) -> SyncSettings:
    """The stored settings; the defaults before anything was saved."""
    row = session.get(SyncConfigRow, CONFIG_ROW)
    if row is None:
        return SyncSettings()
    return SyncSettings(**{name: getattr(row, name) for name in SETTING_FIELDS})


def save_settings(session: Session, settings: SyncSettings) -> None:
    values = {name: getattr(settings, name) for name in SETTING_FIELDS}
    row = session.get(SyncConfigRow, CONFIG_ROW)
    if row is None:
        session.add(SyncConfigRow(id=CONFIG_ROW, **values))
        return
    for name, value in values.items():
        setattr(row, name, value)


def has_settings(session: Session) -> bool:
    return session.get(SyncConfigRow, CONFIG_ROW) is not None


# Private keys ---------------------------------------------------------------------------

PrivateKey = Ed25519PrivateKey | X25519PrivateKey


def raw_private_bytes(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def store_key(session: Session, purpose: str, key: PrivateKey) -> bool:
    """Keep ``key`` for ``purpose`` unless one is already kept; True if it was stored."""
    if session.get(SyncKey, purpose) is not None:
        return False
    session.add(SyncKey(purpose=purpose, private_key=raw_private_bytes(key), created_at=clock.now()))
    session.flush()
    return True


def _stored_key(session: Session, purpose: str) -> bytes | None:
    row = session.get(SyncKey, purpose)
    return None if row is None else bytes(row.private_key)


def signing_key(session: Session) -> Ed25519PrivateKey:
    """This workstation's Ed25519 key, made on first use (call inside a write session)."""
    raw = _stored_key(session, SIGNING)
    if raw is None:
        key = Ed25519PrivateKey.generate()
        store_key(session, SIGNING, key)
        return key
    return Ed25519PrivateKey.from_private_bytes(raw)


def sealing_key(session: Session) -> X25519PrivateKey:
    """This workstation's X25519 key, made on first use (call inside a write session)."""
    raw = _stored_key(session, SEALING)
    if raw is None:
        key = X25519PrivateKey.generate()
        store_key(session, SEALING, key)
        return key
    return X25519PrivateKey.from_private_bytes(raw)


# Pull cursors ---------------------------------------------------------------------------


def read_cursor(session: Session, name: str) -> Any:
    row = session.get(SyncCursor, name)
    return None if row is None else row.value


def advance_cursor(session: Session, name: str, value: Any) -> None:
    """Set cursor ``name``; None forgets it (the stream starts again from the beginning)."""
    row = session.get(SyncCursor, name)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SyncCursor(name=name, value=value))
    else:
        row.value = value


# Peers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Peer:
    id: str
    name: str
    agency_code: str
    signing_key: str
    encryption_key: str | None
    revoked: bool


def all_peers(session: Session) -> dict[str, Peer]:
    rows = session.scalars(select(SyncPeer).order_by(SyncPeer.id))
    return {
        row.id: Peer(row.id, row.name, row.agency_code, row.signing_key, row.encryption_key,
                     row.revoked)
        for row in rows
    }


def save_peers(session: Session, peers: Iterable[Peer], *, replace_known: bool = True) -> None:
    """Add peers; a known one is replaced (or kept as it is when ``replace_known`` is False)."""
    for peer in peers:
        row = session.get(SyncPeer, peer.id)
        if row is None:
            session.add(SyncPeer(**asdict(peer)))
            session.flush()
        elif replace_known:
            for name, value in asdict(peer).items():
                setattr(row, name, value)


# Batch ledger ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerCount:
    new: int
    duplicates: int
    conflicts: int


def record_batch(
    session: Session, batch_sha256: str, messages: Iterable[tuple[str, str]]
) -> LedgerCount:
    """Record (message id, content hash) pairs of a checked file; count what was new."""
    new = duplicates = conflicts = 0
    now = clock.now()
    for message_id, content_hash in messages:
        known = session.get(BatchLedgerEntry, message_id)
        if known is None:
            session.add(BatchLedgerEntry(message_id=message_id, content_hash=content_hash,
                                         batch_sha256=batch_sha256, seen_at=now))
            session.flush()
            new += 1
        elif known.content_hash == content_hash:
            duplicates += 1
        else:
            conflicts += 1
    return LedgerCount(new, duplicates, conflicts)


def keep_ledger_entries(session: Session, entries: Iterable[dict[str, Any]]) -> None:
    """Add ledger rows as they are (an upgrade); rows already known are left alone."""
    rows = list(entries)
    if rows:
        session.execute(insert(BatchLedgerEntry).on_conflict_do_nothing(), rows)

