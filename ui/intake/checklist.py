"""The document checklist of the chosen procedure: received or not, originals and copies,
and whether each paper is digitised (pages scanned) or reused from an electronic record.

Nothing counts as received until the officer ticks it, a row at a time (Space) or, when
the citizen brought every required paper, all of those at once (:meth:`receive_required`).
"""

from __future__ import annotations

from counter.catalogue.model import ProcedureInfo
from counter.dossiers.model import ReceivedDocument
from ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QKeyEvent,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

RECEIVED, NAME, ORIGINALS, COPIES, DIGITISED = range(5)
MAX_COUNT = 100


class Checklist(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Đã nhận"), self.tr("Giấy tờ (* bắt buộc)"), self.tr("Bản chính"),
             self.tr("Bản sao"), self.tr("Số hoá (F8)")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (RECEIVED, ORIGINALS, COPIES, DIGITISED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.required: list[bool] = []
        self.pages: list[int] = []  # pages scanned for each row (held in the intake's draft)
        self.reused: list[str] = []  # electronic record each row is taken from, or ""

    def show_procedure(self, procedure: ProcedureInfo | None) -> None:
        documents = procedure.documents if procedure else ()
        self.setRowCount(len(documents))
        self.required = [d.required for d in documents]
        self.pages = [0] * len(documents)
        self.reused = [""] * len(documents)
        for row, document in enumerate(documents):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                           | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Unchecked)  # received only once looked at
            self.setItem(row, RECEIVED, check)
            name = QTableWidgetItem(("* " if document.required else "") + document.name)
            name.setData(Qt.ItemDataRole.UserRole, document.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setToolTip("\n".join(t for t in (document.name, document.note, document.template)
                                      if t))
            self.setItem(row, NAME, name)
            self.setItem(row, ORIGINALS, self._count(document.originals))
            self.setItem(row, COPIES, self._count(document.copies))
            state = QTableWidgetItem()
            state.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, DIGITISED, state)
        self.resizeRowsToContents()

    def name_at(self, row: int) -> str:
        return str(self.cell(row, NAME).data(Qt.ItemDataRole.UserRole))

    def set_pages(self, row: int, count: int) -> None:
        """``count`` pages scanned for the row: a scanned paper was received."""
        self.pages[row] = count
        if count:
            self.reused[row] = ""
            self.cell(row, RECEIVED).setCheckState(Qt.CheckState.Checked)
        self._show_state(row)

    def set_reused(self, row: int, source: str) -> None:
        self.reused[row] = source
        self._show_state(row)

    def _show_state(self, row: int) -> None:
        item = self.cell(row, DIGITISED)
        if self.pages[row]:
            item.setText(self.tr("%1 trang").replace("%1", str(self.pages[row])))
            item.setToolTip(self.tr("Đã quét; lưu vào hồ sơ khi tiếp nhận"))
        elif self.reused[row]:
            item.setText(self.tr("Dùng lại"))
            item.setToolTip(self.reused[row])
        else:
            item.setText("")
            item.setToolTip("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space ticks or unticks the current row as received, whichever its column."""
        row = self.currentRow()
        if (event.key() == Qt.Key.Key_Space and row >= 0
                and self.state() != QAbstractItemView.State.EditingState):
            check = self.cell(row, RECEIVED)
            check.setCheckState(Qt.CheckState.Unchecked
                                if check.checkState() == Qt.CheckState.Checked
                                else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def take_focus(self) -> None:
        """Ctrl+G, or after the procedure when the applicant is known: on the first row."""
        self.setFocus()
        if self.rowCount() and self.currentRow() < 0:
            self.setCurrentCell(0, RECEIVED)

    def receive_required(self) -> None:
        """The citizen brought every required paper: tick those (papers only some cases
        need are still ticked one by one)."""
        for row, required in enumerate(self.required):
            if required:
                self.cell(row, RECEIVED).setCheckState(Qt.CheckState.Checked)

    def _count(self, value: int) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.EditRole, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is filled by show_procedure
        return item

    def count_at(self, row: int, column: int) -> int:
        value = self.cell(row, column).data(Qt.ItemDataRole.EditRole)
        return max(0, min(MAX_COUNT, int(value or 0)))

    def documents(self) -> tuple[ReceivedDocument, ...]:
        return tuple(
            ReceivedDocument(
                name=self.cell(row, NAME).data(Qt.ItemDataRole.UserRole),
                originals=self.count_at(row, ORIGINALS),
                copies=self.count_at(row, COPIES),
                required=self.required[row],
                received=self.cell(row, RECEIVED).checkState() == Qt.CheckState.Checked,
                reused_from=self.reused[row],
            )
            for row in range(self.rowCount())
        )
