"""Re-sealing, with the audit key, a trail written before keyed sealing (first open after 0006).

The migration cannot see the key, so the workspace does this the first time it opens. Only
a trail whose plain SHA-256 chain is whole, with no keyed entry and no anchor yet, is
re-sealed: anything else would launder a tampered trail. The re-seal is itself recorded in
the trail (``audit.reseal``, with the number of entries and the last plain hash), so the
history says when and why every MAC before it changed.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter import audit
from counter.audit_anchor import SESSION_RESEAL, AuditAnchor
from counter.db.models import AuditEvent
from counter.db.store import Store

RESEAL_ACTION = "audit.reseal"
SYSTEM_ACTOR = "system"
_CHUNK = 2000

log = logging.getLogger(__name__)


def reseal_legacy(store: Store, anchor: AuditAnchor) -> int:
    """How many entries were re-sealed now (0: nothing to do, or not allowed)."""
    with store.read() as session:
        if not _first_entry_is_legacy(session):
            return 0  # the usual case: no write lock taken
    with store.write() as session:
        key = audit.session_key(session)
        if key is None or not _first_entry_is_legacy(session):
            return 0
        broken = audit.find_break_with(session, None)
        if broken is not None or anchor.path.exists():
            log.warning("audit trail not re-sealed: %s", broken or "an anchor exists already")
            return 0
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
                   AuditEvent.object_type, AuditEvent.object_ref, AuditEvent.detail,
                   AuditEvent.hash).order_by(AuditEvent.id)
        ).all()
        prev, changes = audit.GENESIS, []
        for seq, row in enumerate(rows, start=1):
            mac = audit.sealed_mac(key, row.id, seq, prev, row.at, row.actor, row.action,
                                   row.object_type, row.object_ref, row.detail)
            changes.append({"id": row.id, "seq": seq, "prev_hash": prev, "hash": mac,
                            "chain_format": audit.KEYED})
            prev = mac
        for start in range(0, len(changes), _CHUNK):
            session.execute(update(AuditEvent), changes[start:start + _CHUNK])
        session.info[SESSION_RESEAL] = True
        audit.record(session, SYSTEM_ACTOR, RESEAL_ACTION, "audit", "",
                     f"entries={len(rows)} from={audit.LEGACY} to={audit.KEYED} "
                     f"legacy_head={rows[-1].hash}")
    return len(rows)


def _first_entry_is_legacy(session: Session) -> bool:
    first = session.scalar(select(AuditEvent.chain_format).order_by(AuditEvent.id).limit(1))
    return first == audit.LEGACY
