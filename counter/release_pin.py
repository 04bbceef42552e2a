"""The province's release public key, pinned at enrolment (stored in the encrypted database).

Only releases signed by this key are installed (``sync.client.updates``, ``sync.launcher``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter import clock
from counter.db.models import ReleasePin
from counter.workspace import Workspace

PIN_ROW = 1


def pin_release_key(session: Session, public_key: str) -> None:
    """Keep ``public_key`` (raw Ed25519, base64; checked by the caller) as the release key."""
    row = session.get(ReleasePin, PIN_ROW)
    if row is None:
        session.add(ReleasePin(id=PIN_ROW, public_key=public_key, pinned_at=clock.now()))
    else:
        row.public_key, row.pinned_at = public_key, clock.now()


def pinned_release_key(workspace: Workspace) -> str | None:
    with workspace.store.read() as session:
        row = session.get(ReleasePin, PIN_ROW)
        return None if row is None else row.public_key
