"""Syncing from the desktop app: "sync now", the automatic sync when the central server
comes back, the connection state and the last outcome, all through the app's task runner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from counter import clock
from counter.errors import CounterError
from sync.errors import ServerUnreachableError
from sync.retry import RetryPolicy
from ui.context import AppContext
from ui.qt import QObject, QTimer, Signal

if TYPE_CHECKING:  # the sync client loads on the first sync, not with the login window
    from counter.workspace import Workspace
    from sync.client.auto import Probe
    from sync.client.runner import SyncReport

PROBE_INTERVAL_MS = 30_000
FIRST_PROBE_DELAY_MS = 500
# A person is waiting at the counter: a few quick attempts, then the clear message.
MANUAL_POLICY = RetryPolicy(max_attempts=3, base_delay=0.5, max_delay=2.0)


class SyncController(QObject):
    """One sync at a time; the connection is probed on a timer of the UI.

    While ``armed`` (someone is logged in), a probe that finds the server reachable
    after it was unreachable, or reachable with messages waiting, starts a sync by itself.
    """

    running_changed = Signal(bool)
    connection_changed = Signal(object)  # True online, False offline, None not configured
    outcome_changed = Signal(str, bool)  # one line; True when it needs attention
    clock_warning_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.policy = MANUAL_POLICY
        self.running = False
        self.probing = False
        self.probe_again = False  # asked for while one was under way (say, just enrolled)
        self.armed = False
        self.online: bool | None = None
        self.clock_warning = ""
        self.outcome = ""
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_INTERVAL_MS)
        self.timer.timeout.connect(self.probe)
        self.timer.start()
        # The first probe (and the HTTP client it loads) waits until the window is up; a
        # timer of this controller's own, so that stop() cancels it with the others.
        self.first_probe = QTimer(self)
        self.first_probe.setSingleShot(True)
        self.first_probe.setInterval(FIRST_PROBE_DELAY_MS)
        self.first_probe.timeout.connect(self.probe)
        self.first_probe.start()

    # Automatic sync -----------------------------------------------------------------

    def arm(self) -> None:
        """Someone logged in: sync by itself when the server comes back."""
        self.armed = True

    def disarm(self) -> None:
        self.armed = False

    def stop(self) -> None:
        """Logout of the app (exit): no more probes, no automatic sync."""
        self.armed = False
        self.probe_again = False
        self.timer.stop()
        self.first_probe.stop()

    def probe(self) -> None:
        if self.probing:
            # The probe under way may have started before what prompted this one (an
            # enrolment, say) and would report a stale state: probe once more after it.
            self.probe_again = True
            return
        if not self.context.is_open:  # the app is starting: probe once the workspace is open
            self.first_probe.start()
            return
        self.probing = True
        workspace = self.context.workspace
        self.context.tasks.run_query(lambda: _probe(workspace), on_done=self._probed,
                                     on_error=self._probe_failed, always=self._probe_settled)

    def _probed(self, probe: Probe) -> None:
        from sync.client.auto import should_sync

        start = should_sync(probe, was_online=self.online, armed=self.armed,
                            running=self.running)
        self.set_online(probe.online)
        if start:
            self.sync_now(automatic=True)

    def enrolled(self) -> None:
        """The administrator has just enrolled this workstation: see the server at once."""
        self.show_outcome(self.tr("Đã đăng ký máy trạm với hệ thống trung tâm."), False)
        self.probe()

    def _probe_failed(self, error: CounterError) -> None:
        self.set_online(None)
        self.show_outcome(error.message, True)

    def _probe_settled(self) -> None:
        self.probing = False
        if self.probe_again and self.timer.isActive():
            self.probe_again = False
            self.probe()

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self.connection_changed.emit(online)

    # Sync now -------------------------------------------------------------------------

    def sync_now(self, *, automatic: bool = False) -> bool:
        """Start a sync; False (and nothing happens) while one is running."""
        if self.running:
            return False
        self.running = True
        self.running_changed.emit(True)
        workspace, policy = self.context.workspace, self.policy
        not_enrolled = self.tr(
            "Máy trạm chưa đăng ký với hệ thống trung tâm. Quản trị viên đăng ký máy trạm "
            "bằng nút \"Kết nối trung tâm…\" (địa chỉ máy chủ và mã đăng ký một lần).")
        self.context.tasks.run_change(
            lambda: _run_sync(workspace, policy, not_enrolled),
            label=self.tr("Đang đồng bộ với hệ thống trung tâm…"),
            on_done=self._synced,
            on_error=lambda error: self._failed(error, automatic),
            always=self._settled,
        )
        return True

    def _synced(self, report: SyncReport) -> None:
        self.set_online(True)
        self.clock_warning = report.clock_warning or ""
        self.clock_warning_changed.emit(self.clock_warning)
        push = report.push
        self.show_outcome(self.outcome_line(report), bool(push.rejected or push.conflicts))

    def _failed(self, error: CounterError, automatic: bool) -> None:
        if isinstance(error, ServerUnreachableError):
            self.set_online(False)
        self.show_outcome(self.tr("Chưa đồng bộ được: ") + error.message, True)
        if not automatic:
            self.context.errors.report(error, "sync")

    def _settled(self) -> None:
        self.running = False
        self.running_changed.emit(False)

    def show_outcome(self, line: str, attention: bool) -> None:
        self.outcome = line
        self.outcome_changed.emit(line, attention)

    def outcome_line(self, report: SyncReport) -> str:
        push = report.push
        refused = push.rejected + push.conflicts
        line = self.tr("Đồng bộ lúc %1: gửi %2, trung tâm xác nhận %3, bị từ chối %4; "
                       "nhận về %5 mục; còn chờ %6.")
        for marker, value in (("%1", clock.now().strftime("%H:%M")),
                              ("%2", str(push.acknowledged + refused)),
                              ("%3", str(push.acknowledged)), ("%4", str(refused)),
                              ("%5", str(sum(report.pulled.values()))),
                              ("%6", str(report.waiting))):
            line = line.replace(marker, value)
        if report.clock_warning:
            line += " " + report.clock_warning
        return line


def _probe(workspace: Workspace) -> Probe:
    from sync.client.auto import probe_central  # loaded off the UI thread

    return probe_central(workspace)


def _run_sync(workspace: Workspace, policy: RetryPolicy, not_enrolled: str) -> SyncReport:
    """The sync client loads with the first sync, not with the login window."""
    from sync.client.runner import run_sync

    return run_sync(workspace, policy, not_enrolled)
