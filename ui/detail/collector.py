"""Who takes the result: the applicant, or a person they authorised (name, ID number and
the paper that authorises them), recorded with the return step."""

from __future__ import annotations

from typing import Any

from ui.qt import QFormLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget


class CollectorBox(QWidget):
    def __init__(self, applicant_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.applicant = QRadioButton(self.tr("Người nộp hồ sơ: %1").replace("%1", applicant_name))
        self.authorised = QRadioButton(self.tr("Người được ủy quyền"))
        self.applicant.setChecked(True)
        layout.addWidget(self.applicant)
        layout.addWidget(self.authorised)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.authorisation = QLineEdit()
        self.authorisation.setMaxLength(500)
        self.authorisation.setPlaceholderText(self.tr("ví dụ: Giấy ủy quyền số 12/UQ ngày 01/12/2026"))
        form.addRow(self.tr("Họ tên *"), self.name)
        form.addRow(self.tr("Số CCCD/giấy tờ *"), self.id_number)
        form.addRow(self.tr("Giấy ủy quyền *"), self.authorisation)
        layout.addWidget(self.fields)
        self.authorised.toggled.connect(self.show_fields)
        self.show_fields(False)

    def show_fields(self, authorised: bool) -> None:
        self.fields.setEnabled(authorised)
        if authorised:
            self.name.setFocus()

    def collector(self) -> dict[str, Any]:
        if not self.authorised.isChecked():
            return {"kind": "applicant"}
        return {"kind": "authorised", "name": self.name.text(),
                "id_number": self.id_number.text(), "authorisation": self.authorisation.text()}

    def missing(self) -> str:
        """The first required field left empty, as its caption; "" when complete."""
        if not self.authorised.isChecked():
            return ""
        for edit, caption in ((self.name, self.tr("họ tên")),
                              (self.id_number, self.tr("số giấy tờ")),
                              (self.authorisation, self.tr("giấy ủy quyền"))):
            if not edit.text().strip():
                edit.setFocus()
                return caption
        return ""
