"""The audit trail's local anchor: its head kept outside the database, in ``audit-head.json``.

Written atomically after every committed write that added audit entries (one small file,
one fsync), sealed with the audit key. Deleting the last entries of the trail, or rewriting
them, then no longer matches the anchor; ``doctor`` says so. The anchor only moves forward,
and only while the trail still holds the entry it names: after tampering it stays where it
was, as evidence.

The file is written by a short-lived background thread, so the person at the counter does
not wait for its fsync: ``advance`` hands over the head and returns. Heads handed over while
a write is under way are merged into one (the newest head, checked from the oldest base).
The anchor can therefore be behind the committed trail by the writes of the last few
milliseconds, exactly as it already could after a crash between a commit and its anchor
write; it is never ahead. ``read`` and ``settle`` wait for the writer, and so does closing
the workspace.
"""

from __future__ import annotations

import atexit
import hashlib
import hmac
import json
import logging
import threading
import weakref
from dataclasses import dataclass
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


_LIVE: weakref.WeakSet[AuditAnchor] = weakref.WeakSet()


@atexit.register
def _settle_all() -> None:
    """A command that exits right after its write still anchors it (the writer is a daemon)."""
    for anchor in list(_LIVE):
        anchor.settle()


class AnchorDamaged(ValueError):
    """The anchor file is unreadable or its seal does not match (edited outside the app)."""


@dataclass(frozen=True)
class _Move:
    """A head to anchor, the head its writes started from, and whether they re-sealed."""

    base: audit.AuditHead
    head: audit.AuditHead
    reseal: bool

    def then(self, later: _Move) -> _Move:
        return _Move(self.base, later.head, self.reseal or later.reseal)


class AuditAnchor:
    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key
        self._lock = threading.Condition()
        self._pending: _Move | None = None
        self._writing = False
        self._writer: threading.Thread | None = None
        self._store: Store | None = None
        self._closing = False

    def _seal(self, head: audit.AuditHead) -> str:
        text = f"audit-head v{ANCHOR_FORMAT}\x1f{head.last_id}\x1f{head.count}\x1f{head.mac}"
        return hmac.new(self._key, text.encode("ascii"), hashlib.sha256).hexdigest()

    def read(self) -> audit.AuditHead | None:
        """The anchored head, None if there is no anchor file; AnchorDamaged if it is not ours.

        Waits first for the heads already handed over to be written."""
        self.settle()
        return self._read_file()

    def settle(self) -> None:
        """Wait until every head handed to ``advance`` is written (or given up)."""
        with self._lock:
            self._lock.wait_for(lambda: self._pending is None and not self._writing)

    def _read_file(self) -> audit.AuditHead | None:
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
        """After a commit: move the anchor to the head this session wrote, if that is honest.

        Returns at once; the file is written by a background thread (see the module)."""
        head = session.info.get(audit.SESSION_HEAD)
        base = session.info.get(audit.SESSION_BASE)
        if not isinstance(head, audit.AuditHead) or not isinstance(base, audit.AuditHead):
            return
        move = _Move(base, head, bool(session.info.get(SESSION_RESEAL)))
        with self._lock:
            self._pending = self._pending.then(move) if self._pending is not None else move
            self._store = store
            if self._writer is None:
                self._closing = False
                self._writer = threading.Thread(target=self._write_pending, name="audit-anchor",
                                                daemon=True)
                self._writer.start()
                _LIVE.add(self)
            self._lock.notify_all()

    def close(self) -> None:
        """Write what is pending, then end the writer thread (a later advance starts another)."""
        with self._lock:
            self._closing = True
            self._lock.notify_all()
            writer = self._writer
        if writer is not None:
            writer.join()

    def _write_pending(self) -> None:
        """The writer thread: waits for heads and writes each (merged) head, until closed."""
        while True:
            with self._lock:
                self._writing = False
                self._lock.notify_all()
                self._lock.wait_for(lambda: self._pending is not None or self._closing)
                if self._pending is None:
                    self._writer = None
                    return
                move, self._pending, self._writing = self._pending, None, True
                store = self._store
            try:
                assert store is not None and move is not None
                self._move(move, store)
            except Exception:  # the writes are committed: never let the anchor break them
                log.exception("audit anchor not written; it stays behind")

    def _move(self, move: _Move, store: Store) -> None:
        base, head = move.base, move.head
        try:
            anchored = self._read_file()
            if anchored is None:
                if base.last_id == 0 or move.reseal:
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
