"""Ask which electronic record a paper is taken from (no scan needed)."""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

# Where data already held usually comes from (Circular 01/2023/TT-VPCP: papers whose data
# are in national databases are not digitised again). Editable: any other source is typed.
SOURCES = (
    "Cơ sở dữ liệu quốc gia về dân cư",
    "Cơ sở dữ liệu hộ tịch điện tử",
    "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (Cổng Dịch vụ công)",
    "Hồ sơ đã nộp trước đây",
)


class ReuseDialog(QDialog):
    def __init__(self, document_name: str, current: str, on_chosen: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_chosen = on_chosen
        self.setWindowTitle(self.tr("Dùng lại dữ liệu điện tử"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("“%1” lấy từ dữ liệu điện tử sẵn có (không cần quét). Nguồn:")
                       .replace("%1", document_name))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(list(SOURCES))  # stored as written: kept in Vietnamese
        if current:
            self.source.setEditText(current)
        layout.addWidget(self.source)
        hint = QLabel(self.tr("Để trống rồi Enter: bỏ đánh dấu dùng lại."))
        hint.setObjectName("fieldHint")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.source.setFocus()

    def choose(self) -> None:
        self.on_chosen(self.source.currentText().strip())
        self.accept()
