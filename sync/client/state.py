"""Per-dossier sync state, for the screens: waiting, sent, acknowledged, rejected (with why)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from counter.db.store import Store
from counter.outbox import RefusedMessage, refused_messages, states_by_dossier

__all__ = ["DossierSyncState", "RefusedMessage", "combine", "dossier_sync_states",
           "refused_messages"]

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
    found = states_by_dossier(store, wanted)
    return {code: DossierSyncState(code, *combine(found[code])) for code in wanted if code in found}
