"""The administrator's form of one procedure: name, time, fees in person and online,
documents, legal basis, handling agency and its cases (each with its time and fees).
Fee exemptions, own forms and sources are kept as they are (edit them in the JSON file)."""

from __future__ import annotations

from dataclasses import replace

from counter.catalogue.fees import FeeRule
from counter.catalogue.model import DocumentComponent, ProcedureInfo
from counter.catalogue.terms import ChannelTerms, ProcedureCase
from counter.deadlines.compute import ProcessingTime
from counter.errors import InputError
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage

KINDS = (("working_days", QT_TRANSLATE_NOOP("ProcedureEditor", "ngày làm việc")),
         ("same_day", QT_TRANSLATE_NOOP("ProcedureEditor", "trong ngày")),
         ("working_hours", QT_TRANSLATE_NOOP("ProcedureEditor", "giờ làm việc")))
OPTIONAL = " (nếu có)"
CASE_NAME, CASE_DAYS, CASE_FEE, CASE_ONLINE = range(4)


def money_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 100_000_000)
    box.setSingleStep(1000)
    box.setSuffix(" đ")
    return box


def _number(text: str, where: str) -> int | None:
    text = text.replace(".", "").replace(" ", "").replace("đ", "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise InputError(where, "phải là số (để trống: như thủ tục).")
    return int(text)


class ProcedureEditor(QDialog):
    saved = Signal(object)  # ProcedureInfo

    def __init__(self, base: ProcedureInfo | None, editing: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base, self.editing = base, editing
        self.setWindowTitle(self.tr("Sửa thủ tục") if editing else self.tr("Thêm thủ tục"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code, self.name, self.field, self.agency = (QLineEdit() for _ in range(4))
        self.code.setReadOnly(editing)
        self.amount = QSpinBox()
        self.amount.setRange(1, 365)
        self.kind = QComboBox()
        for value, label in KINDS:
            self.kind.addItem(self.tr(str(label)), value)
        time_row = QHBoxLayout()
        time_row.addWidget(self.amount)
        time_row.addWidget(self.kind, 1)
        self.fee, self.online_fee = money_box(), money_box()
        self.fee.setMinimum(0)
        self.online_fee.setSpecialValueText(self.tr("như nộp trực tiếp"))
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(self.tr(
            "Mỗi dòng một giấy tờ; thêm “(nếu có)” ở cuối dòng giấy tờ không bắt buộc"))
        self.basis = QPlainTextEdit()
        self.basis.setPlaceholderText(self.tr("Mỗi dòng một văn bản"))
        for box in (self.documents, self.basis):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
        form.addRow(self.tr("Mã thủ tục *"), self.code)
        form.addRow(self.tr("Tên thủ tục *"), self.name)
        form.addRow(self.tr("Lĩnh vực"), self.field)
        form.addRow(self.tr("Thời hạn giải quyết *"), time_row)
        form.addRow(self.tr("Phí, lệ phí nộp trực tiếp"), self.fee)
        form.addRow(self.tr("Phí, lệ phí nộp trực tuyến"), self.online_fee)
        form.addRow(self.tr("Thành phần hồ sơ"), self.documents)
        form.addRow(self.tr("Căn cứ pháp lý"), self.basis)
        form.addRow(self.tr("Cơ quan giải quyết"), self.agency)
        layout.addLayout(form)
        self.cases = QTableWidget(0, 4)
        self.cases.setHorizontalHeaderLabels([
            self.tr("Trường hợp"), self.tr("Ngày làm việc"), self.tr("Phí trực tiếp"),
            self.tr("Phí trực tuyến")])
        days_header = self.cases.horizontalHeaderItem(CASE_DAYS)
        if days_header is not None:
            days_header.setToolTip(self.tr("0: trong ngày; để trống: như thủ tục"))
        header = self.cases.horizontalHeader()
        header.setSectionResizeMode(CASE_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CASE_DAYS, CASE_FEE, CASE_ONLINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cases.setFixedHeight(110)
        layout.addWidget(self.cases)
        case_buttons = QHBoxLayout()
        add_case = QPushButton(self.tr("Thêm trường hợp"))
        add_case.clicked.connect(lambda: self.add_case())
        remove_case = QPushButton(self.tr("Xoá trường hợp"))
        remove_case.clicked.connect(lambda: self.cases.removeRow(self.cases.currentRow()))
        case_buttons.addWidget(add_case)
        case_buttons.addWidget(remove_case)
        case_buttons.addStretch(1)
        layout.addLayout(case_buttons)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ (Esc)"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 640)
        if base is not None:
            self.fill(base)

    def add_case(self, name: str = "", days: str = "", fee: str = "", online: str = "",
                 key: str = "") -> None:
        row = self.cases.rowCount()
        self.cases.insertRow(row)
        for column, text in enumerate((name, days, fee, online)):
            item = QTableWidgetItem(text)
            if column == CASE_NAME:
                item.setData(Qt.ItemDataRole.UserRole, key)  # the case's key, kept on edit
            self.cases.setItem(row, column, item)

    def fill(self, info: ProcedureInfo) -> None:
        self.code.setText(info.code)
        self.name.setText(info.name)
        self.field.setText(info.field)
        self.agency.setText(info.handling_agency or info.agency_level)
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.processing.kind)))
        self.amount.setValue(max(1, int(info.processing.amount or 1)))
        self.fee.setValue(info.fee.amount)
        online = next((c for c in info.channels if c.channel == "online" and c.fee), None)
        self.online_fee.setValue(online.fee.amount if online and online.fee else -1)
        self.documents.setPlainText("\n".join(
            d.name + ("" if d.required else OPTIONAL) for d in info.documents))
        self.basis.setPlainText("\n".join(info.legal_basis))
        for case in info.cases:
            case_online = next((c for c in case.channels if c.channel == "online" and c.fee),
                               None)
            days = "" if case.processing is None else (
                "0" if case.processing.kind == "same_day" else f"{case.processing.amount:g}")
            self.add_case(case.name, days, "" if case.fee is None else str(case.fee.amount),
                          "" if case_online is None or case_online.fee is None
                          else str(case_online.fee.amount), case.key)

    def _cases(self) -> tuple[ProcedureCase, ...]:
        cases = []
        for row in range(self.cases.rowCount()):
            def text(column: int, row: int = row) -> str:
                item = self.cases.item(row, column)
                return item.text().strip() if item is not None else ""

            name = text(CASE_NAME)
            if not name:
                raise InputError(f"trường hợp {row + 1}", "nhập tên trường hợp.")
            where = f"trường hợp {row + 1}"
            days, fee, online = (_number(text(c), where) for c in (CASE_DAYS, CASE_FEE,
                                                                    CASE_ONLINE))
            processing = None if days is None else (
                ProcessingTime.same_day() if days == 0 else ProcessingTime.days(days))
            item = self.cases.item(row, CASE_NAME)
            key = (item.data(Qt.ItemDataRole.UserRole) if item is not None else "") or f"th{row + 1}"
            channels = () if online is None else (
                ChannelTerms("online", fee=FeeRule("fixed", amount=online) if online
                             else FeeRule()),)
            cases.append(ProcedureCase(
                key=str(key), name=name, processing=processing,
                fee=None if fee is None else (FeeRule("fixed", amount=fee) if fee
                                              else FeeRule()),
                documents=self._case_documents(str(key)), channels=channels))
        return tuple(cases)

    def _case_documents(self, key: str) -> tuple[DocumentComponent, ...] | None:
        old = next((c for c in (self.base.cases if self.base else ()) if c.key == key), None)
        return old.documents if old is not None else None

    def procedure(self) -> ProcedureInfo:
        kind = self.kind.currentData()
        processing = (ProcessingTime.same_day() if kind == "same_day"
                      else ProcessingTime(kind, float(self.amount.value())))
        fee = FeeRule("fixed", amount=self.fee.value()) if self.fee.value() else FeeRule()
        lines = [line.strip() for line in self.documents.toPlainText().splitlines()]
        known = {d.name: d for d in (self.base.documents if self.base else ())}
        documents = tuple(
            replace(known.get(name, DocumentComponent(name, originals=1)),
                    required=not line.endswith(OPTIONAL))  # a known paper keeps its counts
            for line in lines if line
            for name in (line.removesuffix(OPTIONAL).strip(),))
        base = self.base or ProcedureInfo(code="", version="", name="",
                                          processing=processing)
        channels = tuple(c for c in base.channels if c.channel != "online")
        if self.online_fee.value() >= 0:
            online = self.online_fee.value()
            channels += (ChannelTerms("online", fee=FeeRule("fixed", amount=online)
                                      if online else FeeRule()),)
        agency = self.agency.text().strip()
        info = replace(
            base, code=self.code.text().strip(), name=" ".join(self.name.text().split()),
            field=self.field.text().strip(), processing=processing, processing_note="",
            fee=fee, documents=documents, channels=channels, cases=self._cases(),
            legal_basis=tuple(b.strip() for b in self.basis.toPlainText().splitlines()
                              if b.strip()),
            handling_agency=agency, agency_level=agency[:40] or base.agency_level,
            version="" if not self.editing else base.version)
        if not info.name:
            raise InputError("name", "nhập tên thủ tục.")
        if not info.code:
            raise InputError("code", "nhập mã thủ tục.")
        return info

    def try_save(self) -> None:
        try:
            info = self.procedure()
        except InputError as error:
            self.message.show_error(f"{error.field}: {error.reason}")
            return
        self.saved.emit(info)

    def show_error(self, text: str) -> None:
        self.message.show_error(text)
