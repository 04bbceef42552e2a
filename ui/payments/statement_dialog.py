"""Import the bank's statement: a file chosen, every row's outcome shown (a dry run), then
the matched transfers recorded on request. Nothing is recorded before the person says so."""

from __future__ import annotations

from pathlib import Path

from counter.errors import CounterError
from counter.payments.statement import OUTCOME_LABELS, ImportReport, Outcome, import_statement
from counter.text import format_money
from ui.context import AppContext, Session
from ui.formatting import format_moment
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage

STATEMENT_FILES = "*.csv *.xlsx *.txt"


class StatementDialog(QDialog):
    """Shows the report of ``path``'s rows; "record" applies the matched ones."""

    recorded = Signal(object)  # ImportReport

    def __init__(self, context: AppContext, session: Session, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session, self.path = context, session, path
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Sao kê ngân hàng — %1").replace("%1", path.name))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Đang đọc sao kê…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Dòng"), self.tr("Kết quả"), self.tr("Mã hồ sơ"), self.tr("Số tiền"),
            self.tr("Thời điểm"), self.tr("Nội dung")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng (Esc)"))
        self.record_button = QPushButton(self.tr("Ghi nhận các khoản khớp"))
        self.record_button.setObjectName("primary")
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.record)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check()

    def check(self) -> None:
        workspace, actor, path = self.context.workspace, self.session.actor, self.path
        self.context.tasks.run_query(
            lambda: import_statement(workspace, path, actor, dry_run=True),
            label=self.tr("Đang đối chiếu sao kê…"), on_done=self.show_report,
            on_error=self.refused)

    def record(self) -> None:
        workspace, actor, path = self.context.workspace, self.session.actor, self.path
        self.record_button.setEnabled(False)
        self.context.tasks.run_change(
            lambda: import_statement(workspace, path, actor),
            label=self.tr("Đang ghi nhận các khoản nộp…"), on_done=self.show_report,
            on_error=self.refused)

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        rows = [r for r in report.results if r.outcome is not Outcome.NOT_CREDIT]
        self.table.setRowCount(len(rows))
        for index, result in enumerate(rows):
            row = result.row
            outcome = OUTCOME_LABELS[result.outcome]
            if result.applied:
                outcome += " — " + self.tr("đã ghi nhận")
            values = (str(row.line), outcome + (f": {result.detail}" if result.detail else ""),
                      result.dossier_code, format_money(row.credit),
                      format_moment(row.at) if row.at else "", row.description)
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        counts = ", ".join(f"{OUTCOME_LABELS[o]}: {report.count(o)}" for o in Outcome
                           if report.count(o))
        matched = report.count(Outcome.MATCHED)
        if report.applied:
            self.summary.setText(self.tr("Đã ghi nhận %1 khoản nộp. %2.")
                                 .replace("%1", str(matched)).replace("%2", counts))
            self.recorded.emit(report)
        else:
            self.summary.setText(self.tr("Chưa ghi nhận gì. %1 khoản khớp hồ sơ và số tiền; "
                                         "các dòng khác cần người xem. %2.")
                                 .replace("%1", str(matched)).replace("%2", counts))
        self.record_button.setEnabled(not report.applied and matched > 0)

    def refused(self, error: CounterError) -> None:
        self.summary.setText(self.tr("Chưa ghi nhận gì."))
        self.message.show_error(error.message)


def choose_statement(parent: QWidget) -> QFileDialog:
    dialog = QFileDialog(parent, QCoreApplication.translate(
        "StatementDialog", "Chọn sao kê ngân hàng (CSV hoặc Excel .xlsx)"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    name = QCoreApplication.translate("StatementDialog", "Sao kê")
    dialog.setNameFilter(f"{name} ({STATEMENT_FILES})")
    return dialog
