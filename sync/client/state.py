"""Per-dossier sync state, for the screens: waiting, sent, acknowledged, rejected (with why)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from counter.db.models import OutboxMessage
from counter.db.store import Store

STATE_LABELS = {
    "waiting": "Chờ gửi",
    "sent": "Đã gửi, chờ xác nhận",
    "acknowledged": "Trung tâm đã nhận",
    "rejected": "Bị từ chối",
}
_RANK = {"rejected": 3, "waiting": 2, "sent": 1, "acknowledged": 0}
_FROM_OUTBOX = {
    "pending": "waiting",
    "sent": "sent",
    "acknowledged": "acknowledged",
    "rejected": "rejected",
}


@dataclass(frozen=True)
class DossierSyncState:
    dossier_code: str
    state: str
    reason: str = ""

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


def combine(states: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """The dossier's state from its messages' (state, error): the least advanced one wins,
    a refusal above all."""
    worst, reason = "acknowledged", ""
    for outbox_state, error in states:
        state = _FROM_OUTBOX.get(outbox_state, "waiting")
        if _RANK[state] > _RANK[worst]:
            worst, reason = state, error if state == "rejected" else ""
    return worst, reason


def dossier_sync_states(store: Store, codes: Iterable[str]) -> dict[str, DossierSyncState]:
    wanted = list(dict.fromkeys(codes))
    found: dict[str, list[tuple[str, str]]] = {}
    with store.read() as session:
        for start in range(0, len(wanted), 500):
            rows = session.execute(
                select(
                    OutboxMessage.dossier_code, OutboxMessage.state, OutboxMessage.last_error
                ).where(OutboxMessage.dossier_code.in_(wanted[start : start + 500]))
            )
            for code, state, error in rows:
                if code is not None:
                    found.setdefault(code, []).append((state, error))
    return {code: DossierSyncState(code, *combine(found[code])) for code in wanted if code in found}


@dataclass(frozen=True)
class RefusedMessage:
    """A message the centre refused or found in conflict: for the supervisor to look at."""

    message_id: str
    kind: str
    dossier_code: str | None
    reason: str


def refused_messages(store: Store, limit: int = 500) -> list[RefusedMessage]:
    with store.read() as session:
        rows = session.execute(
            select(
                OutboxMessage.message_id,
                OutboxMessage.kind,
                OutboxMessage.dossier_code,
                OutboxMessage.last_error,
            )
            .where(OutboxMessage.state == "rejected")
            .order_by(OutboxMessage.id)
            .limit(limit)
        ).all()
    return [RefusedMessage(*row) for row in rows]
