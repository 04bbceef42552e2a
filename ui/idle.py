"""Log out after a while without keyboard or mouse: a counter PC is left unattended."""

from __future__ import annotations

from ui.qt import QApplication, QEvent, QObject, QTimer, Signal

INACTIVITY_MINUTES = 15
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, minutes: float = INACTIVITY_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.timed_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """A new delay (the setting, maybe set by the central system); restarts if armed."""
        self.timer.setInterval(int(minutes * 60_000))
        if self.timer.isActive():
            self.timer.start()

    def arm(self) -> None:
        self.timer.start()

    def disarm(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
