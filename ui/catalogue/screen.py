"""The administrator keeps the catalogue: find a procedure, add one, edit it (a new
version; dossiers keep theirs), retire it. Every change is audited by the core."""

from __future__ import annotations

from counter.catalogue.admin import add_procedure, edit_procedure, retire
from counter.catalogue.model import ProcedureInfo
from counter.catalogue.service import search_procedures
from counter.catalogue.terms import CATALOGUE_CHANNEL_LABELS, resolve_terms
from counter.errors import CounterError
from counter.text import format_money
from ui.catalogue.editor import ProcedureEditor
from ui.context import AppContext, Session
from ui.formatting import processing_label
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import FieldMessage, shortcut, title_label


def describe(p: ProcedureInfo) -> str:
    """The procedure's terms in a few lines: per case and channel, time and fee."""
    lines = [f"<b>{p.name}</b> ({p.code}, phiên bản {p.version}"
             + (f", áp dụng từ {p.valid_from:%d/%m/%Y}" if p.valid_from else "") + ")"]
    for case in p.cases or (None,):
        for channel in ("in_person", "online"):
            terms = resolve_terms(p, case.key if case else "", channel)
            label = f"{case.name} — " if case else ""
            lines.append(f"{label}{CATALOGUE_CHANNEL_LABELS[channel]}: "
                         f"{processing_label(terms.processing)}, "
                         f"{format_money(terms.fee.amount) if terms.fee.amount else 'miễn phí'}")
    if p.forms_note:
        lines.append(p.forms_note)
    if p.unverified:
        lines.append("Chưa đối chiếu nguồn: " + ", ".join(p.unverified))
    return "<br>".join(lines)


class CatalogueScreen(QWidget):
    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.editor: ProcedureEditor | None = None
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Danh mục thủ tục hành chính")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên hoặc mã, có dấu hay không dấu"))
        self.search.textEdited.connect(lambda _t: self.reload())
        layout.addWidget(self.search)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda _a, _b: self.show_current())
        body.addWidget(self.list, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        body.addWidget(self.detail, 1)
        layout.addLayout(body, 1)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm thủ tục (Ctrl+Shift+A)"))
        self.add_button.clicked.connect(lambda: self.open_editor(None, editing=False))
        shortcut("Ctrl+Shift+A", self, lambda: self.open_editor(None, editing=False))
        self.edit_button = QPushButton(self.tr("Sửa (phiên bản mới)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.retire_button = QPushButton(self.tr("Ngừng áp dụng"))
        self.retire_button.clicked.connect(self.ask_retire)
        for button in (self.add_button, self.edit_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

    def activate(self) -> None:
        self.reload()
        self.search.setFocus()

    def reload(self, select: str = "") -> None:
        store, query = self.context.workspace.store, self.search.text()
        self.context.tasks.run_query(lambda: search_procedures(store, query, limit=200),
                                     on_done=lambda found: self.show_list(found, select))

    def show_list(self, procedures: list[ProcedureInfo], select: str) -> None:
        self.list.clear()
        for p in procedures:
            item = QListWidgetItem(f"{p.code} · {p.name}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
            if p.code == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.show_current()

    def current(self) -> ProcedureInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_current(self) -> None:
        p = self.current()
        self.detail.setText(describe(p) if p else self.tr("Không có thủ tục nào."))
        self.edit_button.setEnabled(p is not None)
        self.retire_button.setEnabled(p is not None)

    def open_editor(self, base: ProcedureInfo | None, *, editing: bool) -> ProcedureEditor:
        self.editor = ProcedureEditor(base, editing, self)
        self.editor.saved.connect(lambda info: self.save(info, editing))
        self.editor.open()
        return self.editor

    def edit_current(self) -> None:
        if self.current() is not None:
            self.open_editor(self.current(), editing=True)

    def save(self, info: ProcedureInfo, editing: bool) -> None:
        workspace, actor = self.context.workspace, self.session.actor
        change = edit_procedure if editing else add_procedure
        self.context.tasks.run_change(lambda: change(workspace, info, actor),
                                      label=self.tr("Đang lưu thủ tục…"),
                                      on_done=self.saved, on_error=self.refused)

    def saved(self, info: ProcedureInfo) -> None:
        if self.editor is not None:
            self.editor.accept()
            self.editor = None
        self.message.show_hint(self.tr("Đã lưu %1 phiên bản %2.").replace("%1", info.code)
                               .replace("%2", info.version))
        self.search.clear()
        self.reload(select=info.code)

    def refused(self, error: CounterError) -> None:
        if self.editor is not None:
            self.editor.show_error(error.message)
        else:
            self.message.show_error(error.message)

    def ask_retire(self) -> None:
        p = self.current()
        if p is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ngừng áp dụng"), self.tr(
            "Ngừng tiếp nhận hồ sơ mới của thủ tục %1? Hồ sơ đã nhận vẫn giữ thủ tục này.")
            .replace("%1", f"{p.code} — {p.name}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self.retire(p.code) if button is yes else None)
        self.confirm = box
        box.open()

    def retire(self, code: str) -> None:
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(
            lambda: retire(workspace, code, actor), label=self.tr("Đang ngừng áp dụng…"),
            on_done=lambda _n: self.retired(code), on_error=self.refused)

    def retired(self, code: str) -> None:
        self.message.show_hint(self.tr("Đã ngừng áp dụng %1.").replace("%1", code))
        self.reload()
