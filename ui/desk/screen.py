"""The dossier desk: today's or all dossiers, filters, search; late and due rows stand out."""

from __future__ import annotations

from datetime import timedelta

from counter import clock
from counter.catalogue.model import ProcedureInfo
from counter.catalogue.service import search_procedures
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import CHANNELS
from counter.dossiers.queries import DossierFilter
from ui import style
from ui.context import AppContext, Session
from ui.desk.model import DossierTableModel
from ui.i18n import channel_label, status_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import shortcut

SEARCH_DEBOUNCE_MS = 250
SCOPES = (
    ("today", QT_TRANSLATE_NOOP("DeskScreen", "Hôm nay")),
    ("week", QT_TRANSLATE_NOOP("DeskScreen", "7 ngày qua")),
    ("all", QT_TRANSLATE_NOOP("DeskScreen", "Tất cả")),
)


def legend_chip(text: str, color: str) -> QPushButton:
    """A row colour's legend that is also its filter: pressed, only such rows are shown."""
    chip = QPushButton(text)
    chip.setCheckable(True)
    chip.setStyleSheet(
        f"QPushButton {{ background: {color}; border: 2px solid #d0d5dd; padding: 2px 8px; "
        "color: #101828; } QPushButton:focus { border-color: #2e6bd1; }"
        " QPushButton:checked { border-color: #1d3557; text-decoration: underline; }")
    return chip


class DeskScreen(QWidget):
    open_dossier = Signal(str)

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.model = DossierTableModel(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self._first_row())
        layout.addLayout(self._second_row())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        # rows of one height: the header need not measure thousands of rows as pages arrive
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((215, 175, 120, 0, 200, 132, 132, 150)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply_filter)
        self.model.total_changed.connect(self.show_total)
        self.first_pending = self.open_first = False
        self.model.loaded.connect(self._loaded)
        self.table.installEventFilter(self)
        shortcut("Ctrl+F", self, self.focus_search)
        shortcut("Ctrl+R", self, self.apply_filter)
        self.procedures_loaded = False

    def _first_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm (Ctrl+F): mã hồ sơ hoặc số cuối của mã, số định danh, tên người nộp"))
        self.search.setToolTip(self.tr("Tên không cần dấu. ↓ hoặc Enter: xuống danh sách."))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.focus_table)
        self.search.installEventFilter(self)
        row.addWidget(self.search, 3)
        self.scope = QComboBox()
        for value, label in SCOPES:
            self.scope.addItem(self.tr(str(label)), value)
        row.addWidget(self.scope)
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi trạng thái"), None)
        for status in Status:
            self.status.addItem(status_label(status), status)
        row.addWidget(self.status)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Mọi kênh"), None)
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        row.addWidget(self.channel)
        for combo in (self.scope, self.status, self.channel):
            combo.currentIndexChanged.connect(self.apply_filter)
        return row

    def _second_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.procedure = QComboBox()
        self.procedure.addItem(self.tr("Mọi thủ tục"), None)
        self.procedure.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procedure.setMinimumContentsLength(22)
        self.procedure.currentIndexChanged.connect(self.apply_filter)
        row.addWidget(self.procedure, 2)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Chỉ xem:")))
        self.mine = legend_chip(self.tr("Tôi tiếp nhận"), "#eef4ff")
        self.mine.toggled.connect(self.apply_filter)
        row.addWidget(self.mine)
        self.overdue = legend_chip(self.tr("Quá hạn"), style.OVERDUE.name())
        self.due_today = legend_chip(self.tr("Đến hạn hôm nay"), style.DUE_TODAY.name())
        self.due_within = legend_chip(self.tr("Sắp đến hạn, trong"), style.DUE_SOON.name())
        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" ngày"))
        for chip in (self.overdue, self.due_today, self.due_within):
            chip.toggled.connect(self.apply_filter)
            row.addWidget(chip)
        self.days.valueChanged.connect(self.apply_filter)
        row.addWidget(self.days)
        self.total = QLabel()
        self.total.setObjectName("sectionTitle")
        row.addWidget(self.total)
        return row

    def activate(self) -> None:
        if not self.procedures_loaded:
            store = self.context.workspace.store
            self.context.tasks.run_query(lambda: search_procedures(store, "", limit=500),
                                   on_done=self._procedures)
        self.apply_filter()
        self.search.setFocus()

    def _procedures(self, procedures: list[ProcedureInfo]) -> None:
        self.procedures_loaded = True
        self.procedure.blockSignals(True)
        for procedure in procedures:
            self.procedure.addItem(f"{procedure.name} ({procedure.code})", procedure.code)
        self.procedure.blockSignals(False)

    def current_filter(self) -> DossierFilter:
        today = clock.now().date()
        scope = self.scope.currentData()
        received_from = {"today": today, "week": today - timedelta(days=6)}.get(scope)
        status = self.status.currentData()
        return DossierFilter(
            query=self.search.text(),
            statuses=(Status(status),) if status else (),
            overdue=self.overdue.isChecked(),
            due_today=self.due_today.isChecked(),
            due_within_days=self.days.value() if self.due_within.isChecked() else None,
            procedure_code=self.procedure.currentData(),
            channel=self.channel.currentData(),
            received_from=received_from,
            received_by=self.session.actor.username if self.mine.isChecked() else None,
        )

    def show_filter(self, flt: DossierFilter) -> None:
        """Show the dossiers of an early-warning count: its deadline filter, the person's own
        dossiers or everyone's, every other filter cleared. Call before ``activate``."""
        controls = (self.search, self.status, self.channel, self.procedure, self.mine,
                    self.overdue, self.due_today, self.due_within, self.days)
        for control in controls:
            control.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.channel, self.procedure):
            combo.setCurrentIndex(0)
        self.mine.setChecked(flt.received_by is not None)
        self.overdue.setChecked(flt.overdue)
        self.due_today.setChecked(flt.due_today)
        self.due_within.setChecked(flt.due_within_days is not None)
        if flt.due_within_days is not None:
            self.days.setValue(flt.due_within_days)
        for control in controls:
            control.blockSignals(False)

    def apply_filter(self) -> None:
        self.total.setText(self.tr("Đang tải…"))
        flt = self.current_filter()
        self.scope.setEnabled(not flt.across_days)
        self.scope.setToolTip(self.tr("Tìm kiếm và lọc theo hạn xem hồ sơ của mọi ngày.")
                              if flt.across_days else "")
        self.model.set_filter(flt)

    def show_total(self, total: int) -> None:
        self.total.setText(self.tr("%1 hồ sơ").replace("%1", f"{total:,}".replace(",", ".")))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the list, on its first row, like Enter; Enter in
        the list before its rows arrived opens the first one as soon as it is there."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.search and event.key() == Qt.Key.Key_Down:
            self.focus_table()
            return True
        if (watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self.table.currentIndex().isValid() and self.first_pending):
            self.open_first = True
            return True
        return super().eventFilter(watched, event)

    def focus_table(self) -> None:
        self.timer.stop()
        self.first_pending, self.open_first = True, False
        self.apply_filter()
        self.table.setFocus()

    def _loaded(self) -> None:
        if not self.first_pending:
            return
        self.first_pending = False
        if self.model.rowCount():
            self.table.selectRow(0)
            if self.open_first:
                self._activated(self.model.index(0, 0))
        self.open_first = False

    def _activated(self, index: QModelIndex) -> None:
        code = self.model.code_at(index.row())
        if code:
            self.open_dossier.emit(code)
