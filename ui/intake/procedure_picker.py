"""Find the procedure as you type: words in any order, accents ignored ("chung thuc")."""

from __future__ import annotations

from counter.catalogue.model import ProcedureInfo
from counter.catalogue.service import search_procedures
from counter.dossiers.unlisted import UnlistedProcedure
from ui.context import AppContext
from ui.i18n import procedure_field_label
from ui.intake.unlisted_dialog import UnlistedDialog
from ui.qt import (
    QAbstractItemView,
    QEvent,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import title_label

DEBOUNCE_MS = 120
RESULT_ROWS = 6
UNLISTED = "unlisted"  # the result row that opens the form of a procedure not listed


class ProcedurePicker(QWidget):
    chosen = Signal(object)  # ProcedureInfo

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.procedure: ProcedureInfo | None = None
        self.unlisted: UnlistedProcedure | None = None
        self.unlisted_dialog: UnlistedDialog | None = None
        self.generation = 0
        self.searching = False
        self.choose_on_arrival = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label(self.tr("1. Thủ tục (Ctrl+F)"), "sectionTitle"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Gõ tên hoặc mã thủ tục, có dấu hay không dấu: khai sinh, chung thuc…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFixedHeight(RESULT_ROWS * 26)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results)
        self.selected = QLabel()
        self.selected.setWordWrap(True)
        layout.addWidget(self.selected)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.choose_current)
        self.show_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                self.results.setFocus()
                row = 0 if event.key() == Qt.Key.Key_Down else self.results.count() - 1
                self.results.setCurrentRow(row)
                return True
        return False

    def run_search(self) -> None:
        self.generation += 1
        self.searching = True
        generation, query, store = self.generation, self.search.text(), self.context.workspace.store
        self.context.tasks.run_query(
            lambda: search_procedures(store, query, limit=30),
            on_done=lambda found: self.show_results(found, generation),
        )

    def show_results(self, procedures: list[ProcedureInfo], generation: int) -> None:
        if generation != self.generation:
            return
        self.searching = False
        self.results.clear()
        for procedure in procedures:
            item = QListWidgetItem(f"{procedure.name}  ·  {procedure.code}")
            item.setData(Qt.ItemDataRole.UserRole, procedure)
            item.setToolTip(procedure.field)
            self.results.addItem(item)
        if not procedures and self.search.text().strip():
            item = QListWidgetItem(self.tr(
                "Không tìm thấy — tiếp nhận thủ tục ngoài danh mục (Ctrl+M)"))
            item.setData(Qt.ItemDataRole.UserRole, UNLISTED)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        if self.choose_on_arrival:
            self.choose_on_arrival = False
            self.choose_current()

    def choose_current(self) -> None:
        if self.timer.isActive() or self.searching:  # Enter before the answer: choose on arrival
            self.choose_on_arrival = True
            if self.timer.isActive():
                self.timer.stop()
                self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data == UNLISTED:
            self.receive_unlisted()
            return
        self.choose(data)

    def choose(self, procedure: ProcedureInfo) -> None:
        self.procedure, self.unlisted = procedure, None
        self.show_selected()
        self.chosen.emit(procedure)

    def receive_unlisted(self) -> None:
        """Ctrl+M, or Enter on "not found": type the procedure that is not listed."""
        self.unlisted_dialog = UnlistedDialog(self.search.text().strip(), self)
        self.unlisted_dialog.accepted_procedure.connect(self.use_unlisted)
        self.unlisted_dialog.finished.connect(self.forget_dialog)
        self.unlisted_dialog.open()

    def forget_dialog(self) -> None:
        if self.unlisted_dialog is not None:
            self.unlisted_dialog.deleteLater()
        self.unlisted_dialog = None

    def use_unlisted(self, typed: UnlistedProcedure) -> None:
        self.unlisted, self.procedure = typed, typed.procedure()
        self.show_selected()
        self.chosen.emit(self.procedure)

    def show_selected(self) -> None:
        if self.procedure is None:
            self.selected.setText(self.tr("Chưa chọn thủ tục."))
            return
        p = self.procedure
        if self.unlisted is not None:
            self.selected.setText(self.tr("<b>%1</b> — <b>ngoài danh mục</b>, lãnh đạo sẽ xem "
                                          "trong ngày").replace("%1", p.name))
            return
        version = self.tr("phiên bản %1").replace("%1", p.version)
        self.selected.setText(f"<b>{p.name}</b> ({p.code}, {version})"
                              f"<br>{procedure_field_label(p.field)}")

    def reset(self) -> None:
        self.procedure, self.unlisted = None, None
        self.search.clear()
        self.results.clear()
        self.show_selected()
        self.run_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
