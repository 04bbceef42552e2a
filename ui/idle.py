"""Log out after a while without keyboard or mouse: a counter PC is left unattended.

A minute before, a notice says so and counts down; any key or mouse movement keeps the
session. The time is the setting ``idle_logout_minutes``."""

from __future__ import annotations

from ui.qt import QApplication, QEvent, QObject, QTimer, Signal

INACTIVITY_MINUTES = 15
WARNING_SECONDS = 60
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    timed_out = Signal()
    warning = Signal(int)  # seconds left before the logout; sent each second of the last minute
    resumed = Signal()  # activity during the warning: the session goes on

    def __init__(self, minutes: float = INACTIVITY_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expired)
        self.warn_timer = QTimer(self)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self._start_countdown)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        self.seconds_left = 0
        self.warning_seconds = WARNING_SECONDS
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def warning_shown(self) -> bool:
        return self.tick.isActive()

    def set_minutes(self, minutes: float) -> None:
        total_ms = int(minutes * 60_000)
        self.timer.setInterval(total_ms)
        self.warn_timer.setInterval(max(0, total_ms - self.warning_seconds * 1000))
        if self.timer.isActive():
            self.arm()

    def arm(self) -> None:
        self.timer.start()
        self.warn_timer.start()
        if self.tick.isActive():
            self.tick.stop()
            self.resumed.emit()

    def disarm(self) -> None:
        self.timer.stop()
        self.warn_timer.stop()
        if self.tick.isActive():
            self.tick.stop()
            self.resumed.emit()

    def _start_countdown(self) -> None:
        self.seconds_left = max(1, round(self.timer.remainingTime() / 1000))
        self.tick.start()
        self.warning.emit(self.seconds_left)

    def _count_down(self) -> None:
        self.seconds_left = max(0, self.seconds_left - 1)
        self.warning.emit(self.seconds_left)

    def _expired(self) -> None:
        self.tick.stop()
        self.warn_timer.stop()
        self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.arm()
        return False
