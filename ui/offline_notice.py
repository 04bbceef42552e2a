"""The offline-limit banner at the top of the work area, shown at every login.

A warning past the administrator's "sync at least every N days"; past the second
limit an error (nothing new can be received) and, for a supervisor, a reason field
and a button that lets this workstation receive for a few hours (audited).
"""

from __future__ import annotations

from counter.errors import CounterError
from counter.offline_limits import (
    BLOCKED,
    OfflineStatus,
    current_status,
    override_offline_block,
)
from ui.context import AppContext, Session
from ui.qt import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from ui.widgets import FieldMessage, line_edit

OVERRIDE_HOURS = 8


class OfflineNotice(QWidget):
    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.context, self.session = context, session
        self.status: OfflineStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.override_row = QWidget()
        row = QHBoxLayout(self.override_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.reason = line_edit(self.tr("Lý do cho phép tiếp nhận khi chưa đồng bộ"))
        self.allow = QPushButton(
            self.tr("Cho phép tiếp nhận tạm thời ({hours} giờ)").format(hours=OVERRIDE_HOURS)
        )
        self.allow.clicked.connect(self.override)
        row.addWidget(self.reason, 1)
        row.addWidget(self.allow)
        layout.addWidget(self.override_row)
        self.override_row.hide()
        self.hide()

    def refresh(self) -> None:
        workspace = self.context.workspace
        self.context.tasks.run_query(lambda: current_status(workspace), self.show_status)

    def show_status(self, status: OfflineStatus) -> None:
        self.status = status
        text = status.message
        if text is None:
            self.message.clear_message()
            self.override_row.hide()
            self.hide()
            return
        if status.level == BLOCKED:
            self.message.show_error(text)
        else:
            self.message.show_hint(text)
        blocked = status.level == BLOCKED and self.session.can("sync.override_offline")
        self.override_row.setVisible(blocked)
        self.show()

    def override(self) -> None:
        workspace, actor, reason = self.context.workspace, self.session.actor, self.reason.text()
        self.allow.setEnabled(False)
        self.context.tasks.run_change(
            lambda: override_offline_block(workspace, actor, reason, OVERRIDE_HOURS),
            self.overridden, on_error=self.refused, always=lambda: self.allow.setEnabled(True),
        )  # fmt: skip

    def overridden(self, status: OfflineStatus) -> None:
        self.reason.clear()
        self.show_status(status)

    def refused(self, error: CounterError) -> None:
        self.message.show_error(error.message)
