"""The day's dossiers of procedures not in the catalogue, flagged at intake; the
supervisor opens one, or adds its procedure to the catalogue from what the officer typed."""

from __future__ import annotations

from datetime import date

from counter.catalogue.admin import add_procedure
from counter.catalogue.model import ProcedureInfo
from counter.catalogue.unlisted_review import (
    UnlistedDossier,
    draft_from_dossier,
    unlisted_dossiers,
)
from counter.errors import CounterError
from ui.catalogue.editor import ProcedureEditor
from ui.context import AppContext, Session
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage


class UnlistedTab(QWidget):
    open_dossier = Signal(str)
    counted = Signal(int)

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.editor: ProcedureEditor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Thủ tục (đã gõ)"),
                                              self.tr("Người nộp"), self.tr("Cán bộ")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.message = FieldMessage()
        row.addWidget(self.message, 1)
        self.add_button = QPushButton(self.tr("Thêm thủ tục vào danh mục…"))
        self.add_button.clicked.connect(self.add_current)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.add_button.setVisible(session.can("catalogue.manage"))  # once it has a parent

    def load(self, day: date) -> None:
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_query(lambda: unlisted_dossiers(workspace, day, actor),
                                     on_done=self.show_rows)

    def show_rows(self, rows: list[UnlistedDossier]) -> None:
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            name = d.procedure_name + (f" ({d.procedure_code})" if d.procedure_code else "")
            for c, value in enumerate((d.code, name, d.applicant_name, d.created_by)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, d.code)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self.add_button.setEnabled(bool(rows))
        self.counted.emit(len(rows))

    def current_code(self) -> str:
        item = self.table.item(self.table.currentRow(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_dossier.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def add_current(self) -> None:
        code = self.current_code()
        if not code:
            return
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_query(lambda: draft_from_dossier(workspace, code, actor),
                                     on_done=self.open_editor,
                                     on_error=lambda e: self.message.show_error(e.message))

    def open_editor(self, draft: ProcedureInfo) -> None:
        self.editor = ProcedureEditor(draft, editing=False, parent=self)
        self.editor.saved.connect(self.save)
        self.editor.open()

    def save(self, info: ProcedureInfo) -> None:
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(lambda: add_procedure(workspace, info, actor),
                                      label=self.tr("Đang lưu thủ tục…"),
                                      on_done=self.saved, on_error=self.refused)

    def saved(self, info: ProcedureInfo) -> None:
        if self.editor is not None:
            self.editor.accept()
            self.editor = None
        self.message.show_hint(self.tr("Đã thêm %1 vào danh mục.").replace("%1", info.name))

    def refused(self, error: CounterError) -> None:
        if self.editor is not None:
            self.editor.show_error(error.message)
        else:
            self.message.show_error(error.message)
