"""The window: first-run set-up, login, then the work area of the logged-in account."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.context import AppContext, Session
from ui.idle import IdleWatcher
from ui.login import LoginScreen
from ui.qt import (
    QCloseEvent,
    QGuiApplication,
    QLabel,
    QMainWindow,
    QScreen,
    QStackedWidget,
    Qt,
    QWidget,
    Signal,
)
from ui.statusbar import AppStatusBar
from ui.syncing.controller import SyncController
from ui.widgets import shortcut

if TYPE_CHECKING:
    from counter.accounts import AccountInfo
    from counter.workspace import Identity, Workspace
    from ui.citizen.window import CitizenWindow
    from ui.firstrun import FirstRunScreen
    from ui.workarea import WorkArea

WINDOW_SIZE = (1366, 768)
CITIZEN_SIZE = (1024, 600)  # a small display turned toward the citizen


def needs_first_run(context: AppContext) -> bool:
    return first_run_needed(context.workspace)


def first_run_needed(workspace: Workspace) -> bool:
    """No workstation set up, or no account yet (safe off the UI thread)."""
    from counter.accounts import list_accounts
    from counter.errors import ConfigurationError

    try:
        workspace.identity()
    except ConfigurationError:
        return True
    return not list_accounts(workspace)


def remove_view_copies(data_dir: Path) -> None:
    """The decrypted copies opened for viewing go at logout and exit (loaded then only)."""
    from counter.viewing import remove_view_copies as remove

    remove(data_dir)


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.errors.window = self
        self.setWindowTitle(self.tr("Một cửa — tiếp nhận hồ sơ"))
        self.resize(*WINDOW_SIZE)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.sync = SyncController(context, self)
        self.status = AppStatusBar(context, context.tasks, context.card, self.sync)
        self.setStatusBar(self.status)
        shortcut("F9", self, self.sync_now)
        self.idle = IdleWatcher(parent=self)
        self.idle.timed_out.connect(self.log_out_idle)
        self.idle_notice = QLabel(self)
        self.idle_notice.setObjectName("bannerError")
        self.idle_notice.setWordWrap(True)
        self.idle_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_notice.hide()
        self.idle.warning.connect(self.show_idle_warning)
        self.idle.resumed.connect(self.idle_notice.hide)
        self.login: LoginScreen | None = None
        self.work: WorkArea | None = None
        self.first_run: FirstRunScreen | None = None
        if not context.is_open:  # the app start: the login form while the workspace opens
            self.show_login(agency_name="")
        elif needs_first_run(context):
            self.show_first_run()
        else:
            self.show_login()

    def workspace_opened(self, first_run: bool) -> None:
        """The workspace opened in the background after this window was shown."""
        if first_run:
            if self.login is not None:
                self.stack.removeWidget(self.login)
                self.login.deleteLater()
                self.login = None
            self.show_first_run()
            return
        assert self.login is not None
        self.login.show_agency(self.identity().agency.name)
        if self.context.demo is not None:
            self.login.show_demo(self.context.demo)
        self.login.workspace_opened()  # the status bar counts on the open's "changed"

    def show_first_run(self) -> None:
        from ui.firstrun import FirstRunScreen  # once per installation: not on every start

        self.first_run = FirstRunScreen(self.context)
        self.first_run.completed.connect(self.first_run_done)
        self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)

    def first_run_done(self, username: str) -> None:
        self.show_login(self.tr("Đã thiết lập xong. Đăng nhập bằng tài khoản quản trị."))
        assert self.login is not None
        self.login.username.setText(username)
        self.login.password.setFocus()
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None

    def identity(self) -> Identity:
        return self.context.workspace.identity()

    def show_login(self, notice: str = "", agency_name: str | None = None) -> None:
        if self.login is None:
            if agency_name is None:
                agency_name = self.identity().agency.name
            self.login = LoginScreen(self.context, agency_name)
            self.login.logged_in.connect(self.start_session)
            self.login.language_chosen.connect(self.language_chosen)
            self.stack.addWidget(self.login)
        self.stack.setCurrentWidget(self.login)
        self.login.reset(notice)

    def start_session(self, account: AccountInfo) -> None:
        from ui.workarea import WorkArea  # the screens load after login: a faster login window

        session = Session(account, self.identity())
        self.open_citizen_screen_as_set()
        self.work = WorkArea(self.context, session)
        self.work.logout_requested.connect(self.log_out)
        self.context.tasks.changed.connect(self.work.refresh_after_change)
        self.work.enrolled.connect(self.sync.enrolled)
        self.stack.addWidget(self.work)
        self.stack.setCurrentWidget(self.work)
        self.work.start()
        if self.work.intake is not None:
            from ui.intake.draft import offer_draft

            offer_draft(self.work.intake)
        self.idle.arm()
        workspace = self.context.workspace

        def idle_minutes() -> object:
            from counter.remote_settings import setting_value

            return setting_value(workspace, "idle_logout_minutes")

        self.context.tasks.run_query(idle_minutes, self.idle.set_minutes)
        self.sync.arm()
        self.status.set_session_active(True)

    def sync_now(self) -> None:
        """F9 or the status bar's button: only for whoever is logged in."""
        if self.work is not None:
            self.sync.sync_now()

    def end_session(self, notice: str) -> None:
        self.idle.disarm()
        self.idle_notice.hide()
        self.sync.disarm()
        self.status.set_session_active(False)
        if self.work is not None:
            self.context.tasks.changed.disconnect(self.work.refresh_after_change)
            self.stack.removeWidget(self.work)
            self.work.close_screens()
            self.work.deleteLater()
            self.work = None
        self.close_citizen_screen()
        remove_view_copies(self.context.data_dir)
        self.show_login(notice)

    def log_out(self) -> None:
        self.end_session("")

    def show_idle_warning(self, seconds_left: int) -> None:
        """The last minute before an idle logout: say so where it cannot be missed."""
        self.idle_notice.setText(self.tr(
            "Không có thao tác: ứng dụng sẽ tự đăng xuất sau %1 giây. Nhấn một phím hoặc di "
            "chuột để tiếp tục; hồ sơ đang nhập dở được giữ lại cho lần đăng nhập sau.")
            .replace("%1", str(seconds_left)))
        width = min(720, self.width() - 40)
        self.idle_notice.setFixedWidth(width)
        self.idle_notice.adjustSize()
        self.idle_notice.move((self.width() - width) // 2, 8)
        self.idle_notice.raise_()
        self.idle_notice.show()

    def log_out_idle(self) -> None:
        if self.work is not None and self.work.intake is not None:
            from ui.intake.draft import keep_draft

            keep_draft(self.work.intake)
        self.end_session(self.tr("Đã tự đăng xuất vì không thao tác trong một thời gian."))

    def retire(self) -> None:
        """This window goes away (exit, or a new window for another language): its timers
        stop, its work in flight settles while it can still be shown, and the shared
        error handler no longer points at it."""
        self.idle.disarm()
        self.sync.stop()
        self.status.stop()
        self.context.tasks.wait_idle(5_000)
        if self.context.errors.window is self:
            self.context.errors.window = None

    def open_citizen_screen_as_set(self) -> None:
        """The citizen screen on the monitor the setting names (none with one monitor)."""
        from counter.settings import get_setting
        from ui.citizen.placement import citizen_screen_index

        with self.context.workspace.store.read() as session:
            setting = str(get_setting(session, "citizen_screen"))
        screens = QGuiApplication.screens()
        index = citizen_screen_index(setting, len(screens))
        if index is not None:
            self.open_citizen_screen(screens[index])

    def open_citizen_screen(self, screen: QScreen | None = None,
                            size: tuple[int, int] | None = None) -> CitizenWindow:
        """Show the citizen screen full screen on ``screen`` (or at ``size``, windowed)."""
        from ui.citizen.window import CitizenWindow

        self.close_citizen_screen()
        citizen = CitizenWindow(self.identity().agency.name)
        self.context.citizen = citizen
        if screen is not None:
            citizen.setScreen(screen)
            citizen.setGeometry(screen.geometry())
            citizen.showFullScreen()
        else:
            citizen.resize(*(size or CITIZEN_SIZE))
            citizen.show()
        self.activateWindow()  # the officer keeps the keyboard
        return citizen

    def close_citizen_screen(self) -> None:
        """Logout or exit: the citizen screen goes, and with it anything still on it."""
        citizen, self.context.citizen = self.context.citizen, None
        if citizen is not None:
            citizen.clear()
            citizen.close()
            citizen.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_citizen_screen()
        self.retire()
        self.context.card.close()
        remove_view_copies(self.context.data_dir)
        event.accept()
