"""The status bar: connection to the central system, items waiting to sync, "sync now" and
its last outcome, the clock warning, the card reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.card import CardReader
from ui.qt import QLabel, QProgressBar, QPushButton, QSizePolicy, QStatusBar, QTimer, QWidget
from ui.syncing.controller import SyncController
from ui.tasks import TaskRunner
from ui.widgets import ElidedLabel

if TYPE_CHECKING:
    from ui.context import AppContext

REFRESH_MS = 30_000
ATTENTION_STYLE = "color: #b42318; font-weight: 600;"


class AppStatusBar(QStatusBar):
    def __init__(self, context: AppContext, tasks: TaskRunner, card: CardReader,
                 sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.tasks, self.card, self.sync = context, tasks, card, sync
        self.connection = QLabel()
        self.waiting = QLabel()
        self.reader = QLabel()
        self.outcome = ElidedLabel()
        self.busy_label = ElidedLabel()
        self.clock_warning = QLabel()
        self.clock_warning.setStyleSheet(ATTENTION_STYLE)
        self.clock_warning.setVisible(False)
        for label in (self.outcome, self.busy_label):  # long lines end in "…", whole on hover
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay (F9)"))
        self.sync_button.setToolTip(self.tr("Gửi hồ sơ chờ đồng bộ và nhận cập nhật từ trung tâm"))
        self.sync_button.clicked.connect(lambda: self.sync.sync_now())
        self.sync_button.setVisible(False)
        self.addWidget(self.busy)
        self.addWidget(self.busy_label, 1)
        self.addWidget(self.clock_warning)
        self.addWidget(self.outcome, 2)
        for widget in (self.sync_button, self.connection, self.waiting, self.reader):
            self.addPermanentWidget(widget)
        self.waiting_count: int | None = None
        self.online: bool | None = None
        tasks.busy_changed.connect(self.show_busy)
        tasks.changed.connect(self.refresh_waiting)  # a sync is a change too
        card.state_changed.connect(self.show_reader)
        sync.connection_changed.connect(self.show_connection)
        sync.running_changed.connect(self.show_sync_running)
        sync.outcome_changed.connect(self.show_outcome)
        sync.clock_warning_changed.connect(self.show_clock_warning)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_waiting)
        self.timer.start()
        self.show_connection(sync.online)
        self.show_reader()
        self.refresh_waiting()

    def stop(self) -> None:
        """The window closes: no more refreshes."""
        self.timer.stop()

    def set_session_active(self, active: bool) -> None:
        """"Sync now" is offered to whoever is logged in."""
        self.sync_button.setVisible(active)

    def refresh_waiting(self, _changed: object = None) -> None:
        if not self.context.is_open:  # counted once the workspace is open
            return
        store = self.context.workspace.store

        def count() -> int:
            from sync.client.outbox import count_waiting  # loaded off the UI thread

            return count_waiting(store)

        self.tasks.run_query(count, on_done=self.show_waiting)

    def show_busy(self, busy: bool, label: str) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(label if busy else "")
        self.busy_label.setVisible(busy)

    def show_waiting(self, count: int) -> None:
        self.waiting_count = count
        self.waiting.setText(self.tr("Chờ đồng bộ: %1").replace("%1", str(count)))

    def show_connection(self, online: bool | None) -> None:
        self.online = online
        self.connection.setToolTip(self.tr(
            "Máy trạm chưa đăng ký với hệ thống trung tâm: làm việc ngoại tuyến, hồ sơ chờ "
            "đồng bộ.") if online is None else "")
        if online is None:
            text = self.tr("Chưa kết nối trung tâm")
        elif online:
            text = self.tr("● Trực tuyến")
        else:
            text = self.tr("○ Ngoại tuyến")
        self.connection.setText(text)

    def show_sync_running(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)

    def show_outcome(self, line: str, attention: bool) -> None:
        self.outcome.setText(line)
        self.outcome.setToolTip(line)
        self.outcome.setStyleSheet(ATTENTION_STYLE if attention else "")

    def show_clock_warning(self, warning: str) -> None:
        """Shown from a sync that found the clock off until a sync finds it right."""
        first_sentence = warning.split(". ")[0]
        self.clock_warning.setText(f"⚠ {first_sentence}" if warning else "")
        self.clock_warning.setToolTip(warning)
        self.clock_warning.setVisible(bool(warning))

    def show_reader(self) -> None:
        card = self.card
        if not card.available:
            text = self.tr("Thẻ: không có PC/SC")
        elif not card.readers:
            text = self.tr("Thẻ: chưa cắm đầu đọc")
        elif card.card_present:
            text = self.tr("Thẻ: có thẻ")
        else:
            text = self.tr("Thẻ: chưa có thẻ")
        if card.kind == "virtual":
            text += self.tr(" (ảo)")
        self.reader.setText(text)
        self.reader.setToolTip(self.tr("Đầu đọc thẻ căn cước") + (
            self.tr(" ảo (demo)") if card.kind == "virtual" else ""))
