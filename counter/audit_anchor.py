"""The audit trail's local anchor: its head kept outside the database, in ``audit-head.json``.

Written atomically after every committed write that added audit entries (one small file and
two fsyncs), sealed with the audit key. Deleting the last entries of the trail, or rewriting
them, then no longer matches the anchor; ``doctor`` says so. The anchor only moves forward,
and only while the trail still holds the entry it names: after tampering it stays where it
was, as evidence.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from pathlib import Path

from sqlalchemy.orm import Session

from counter import audit
from counter.atomic import write_atomically
from counter.db.store import Store
from counter.errors import StorageError

ANCHOR_FILE = "audit-head.json"
ANCHOR_FORMAT = 1
SESSION_RESEAL = "audit_reseal"  # Session.info flag: this write re-sealed the trail

log = logging.getLogger(__name__)


class AnchorDamaged(ValueError):
    """The anchor file is unreadable or its seal does not match (edited outside the app)."""


class AuditAnchor:
    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key

    def _seal(self, head: audit.AuditHead) -> str:
        text = f"audit-head v{ANCHOR_FORMAT}\x1f{head.last_id}\x1f{head.count}\x1f{head.mac}"
        return hmac.new(self._key, text.encode("ascii"), hashlib.sha256).hexdigest()

    def read(self) -> audit.AuditHead | None:
        """The anchored head, None if there is no anchor file; AnchorDamaged if it is not ours."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise AnchorDamaged(f"unreadable: {error}") from None
        try:
            head = audit.AuditHead.from_dict(raw)
            seal = str(raw["seal"])
        except (KeyError, TypeError, ValueError) as error:
            raise AnchorDamaged(str(error)) from None
        if not hmac.compare_digest(seal, self._seal(head)):
            raise AnchorDamaged("seal does not match")
        return head

    def write(self, head: audit.AuditHead) -> None:
        document = {"format": ANCHOR_FORMAT, **head.as_dict(), "seal": self._seal(head)}
        # An anchor one step behind after a power cut is harmless (it never runs ahead of
        # the committed trail), so the folder is not flushed: one fsync per write, not two.
        write_atomically(self.path, json.dumps(document).encode("ascii"), durable_rename=False)

    def advance(self, session: Session, store: Store) -> None:
        """After a commit: move the anchor to the head this session wrote, if that is honest."""
        head = session.info.get(audit.SESSION_HEAD)
        base = session.info.get(audit.SESSION_BASE)
        if not isinstance(head, audit.AuditHead) or not isinstance(base, audit.AuditHead):
            return
        try:
            anchored = self.read()
            if anchored is None:
                if base.last_id == 0 or session.info.get(SESSION_RESEAL):
                    self.write(head)
                else:
                    log.warning("audit anchor missing; not recreated over an existing trail")
                return
            if head.last_id <= anchored.last_id:
                return  # another process has anchored a newer head already
            if base != anchored and not _still_holds(store, anchored):
                log.warning("audit trail no longer holds its anchored head %s", anchored.last_id)
                return
            self.write(head)
        except AnchorDamaged as error:
            log.warning("audit anchor damaged (%s); left as it is", error)
        except OSError as error:
            log.warning("audit anchor not written (%s); it stays behind", error.strerror)
        except StorageError as error:  # the write is committed: never report it as failed
            log.warning("audit anchor not checked (%s); it stays behind", error.message)


def _still_holds(store: Store, anchored: audit.AuditHead) -> bool:
    with store.read() as session:
        return audit.compare_with_anchor(session, anchored) is None
