"""The dossier's sync state on its detail: a badge, and the centre's reason when refused."""

from __future__ import annotations

from sync.client.state import DossierSyncState, dossier_sync_states
from ui.context import AppContext
from ui.i18n import sync_state_label
from ui.qt import QLabel, QWidget

BADGE_COLOURS = {
    "waiting": ("#7a4b00", "#fff1c2"),
    "sent": ("#1e3a8a", "#e0e7ff"),
    "acknowledged": ("#14532d", "#e7f5ec"),
    "rejected": ("#9b1c1c", "#fde2e1"),
}


class SyncBadge(QLabel):
    """"Đồng bộ: …" next to the status; the reason of a refusal goes to ``reason``."""

    def __init__(self, context: AppContext, reason: QLabel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.reason = context, reason
        self.setObjectName("badge")
        self.code: str | None = None
        self.state: DossierSyncState | None = None
        self.reason.setObjectName("bannerError")
        self.reason.setWordWrap(True)
        self.clear_state()

    def clear_state(self) -> None:
        self.state = None
        self.setVisible(False)
        self.reason.setVisible(False)

    def load(self, code: str) -> None:
        self.code = code
        store = self.context.workspace.store
        self.context.tasks.run_query(lambda: dossier_sync_states(store, [code]).get(code),
                               on_done=lambda state: self.show_state(code, state))

    def refresh(self) -> None:
        if self.code is not None:
            self.load(self.code)

    def show_state(self, code: str, state: DossierSyncState | None) -> None:
        if code != self.code:
            return
        if state is None:
            self.clear_state()
            return
        self.state = state
        color, background = BADGE_COLOURS[state.state]
        self.setText(self.tr("Đồng bộ: %1").replace("%1", sync_state_label(state.state)))
        self.setStyleSheet(f"background: {background}; color: {color};")
        self.setVisible(True)
        refused = state.state == "rejected"
        self.reason.setText(self.tr("Trung tâm từ chối: %1").replace("%1", state.reason)
                            if refused else "")
        self.reason.setVisible(refused)
