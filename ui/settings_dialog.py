"""The workstation's settings, read-only, each with where its value comes from: set on
this PC, or by the central system for the agency or for this workstation."""

from __future__ import annotations

import json

from counter.remote_settings import SettingValue, current_setting_values
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import centre_over, muted_label


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Thiết lập của máy trạm"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(muted_label(self.tr(
            "Giá trị do hệ thống trung tâm đặt (cấp cơ quan hoặc máy trạm) được ưu tiên hơn "
            "giá trị đặt trên máy này.")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thiết lập"), self.tr("Giá trị"), self.tr("Nguồn")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open(self) -> None:
        centre_over(self, self.parentWidget())
        super().open()
        workspace = self.context.workspace
        self.context.tasks.run_query(lambda: current_setting_values(workspace), self.show_values)

    def show_values(self, values: list[SettingValue]) -> None:
        self.table.setRowCount(len(values))
        for row, value in enumerate(values):
            shown = json.dumps(value.value, ensure_ascii=False)
            for column, text in enumerate((value.label, shown, value.source_label)):
                self.table.setItem(row, column, QTableWidgetItem(text))
