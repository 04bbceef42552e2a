"""The desk's table model: pages of dossiers fetched in the background as the view scrolls."""

from __future__ import annotations

from typing import Any

from counter.deadlines.urgency import Urgency
from counter.dossiers.model import DossierSummary
from counter.dossiers.queries import DossierFilter, count_dossiers, list_dossiers
from counter.workspace import Workspace
from sync.client.state import DossierSyncState, dossier_sync_states
from ui import style
from ui.context import AppContext
from ui.formatting import format_moment
from ui.i18n import status_label, sync_state_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("DossierTableModel", "Mã hồ sơ"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Người nộp"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Số định danh"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Thủ tục"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Trạng thái"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Tiếp nhận"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Hẹn trả"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Đồng bộ"),
)
SYNC_COLUMN = 7
SyncStates = dict[str, DossierSyncState]
URGENCY_TEXT = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("DossierTableModel", "Quá hạn"),
    Urgency.DUE_TODAY: QT_TRANSLATE_NOOP("DossierTableModel", "Đến hạn hôm nay"),
    Urgency.DUE_SOON: QT_TRANSLATE_NOOP("DossierTableModel", "Sắp đến hạn"),
}
ROW_BACKGROUNDS = {
    Urgency.OVERDUE: style.OVERDUE,
    Urgency.DUE_TODAY: style.DUE_TODAY,
    Urgency.DUE_SOON: style.DUE_SOON,
}


def cell_text(row: DossierSummary, column: int) -> str:
    if column == 0:
        return row.code
    if column == 1:
        return row.applicant_name
    if column == 2:
        return row.applicant_id_number
    if column == 3:
        return row.procedure_name
    if column == 4:
        label = status_label(row.status)
        urgent = URGENCY_TEXT.get(row.urgency)
        return f"{label} · {QCoreApplication.translate('DossierTableModel', str(urgent))}" \
            if urgent else label
    if column == 5:
        return format_moment(row.received_at)
    return format_moment(row.due_at)


def page_with_sync_states(workspace: Workspace, flt: DossierFilter, after: int | None,
                          ) -> tuple[list[DossierSummary], SyncStates]:
    rows = list_dossiers(workspace, flt, after=after, limit=PAGE_SIZE)
    return rows, dossier_sync_states(workspace.store, [row.code for row in rows])


class DossierTableModel(QAbstractTableModel):
    """Rows arrive a page at a time; a new filter starts again (older answers are dropped)."""

    total_changed = Signal(int)
    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.rows: list[DossierSummary] = []
        self.sync_states: SyncStates = {}
        self.total = 0
        self.filter = DossierFilter()
        self.generation = 0
        self.loading = False

    # Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DossierTableModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.code
        if index.column() == SYNC_COLUMN:
            return self.sync_data(row.code, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return ROW_BACKGROUNDS.get(row.urgency)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.urgency is Urgency.OVERDUE:
                return style.OVERDUE_TEXT
            if row.urgency is Urgency.FINISHED:
                return style.FINISHED_TEXT
        return None

    def sync_data(self, code: str, role: int) -> Any:
        state = self.sync_states.get(code)
        if state is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return sync_state_label(state.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return state.reason or None
        rejected = state.state == "rejected"
        if role == Qt.ItemDataRole.BackgroundRole and rejected:
            return style.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            return style.OVERDUE_TEXT
        return None

    def canFetchMore(self, parent: Index, /) -> bool:
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index, /) -> None:
        if self.canFetchMore(parent):
            self.fetch_page()

    # Loading ---------------------------------------------------------------------------

    def set_filter(self, flt: DossierFilter) -> None:
        self.generation += 1
        self.filter = flt
        self.beginResetModel()
        self.rows, self.total, self.sync_states = [], 0, {}
        self.endResetModel()
        self.loading = False
        workspace, generation = self.context.workspace, self.generation
        self.context.tasks.run_query(lambda: count_dossiers(workspace, flt),
                               on_done=lambda total: self._counted(total, generation))
        self.fetch_page()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _counted(self, total: int, generation: int) -> None:
        if generation == self.generation:
            self.total = total
            self.total_changed.emit(total)

    def fetch_page(self) -> None:
        self.loading = True
        workspace, flt, generation = self.context.workspace, self.filter, self.generation
        after = self.rows[-1].cursor if self.rows else None
        self.context.tasks.run_query(
            lambda: page_with_sync_states(workspace, flt, after),
            on_done=lambda page: self._arrived(page, generation),
        )

    def _arrived(self, page: tuple[list[DossierSummary], SyncStates], generation: int) -> None:
        if generation != self.generation:
            return
        rows, states = page
        self.loading = False
        self.sync_states.update(states)
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        if len(rows) < PAGE_SIZE:
            self.total = len(self.rows)
        self.loaded.emit()

    def refresh_sync_states(self) -> None:
        """After a sync: the sync column of the rows already loaded, nothing else."""
        store, codes, generation = self.context.workspace.store, [r.code for r in self.rows], \
            self.generation
        self.context.tasks.run_query(lambda: dossier_sync_states(store, codes),
                               on_done=lambda states: self._sync_states(states, generation))

    def _sync_states(self, states: SyncStates, generation: int) -> None:
        if generation != self.generation or not self.rows:
            return
        self.sync_states.update(states)
        self.dataChanged.emit(self.index(0, SYNC_COLUMN),
                              self.index(len(self.rows) - 1, SYNC_COLUMN))

    def code_at(self, row: int) -> str | None:
        return self.rows[row].code if 0 <= row < len(self.rows) else None
