"""The supervisor's day: counts by procedure and status, on-time rate, overdue dossiers,
and the day's dossiers to review and approve before the daily batch is synced."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from counter import clock
from counter.dossiers.model import DossierSummary
from counter.outbox import RefusedMessage
from counter.payments.records import UnpaidFee
from counter.reports import SupervisorDay, supervisor_day
from counter.text import format_money
from sync.client.day_close import DayCloseReport, close_day
from ui import style
from ui.context import AppContext, Session
from ui.day.export import BatchExport
from ui.day.unlisted_tab import UnlistedTab
from ui.formatting import format_day, format_moment, parse_day
from ui.i18n import status_label
from ui.payments.statement_dialog import StatementDialog, choose_statement
from ui.qt import (
    QAbstractItemView,
    QColor,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.warning_bar import WarningBar
from ui.widgets import FieldMessage, shortcut, title_label


def figure(caption: str) -> tuple[QWidget, QLabel]:
    box = QWidget()
    box.setStyleSheet("background: #f4f6fa; border-radius: 6px;")
    layout = QVBoxLayout(box)
    value = QLabel("—")
    value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1d3557;")
    layout.addWidget(value)
    layout.addWidget(QLabel(caption))
    return box, value


def table(headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: list[tuple[str, ...]], codes: list[str] | None = None) -> None:
    widget.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if codes is not None:
                item.setData(Qt.ItemDataRole.UserRole, codes[r])
            widget.setItem(r, c, item)
    for c in range(1, widget.columnCount()):
        widget.resizeColumnToContents(c)


class DayScreen(QWidget):
    open_dossier = Signal(str)
    show_list = Signal(object)  # the desk filter of an early-warning count

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.day = clock.now().date()
        self.picture: SupervisorDay | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        day_row = self._day_row()
        layout.addLayout(day_row)
        # the day's approval state, full width under the row (long reasons wrap, not squeeze)
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        layout.addWidget(self.approval)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.export = BatchExport(context, session, lambda: self.day, self.message)
        day_row.addWidget(self.export)
        figures = QHBoxLayout()
        captions = (self.tr("Hồ sơ tiếp nhận trong ngày"), self.tr("Hồ sơ giải quyết xong"),
                    self.tr("Tỷ lệ đúng hạn"), self.tr("Tỷ lệ số hoá giấy tờ"),
                    self.tr("Hồ sơ đang quá hạn"))
        self.figures: list[QLabel] = []
        for caption in captions:
            box, value = figure(caption)
            figures.addWidget(box)
            self.figures.append(value)
        self.warnings = WarningBar(context, session, self.tr("Cảnh báo sớm (cả cơ quan):"),
                                   vertical=True)
        self.warnings.show_list.connect(self.show_list)
        figures.addWidget(self.warnings)
        layout.addLayout(figures)
        tables = QHBoxLayout()
        self.by_procedure = table([self.tr("Thủ tục"), self.tr("Số hồ sơ")])
        self.by_status = table([self.tr("Trạng thái"), self.tr("Số hồ sơ")])
        tables.addWidget(self.by_procedure, 3)
        tables.addWidget(self.by_status, 2)
        layout.addLayout(tables, 2)
        self.tabs = QTabWidget()
        headers = [self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
                   self.tr("Trạng thái"), self.tr("Hẹn trả")]
        self.dossiers = table(headers)
        self.overdue = table(headers)
        for widget in (self.dossiers, self.overdue):
            widget.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents)
            widget.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            widget.itemActivated.connect(self._activated)
        self.tabs.addTab(self.dossiers, self.tr("Hồ sơ trong ngày (cần duyệt)"))
        self.tabs.addTab(self.overdue, self.tr("Hồ sơ quá hạn"))
        self.refused = table([self.tr("Lý do trung tâm từ chối"), self.tr("Mã hồ sơ"),
                              self.tr("Loại thông điệp")])
        self.refused.itemActivated.connect(self._activated)
        self.tabs.addTab(self.refused, self.tr("Bị trung tâm từ chối"))
        self.unpaid = table([self.tr("Người nộp"), self.tr("Mã hồ sơ"), self.tr("Thủ tục"),
                             self.tr("Phí, lệ phí"), self.tr("Tiếp nhận")])
        self.unpaid.itemActivated.connect(self._activated)
        self.tabs.addTab(self.unpaid, self.tr("Phí chưa thu"))
        self.statement_button = QPushButton(self.tr("Nhập sao kê ngân hàng… (Ctrl+Shift+I)"))
        self.statement_button.setShortcut("Ctrl+Shift+I")
        self.statement_button.clicked.connect(self.choose_statement)
        self.tabs.setCornerWidget(self.statement_button)
        self.file_dialog: QFileDialog | None = None
        self.statement: StatementDialog | None = None
        self.unlisted = UnlistedTab(context, session)
        self.unlisted.open_dossier.connect(self.open_dossier)
        self.unlisted.counted.connect(lambda n: self.tabs.setTabText(
            self.tabs.indexOf(self.unlisted),
            self.tr("Thủ tục ngoài danh mục (%1)").replace("%1", str(n))))
        self.tabs.addTab(self.unlisted, self.tr("Thủ tục ngoài danh mục"))
        layout.addWidget(self.tabs, 3)
        shortcut("Alt+Left", self, lambda: self.step_day(-1))
        shortcut("Alt+Right", self, lambda: self.step_day(1))

    def _day_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(title_label(self.tr("Ngày làm việc")))
        previous = QPushButton(self.tr("◀ (Alt+←)"))
        previous.clicked.connect(lambda: self.step_day(-1))
        row.addWidget(previous)
        self.day_input = QLineEdit()
        self.day_input.setFixedWidth(130)
        self.day_input.returnPressed.connect(self.typed_day)
        row.addWidget(self.day_input)
        following = QPushButton(self.tr("(Alt+→) ▶"))
        following.clicked.connect(lambda: self.step_day(1))
        row.addWidget(following)
        row.addStretch(1)
        self.approve_button = QPushButton(self.tr("Duyệt ngày và ký bản kê (Ctrl+Shift+D)"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setShortcut("Ctrl+Shift+D")
        self.approve_button.clicked.connect(self.confirm_approval)
        row.addWidget(self.approve_button)
        return row

    def activate(self) -> None:
        self.show_day(self.day)
        self.warnings.refresh()

    def step_day(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def typed_day(self) -> None:
        try:
            day = parse_day(self.day_input.text())
        except ValueError as error:
            self.message.show_error(str(error))
            return
        if day is not None:
            self.show_day(day)

    def show_day(self, day: date) -> None:
        self.day = day
        self.day_input.setText(format_day(day))
        self.message.clear_message()
        workspace = self.context.workspace
        self.context.tasks.run_query(lambda: supervisor_day(workspace, day),
                                     label=self.tr("Đang tổng hợp…"), on_done=self.show_picture)
        self.unlisted.load(day)

    def show_picture(self, picture: SupervisorDay) -> None:
        if picture.summary.day != self.day:
            return
        self.picture = picture
        s = picture.summary
        rate = f"{s.on_time_rate:.0%}" if s.on_time_rate is not None else "—"
        digitised = (f"{s.digitisation_rate:.0%} ({s.documents_digitised}/{s.documents_received})"
                     if s.digitisation_rate is not None else "—")
        for label, value in zip(self.figures, (str(s.received), str(s.finished), rate, digitised,
                                               str(s.overdue_count)), strict=True):
            label.setText(value)
        fill(self.by_procedure, [(p.procedure_name, str(p.received)) for p in s.by_procedure])
        fill(self.by_status, [(status_label(status), str(n)) for status, n in s.by_status])
        self.fill_dossiers(self.dossiers, list(s.dossiers))
        self.fill_dossiers(self.overdue, list(s.overdue))
        self.tabs.setTabText(1, self.tr("Hồ sơ quá hạn (%1)").replace("%1", str(s.overdue_count)))
        self.show_refused(picture.refused)
        self.show_unpaid(picture.unpaid)
        self.show_approval(picture)

    def show_refused(self, refused: list[RefusedMessage]) -> None:
        """Refused messages stand out: a red tab with their count, the centre's reasons."""
        fill(self.refused, [(m.reason, m.dossier_code or "", m.kind) for m in refused],
             [m.dossier_code or "" for m in refused])
        index = self.tabs.indexOf(self.refused)
        self.tabs.setTabText(index, self.tr("Bị trung tâm từ chối (%1)")
                             .replace("%1", str(len(refused))))
        self.tabs.tabBar().setTabTextColor(
            index, style.OVERDUE_TEXT if refused else QColor("#344054"))

    def show_unpaid(self, unpaid: tuple[UnpaidFee, ...]) -> None:
        """Fees received up to this day and not confirmed paid, the oldest first."""
        fill(self.unpaid, [(u.applicant_name, u.dossier_code, u.procedure_name,
                            format_money(u.amount), format_moment(u.received_at))
                           for u in unpaid], [u.dossier_code for u in unpaid])
        index = self.tabs.indexOf(self.unpaid)
        total = format_money(sum(u.amount for u in unpaid))
        self.tabs.setTabText(index, self.tr("Phí chưa thu (%1: %2)")
                             .replace("%1", str(len(unpaid))).replace("%2", total))
        self.tabs.tabBar().setTabTextColor(
            index, style.OVERDUE_TEXT if unpaid else QColor("#344054"))

    def choose_statement(self) -> None:
        self.file_dialog = choose_statement(self)
        self.file_dialog.fileSelected.connect(lambda path: self.open_statement(Path(path)))
        self.file_dialog.open()

    def open_statement(self, path: Path) -> None:
        """The statement's rows matched (nothing recorded yet) in a dialog."""
        self.statement = StatementDialog(self.context, self.session, path, self)
        self.statement.recorded.connect(lambda _report: self.show_day(self.day))
        self.statement.open()

    def fill_dossiers(self, widget: QTableWidget, rows: list[DossierSummary]) -> None:
        fill(widget, [(r.code, r.applicant_name, r.procedure_name, status_label(r.status),
                       format_moment(r.due_at)) for r in rows], [r.code for r in rows])

    def show_approval(self, picture: SupervisorDay) -> None:
        approval = picture.summary.approval
        today = clock.now().date()
        if approval is not None:
            text = self.tr("Đã duyệt bởi %1 lúc %2 (%3 hồ sơ).").replace(
                "%1", approval.approved_by).replace("%2", format_moment(approval.approved_at)) \
                .replace("%3", str(approval.dossier_count))
            if picture.summary.received_since_approval:
                text += " " + self.tr("%1 hồ sơ tiếp nhận sau khi duyệt: cần duyệt lại.").replace(
                    "%1", str(picture.summary.received_since_approval))
        elif self.day > today:
            text = self.tr("Ngày chưa đến.")
        else:
            text = self.tr("Chưa duyệt.")
        if not picture.working_day:
            text = self.tr("Ngày nghỉ") + (f" ({picture.holiday})" if picture.holiday else "") \
                + ". " + text
        earlier = [d for d in picture.unapproved if d != self.day]
        if earlier:
            text += " " + self.tr("Ngày trước chưa duyệt: ") + ", ".join(
                format_day(d) for d in earlier[:5])
        self.approval.setText(text)
        self.approve_button.setEnabled(picture.summary.can_approve and self.day <= today)

    def confirm_approval(self) -> None:
        if self.picture is None or not self.approve_button.isEnabled():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Duyệt ngày"), self.tr(
            "Duyệt %1 hồ sơ của ngày %2? Sau khi duyệt, bản kê của ngày được ký và chờ gửi "
            "lên hệ thống trung tâm.").replace("%1", str(self.picture.summary.received))
            .replace("%2", format_day(self.day)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Duyệt"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Chưa"))
        box.buttonClicked.connect(lambda button: self.approve() if button is yes else None)
        self.confirm_box = box
        box.open()

    def approve(self) -> None:
        workspace, day, actor = self.context.workspace, self.day, self.session.actor
        self.approve_button.setEnabled(False)
        self.context.tasks.run_change(
            lambda: close_day(workspace, workspace.data_dir, day, actor),
            label=self.tr("Đang duyệt ngày…"), on_done=self.approved,
            on_error=lambda e: self.message.show_error(e.message),
            always=lambda: self.show_day(self.day),
        )

    def approved(self, report: DayCloseReport) -> None:
        self.message.show_hint(self.tr("Đã duyệt ngày %1: %2 hồ sơ.").replace(
            "%1", format_day(report.day)).replace("%2", str(report.dossier_count)))

    def _activated(self, item: QTableWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self.open_dossier.emit(code)
