"""Receive a procedure that is not in the catalogue: the officer types its name (and code
if known), time, fee and the papers received; the dossier is flagged for the supervisor."""

from __future__ import annotations

from counter.deadlines.compute import ProcessingTime
from counter.dossiers.unlisted import UnlistedProcedure
from counter.errors import InputError
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, muted_label

KINDS = (("working_days", QT_TRANSLATE_NOOP("UnlistedDialog", "ngày làm việc")),
         ("same_day", QT_TRANSLATE_NOOP("UnlistedDialog", "trong ngày")),
         ("working_hours", QT_TRANSLATE_NOOP("UnlistedDialog", "giờ làm việc")))


class UnlistedDialog(QDialog):
    accepted_procedure = Signal(object)  # UnlistedProcedure

    def __init__(self, search_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tiếp nhận thủ tục ngoài danh mục"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(muted_label(self.tr(
            "Hồ sơ được tiếp nhận và đánh dấu “ngoài danh mục” để lãnh đạo xem trong ngày "
            "và bổ sung thủ tục vào danh mục.")))
        form = QFormLayout()
        self.name = QLineEdit(search_text)
        self.name.setObjectName("unlistedName")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("nếu biết, ví dụ 1.013225"))
        self.amount = QSpinBox()
        self.amount.setRange(1, 365)
        self.amount.setValue(5)
        self.kind = QComboBox()
        for value, label in KINDS:
            self.kind.addItem(self.tr(str(label)), value)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.amount.setEnabled(self.kind.currentData() != "same_day"))
        self.fee = QSpinBox()
        self.fee.setRange(0, 100_000_000)
        self.fee.setSingleStep(1000)
        self.fee.setSuffix(" đ")
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(self.tr("Mỗi dòng một giấy tờ đã nhận"))
        self.documents.setTabChangesFocus(True)
        self.documents.setFixedHeight(90)
        form.addRow(self.tr("Tên thủ tục *"), self.name)
        form.addRow(self.tr("Mã thủ tục"), self.code)
        form.addRow(self.tr("Thời hạn giải quyết *"), self.amount)
        form.addRow("", self.kind)
        form.addRow(self.tr("Phí, lệ phí"), self.fee)
        form.addRow(self.tr("Giấy tờ đã nhận *"), self.documents)
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Dùng thủ tục này"))
        ok.setObjectName("unlistedOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ (Esc)"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def procedure(self) -> UnlistedProcedure:
        kind = self.kind.currentData()
        processing = (ProcessingTime.same_day() if kind == "same_day"
                      else ProcessingTime(kind, float(self.amount.value())))
        documents = tuple(line for line in self.documents.toPlainText().splitlines())
        return UnlistedProcedure(self.name.text(), processing, self.fee.value(), documents,
                                 self.code.text()).checked()

    def try_accept(self) -> None:
        try:
            typed = self.procedure()
        except InputError as error:
            self.message.show_error(error.reason)
            return
        self.accepted_procedure.emit(typed)
        self.accept()
