"""The work area of a logged-in account: only the screens its role may use."""

from __future__ import annotations

from counter.dossiers.queries import DossierFilter
from sync.client.runner import SyncReport
from ui.accounts_screen import AccountsScreen
from ui.catalogue.screen import CatalogueScreen
from ui.context import AppContext, Session
from ui.day.export import BatchExport
from ui.day.screen import DayScreen
from ui.desk.screen import DeskScreen
from ui.detail.screen import DetailScreen
from ui.i18n import role_label
from ui.intake.screen import IntakeScreen
from ui.offline_notice import OfflineNotice
from ui.qt import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings_dialog import SettingsDialog
from ui.syncing.enrol_dialog import EnrolDialog
from ui.warning_bar import WarningBar
from ui.widgets import FieldMessage, separator, shortcut


class WorkArea(QWidget):
    logout_requested = Signal()
    enrolled = Signal()  # this workstation was just enrolled with the central system

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        self.nav = QHBoxLayout()
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        layout.addLayout(self.nav)
        layout.addWidget(separator())
        self.offline = OfflineNotice(context, session)
        layout.addWidget(self.offline)
        self.warnings = WarningBar(context, session, self.tr("Cảnh báo hạn xử lý:"), closable=True)
        self.warnings.show_list.connect(self.show_filtered)
        layout.addWidget(self.warnings)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.buttons: dict[QWidget, QPushButton] = {}

        self.intake: IntakeScreen | None = None
        self.day: DayScreen | None = None
        self.accounts: AccountsScreen | None = None
        if session.can("dossier.receive"):
            self.intake = IntakeScreen(context, session)
            self.intake.open_dossier.connect(self.open_dossier)
            self._add_screen(self.intake, self.tr("Tiếp nhận hồ sơ"), "F2")
        self.desk = DeskScreen(context, session)
        self.desk.open_dossier.connect(self.open_dossier)
        self._add_screen(self.desk, self.tr("Danh sách hồ sơ"), "F3")
        if session.can("day.approve"):
            self.day = DayScreen(context, session)
            self.day.open_dossier.connect(self.open_dossier)
            self.day.show_list.connect(self.show_filtered)
            self._add_screen(self.day, self.tr("Ngày làm việc"), "F4")
        if session.can("report.view"):
            from ui.reports.screen import ReportsScreen

            self.reports = ReportsScreen(context, session)
            self._add_screen(self.reports, self.tr("Báo cáo"), "F12")
        if session.can("accounts.manage"):
            self.accounts = AccountsScreen(context, session)
            self._add_screen(self.accounts, self.tr("Tài khoản"), "F5")
        self.catalogue: CatalogueScreen | None = None
        if session.can("catalogue.manage"):
            self.catalogue = CatalogueScreen(context, session)
            self._add_screen(self.catalogue, self.tr("Danh mục"), "F11")
        self.detail = DetailScreen(context, session)
        self.detail.back.connect(self.leave_detail)
        self.stack.addWidget(self.detail)
        self.first: QWidget = self.intake or self.desk
        self.previous: QWidget = self.first

        self.nav.addStretch(1)
        self.export: BatchExport | None = None
        if session.can("batch.export") and self.day is None:  # a village team: no day screen
            self.export_message = FieldMessage()
            layout.insertWidget(1, self.export_message)
            self.export = BatchExport(context, session, lambda: None, self.export_message)
            self.nav.addWidget(self.export)
        self.enrol_dialog: EnrolDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        if session.can("settings.manage"):
            enrol = QPushButton(self.tr("Kết nối trung tâm…"))
            enrol.clicked.connect(self.open_enrolment)
            self.nav.addWidget(enrol)
            self.settings_button = QPushButton(self.tr("Thiết lập…"))
            self.settings_button.clicked.connect(self.open_settings)
            self.nav.addWidget(self.settings_button)
        who = QLabel(f"<b>{session.account.full_name}</b> — {role_label(session.account.role)}")
        self.nav.addWidget(who)
        logout = QPushButton(self.tr("Đăng xuất (Ctrl+L)"))
        logout.clicked.connect(self.logout_requested)
        shortcut("Ctrl+L", self, self.logout_requested.emit)
        self.nav.addWidget(logout)

    def _add_screen(self, screen: QWidget, title: str, key: str) -> None:
        button = QPushButton(f"{title} ({key})")
        button.setObjectName("navButton")
        button.setCheckable(True)
        button.clicked.connect(lambda: self.show_screen(screen))
        shortcut(key, self, lambda: self.show_screen(screen))
        self.nav_group.addButton(button)
        self.nav.addWidget(button)
        self.buttons[screen] = button
        self.stack.addWidget(screen)

    def start(self) -> None:
        self.show_screen(self.first)
        self.offline.refresh()  # the offline-limit warning, at every login
        self.warnings.refresh()

    def show_filtered(self, flt: DossierFilter) -> None:
        """The desk with the dossiers of an early-warning count."""
        self.desk.show_filter(flt)
        self.show_screen(self.desk)

    def show_screen(self, screen: QWidget) -> None:
        if screen is self.day:  # the day has its own digest of the same counts
            self.warnings.hide()
        self.stack.setCurrentWidget(screen)
        if screen in self.buttons:
            self.buttons[screen].setChecked(True)
        activate = getattr(screen, "activate", None)
        if activate is not None:
            activate()

    def open_dossier(self, code: str) -> None:
        current = self.stack.currentWidget()
        if current is not None and current is not self.detail:
            self.previous = current
        self.stack.setCurrentWidget(self.detail)
        self.detail.load(code)

    def leave_detail(self) -> None:
        self.show_screen(self.previous)

    def open_enrolment(self) -> None:
        self.enrol_dialog = EnrolDialog(self.context, self.session.actor, self)
        self.enrol_dialog.enrolled.connect(lambda _config: self.enrolled.emit())
        self.enrol_dialog.open()

    def open_settings(self) -> None:
        self.settings_dialog = SettingsDialog(self.context, self)
        self.settings_dialog.open()

    def refresh_after_change(self, changed: object) -> None:
        """The task runner's ``changed``: refresh the screens from what a change returned."""
        if isinstance(changed, SyncReport):
            self.refresh_after_sync(changed)

    def refresh_after_sync(self, report: SyncReport) -> None:
        """What a sync changed: sync states always; dossiers when statuses came from the centre."""
        self.offline.refresh()
        statuses_pulled = bool(report.pulled.get("dossier-status"))
        if statuses_pulled:
            self.desk.model.reload()
        else:
            self.desk.model.refresh_sync_states()
        if self.stack.currentWidget() is self.detail and self.detail.view is not None:
            if statuses_pulled:
                self.detail.load(self.detail.view.code)
            else:
                self.detail.sync_badge.refresh()
        if self.day is not None and self.stack.currentWidget() is self.day:
            self.day.activate()

    def close_screens(self) -> None:
        if self.intake is not None:
            self.intake.close_screen()
