"""The other workstations of this agency, as the central server announces them.

Their signing keys let the commune office check a village's batch file
offline; their encryption keys let a village seal its batch file to the
commune office as well as to the centre. Kept in the encrypted database.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy.orm import Session

from counter import sync_state
from counter.db.store import Store
from counter.errors import InputError
from counter.sync_state import Peer
from sync.keys import ed25519_public_from_b64, x25519_public_from_b64

__all__ = ["Peer", "PeerStore", "peer_from_record"]


def peer_from_record(record: dict[str, Any]) -> Peer:
    """A peer from a ``workstations`` stream item."""
    return Peer(
        id=str(record["id"]),
        name=str(record.get("name", "")),
        agency_code=str(record.get("agency_code", "")),
        signing_key=str(record["signing_key"]),
        encryption_key=record.get("encryption_key"),
        revoked=bool(record.get("revoked", False)),
    )


class PeerStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> dict[str, Peer]:
        with self.store.read() as session:
            return sync_state.all_peers(session)

    def save(self, session: Session, records: list[dict[str, Any]]) -> None:
        """Add or replace peers from ``workstations`` stream items, inside ``session``."""
        sync_state.save_peers(session, [peer_from_record(record) for record in records])

    def signing_key_for(self, workstation_id: str) -> Ed25519PublicKey | None:
        """The registered signing key of a workstation, None if unknown or revoked."""
        peer = self.all().get(workstation_id)
        if peer is None or peer.revoked:
            return None
        try:
            return ed25519_public_from_b64(peer.signing_key)
        except InputError:
            return None

    def sealing_keys(self, agency_code: str, own_id: str | None) -> list[X25519PublicKey]:
        """Encryption keys of the agency's other active workstations."""
        keys = []
        for peer in self.all().values():
            if peer.revoked or peer.id == own_id or peer.agency_code != agency_code:
                continue
            if peer.encryption_key:
                keys.append(x25519_public_from_b64(peer.encryption_key))
        return keys
