"""The other workstations of this agency, as the central server announces them.

Their signing keys let the commune office check a village's batch file
offline; their encryption keys let a village seal its batch file to the
commune office as well as to the centre. Kept in ``<data dir>/sync/peers.json``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from counter.atomic import write_atomically
from counter.errors import ConfigurationError, InputError
from sync.client.config import sync_dir
from sync.keys import ed25519_public_from_b64, x25519_public_from_b64

PEERS_FILE = "peers.json"


@dataclass(frozen=True)
class Peer:
    id: str
    name: str
    agency_code: str
    signing_key: str
    encryption_key: str | None
    revoked: bool


class PeerStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = sync_dir(data_dir) / PEERS_FILE

    def all(self) -> dict[str, Peer]:
        if not self.path.exists():
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return {key: Peer(**value) for key, value in raw.items()}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError) as error:
            raise ConfigurationError(f"Không đọc được '{self.path}': {error}") from error

    def save(self, records: list[dict[str, Any]]) -> None:
        """Add or replace peers from ``workstations`` stream items."""
        peers = self.all()
        for record in records:
            peer = Peer(
                id=str(record["id"]),
                name=str(record.get("name", "")),
                agency_code=str(record.get("agency_code", "")),
                signing_key=str(record["signing_key"]),
                encryption_key=record.get("encryption_key"),
                revoked=bool(record.get("revoked", False)),
            )
            peers[peer.id] = peer
        text = json.dumps({key: asdict(peer) for key, peer in peers.items()}, ensure_ascii=False)
        write_atomically(self.path, text.encode("utf-8"))

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
