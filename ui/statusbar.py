"""The status bar: connection to the central system, items waiting to sync, the card reader."""

from __future__ import annotations

from pathlib import Path

from counter.workspace import Workspace
from ui.card import CardReader
from ui.qt import QLabel, QProgressBar, QStatusBar, QTimer, QWidget
from ui.tasks import TaskRunner

REFRESH_MS = 30_000
PROBE_TIMEOUT_S = 3.0


def sync_state(data_dir: Path) -> bool | None:
    """True online, False offline, None when no central server is configured."""
    from sync.client.config import load_config
    from sync.client.connectivity import PollingConnectivityWatcher

    config = load_config(data_dir)
    if not config.server_url:
        return None
    return PollingConnectivityWatcher(config.server_url, timeout=PROBE_TIMEOUT_S).probe()


class AppStatusBar(QStatusBar):
    def __init__(self, workspace: Workspace, tasks: TaskRunner, card: CardReader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.tasks, self.card = workspace, tasks, card
        self.connection = QLabel()
        self.waiting = QLabel()
        self.reader = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.busy_label = QLabel()
        self.addWidget(self.busy)
        self.addWidget(self.busy_label, 1)
        for label in (self.connection, self.waiting, self.reader):
            self.addPermanentWidget(label)
        self.waiting_count: int | None = None
        self.online: bool | None = None
        tasks.busy_changed.connect(self.show_busy)
        tasks.wrote.connect(self.refresh_waiting)
        card.state_changed.connect(self.show_reader)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.show_connection(None)
        self.show_reader()
        self.refresh()

    def refresh(self) -> None:
        data_dir = self.workspace.data_dir
        self.refresh_waiting()
        self.tasks.run(lambda: sync_state(data_dir), on_done=self.show_connection)

    def refresh_waiting(self) -> None:
        from sync.client.outbox import count_waiting

        store = self.workspace.store
        self.tasks.run(lambda: count_waiting(store), on_done=self.show_waiting)

    def show_busy(self, busy: bool, label: str) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(label if busy else "")

    def show_waiting(self, count: int) -> None:
        self.waiting_count = count
        self.waiting.setText(self.tr("Chờ đồng bộ: %1").replace("%1", str(count)))

    def show_connection(self, online: bool | None) -> None:
        self.online = online
        if online is None:
            text = self.tr("Chưa kết nối máy chủ trung tâm (làm việc ngoại tuyến)")
        elif online:
            text = self.tr("● Trực tuyến")
        else:
            text = self.tr("○ Ngoại tuyến")
        self.connection.setText(text)

    def show_reader(self) -> None:
        card = self.card
        if not card.available:
            text = self.tr("Đọc thẻ: không có dịch vụ PC/SC")
        elif not card.readers:
            text = self.tr("Đọc thẻ: chưa cắm đầu đọc")
        elif card.card_present:
            text = self.tr("Đọc thẻ: có thẻ trên đầu đọc")
        else:
            text = self.tr("Đọc thẻ: đầu đọc sẵn sàng, chưa có thẻ")
        if card.kind == "virtual":
            text += self.tr(" (đầu đọc ảo, demo)")
        self.reader.setText(text)
