"""Dossier detail: data, documents, attachments, history, and the allowed next steps only."""

from __future__ import annotations

from html import escape
from pathlib import Path

from counter.attachments import add_attachment, kind_of_file
from counter.deadlines.urgency import Urgency
from counter.dossiers.lifecycle import Status, allowed_actions
from counter.dossiers.model import AttachmentView, DossierView
from counter.dossiers.transitions import get_dossier
from counter.errors import CounterError
from counter.printing import PrintedForm, StepTaken, print_form
from counter.text import format_money
from counter.viewing import open_attachment_for_viewing
from ui.context import AppContext, Session
from ui.detail.action_dialog import ActionDialog, StepInput
from ui.detail.digitising import DocumentDigitising
from ui.detail.history import history_html
from ui.detail.signing import AttachmentSigning
from ui.detail.steps import FORM_TITLES, take_step
from ui.detail.sync_line import SyncBadge
from ui.formatting import format_day, format_moment
from ui.i18n import action_label, channel_label, status_label
from ui.payments.confirm_dialog import ConfirmPaymentDialog
from ui.printing import PrintDialog
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, shortcut, title_label

URGENCY_STYLE = {
    Urgency.OVERDUE: (QT_TRANSLATE_NOOP("DetailScreen", "Quá hạn"), "#9b1c1c", "#fde2e1"),
    Urgency.DUE_TODAY: (QT_TRANSLATE_NOOP("DetailScreen", "Đến hạn hôm nay"), "#7a4b00",
                        "#fff1c2"),
    Urgency.DUE_SOON: (QT_TRANSLATE_NOOP("DetailScreen", "Sắp đến hạn"), "#7a4b00", "#fff8e1"),
    Urgency.ON_TRACK: (QT_TRANSLATE_NOOP("DetailScreen", "Trong hạn"), "#14532d", "#e7f5ec"),
    Urgency.FINISHED: (QT_TRANSLATE_NOOP("DetailScreen", "Giải quyết đúng hạn"), "#344054",
                       "#eef0f3"),
}
FINISHED_LATE = QT_TRANSLATE_NOOP("DetailScreen", "Giải quyết trễ hạn")


class DetailScreen(QWidget):
    back = Signal()
    changed = Signal(object)  # DossierView after a step

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.view: DossierView | None = None
        self.dialog: ActionDialog | None = None
        self.print_dialog: PrintDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.sync_reason = QLabel()
        layout.addLayout(self._header())
        layout.addWidget(self.sync_reason)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(self._left(), 58)
        body.addLayout(self._right(), 42)
        layout.addLayout(body, 1)
        shortcut("Esc", self, self.back.emit)
        shortcut("Ctrl+O", self, self.choose_attachment)
        shortcut("Ctrl+K", self, self.sign_selected)
        self.digitising = DocumentDigitising(self)
        shortcut("F8", self, self.digitising.scan)
        shortcut("Ctrl+U", self, self.digitising.reuse)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(self.tr("← Quay lại (Esc)"))
        back.clicked.connect(self.back)
        row.addWidget(back)
        self.title = title_label("")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.title)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("badge")
        row.addWidget(self.status_badge)
        self.urgency_badge = QLabel()
        self.urgency_badge.setObjectName("badge")
        row.addWidget(self.urgency_badge)
        self.sync_badge = SyncBadge(self.context, self.sync_reason)
        row.addWidget(self.sync_badge)
        row.addStretch(1)
        return row

    def _left(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.info)
        column.addWidget(title_label(self.tr("Thành phần hồ sơ"), "sectionTitle"))
        self.documents = QTableWidget(0, 5)
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Giấy tờ"), self.tr("Bản chính"), self.tr("Bản sao"), self.tr("Đã nhận"),
             self.tr("Số hoá (F8, Ctrl+U)")])
        self.documents.horizontalHeader().setStretchLastSection(False)
        self.documents.horizontalHeader().setSectionResizeMode(
            0, self.documents.horizontalHeader().ResizeMode.Stretch)
        self.documents.verticalHeader().setVisible(False)
        self.documents.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.documents.setWordWrap(True)
        column.addWidget(self.documents, 1)
        attach_row = QHBoxLayout()
        attach_row.addWidget(title_label(self.tr("Tệp đính kèm"), "sectionTitle"))
        attach_row.addStretch(1)
        self.attach_button = QPushButton(self.tr("Thêm bản quét / ảnh… (Ctrl+O)"))
        self.attach_button.clicked.connect(self.choose_attachment)
        attach_row.addWidget(self.attach_button)
        if not self.session.can("dossier.attach"):
            self.attach_button.hide()  # (showing a widget before it has a parent opens a window)
        self.sign_button = QPushButton(self.tr("Ký số tệp đã chọn… (Ctrl+K)"))
        self.sign_button.clicked.connect(self.sign_selected)
        attach_row.addWidget(self.sign_button)
        if not self.session.can("dossier.sign"):
            self.sign_button.hide()
        column.addLayout(attach_row)
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(110)
        self.attachments.itemActivated.connect(self.open_attachment)
        column.addWidget(self.attachments)
        self.signature_line = QLabel()
        self.signature_line.setWordWrap(True)
        self.signature_line.setVisible(False)
        column.addWidget(self.signature_line)
        self.signing = AttachmentSigning(self.context, self.session, self.signature_line, self,
                                         self.show_dossier, self.message.show_error)
        return column

    def _right(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(title_label(self.tr("Bước tiếp theo"), "sectionTitle"))
        self.step_buttons = QGridLayout()
        column.addLayout(self.step_buttons)
        self.no_actions = QLabel()
        self.no_actions.setObjectName("muted")
        self.no_actions.setWordWrap(True)
        column.addWidget(self.no_actions)
        prints = QHBoxLayout()
        self.print_receipt = QPushButton(self.tr("In lại giấy hẹn (mẫu 01)"))
        self.print_receipt.clicked.connect(self.reprint_receipt)
        self.print_control = QPushButton(self.tr("In phiếu kiểm soát (mẫu 06)"))
        self.print_control.clicked.connect(self.print_control_slip)
        for button in (self.print_receipt, self.print_control):
            prints.addWidget(button)
        column.addLayout(prints)
        self.confirm_fee = QPushButton(self.tr("Xác nhận đã nộp phí… (Ctrl+T)"))
        self.confirm_fee.clicked.connect(self.ask_payment)
        shortcut("Ctrl+T", self, self.ask_payment)
        self.confirm_fee.setVisible(False)
        column.addWidget(self.confirm_fee)
        self.payment_dialog: ConfirmPaymentDialog | None = None
        if not self.session.can("dossier.print"):
            self.print_receipt.hide()
            self.print_control.hide()
        column.addWidget(title_label(self.tr("Quá trình xử lý"), "sectionTitle"))
        self.history = QTextEdit()
        self.history.setReadOnly(True)
        column.addWidget(self.history, 1)
        return column

    # Loading and showing ---------------------------------------------------------------

    def load(self, code: str) -> None:
        self.message.clear_message()
        self.signature_line.setVisible(False)
        self.title.setText(code)
        self.sync_badge.clear_state()
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(lambda: get_dossier(workspace, code, actor),
                               label=self.tr("Đang mở hồ sơ…"), on_done=self.show_dossier,
                               on_error=lambda e: self.message.show_error(e.message))

    def show_dossier(self, view: DossierView) -> None:
        self.view = view
        self.title.setText(view.code)
        self.status_badge.setText(status_label(view.status))
        self.status_badge.setStyleSheet("background: #e0e7ff; color: #1e3a8a;")
        text, color, background = URGENCY_STYLE[view.urgency]
        if view.finished_on_time is False:  # the deadline's verdict, not the dossier's end
            text = FINISHED_LATE
        self.urgency_badge.setText(QCoreApplication.translate("DetailScreen", str(text)))
        self.urgency_badge.setStyleSheet(f"background: {background}; color: {color};")
        self.info.setText(self.info_html(view))
        self.show_documents(view)
        self.show_attachments(view.attachments)
        self.history.setHtml(history_html(view))
        self.show_actions(view)
        self.confirm_fee.setVisible(self.fee_to_confirm(view))
        self.sync_badge.load(view.code)

    def fee_to_confirm(self, view: DossierView) -> bool:
        return (view.fee_amount > 0 and not view.fee_paid
                and view.status not in (Status.WITHDRAWN, Status.REFUSED)
                and self.session.can("dossier.record_payment"))

    def ask_payment(self) -> None:
        """The officer confirms the fee was paid (at the counter or seen on the account)."""
        view = self.view
        if view is None or not self.isVisible() or not self.fee_to_confirm(view):
            return
        self.payment_dialog = ConfirmPaymentDialog(self.context, self.session, view.code,
                                                   view.fee_amount, self)
        self.payment_dialog.confirmed.connect(lambda _record: self.load(view.code))
        self.payment_dialog.open()

    def info_html(self, view: DossierView) -> str:
        a = view.applicant
        fee = format_money(view.fee_amount) + (
            self.tr(" — đã thu") if view.fee_paid else self.tr(" — chưa thu"))
        if view.fee_paid and view.fee_receipt_number:
            fee += f" ({view.fee_receipt_number})"
        rows = [
            (self.tr("Người nộp"), a.display_name),
            (self.tr("Số giấy tờ"), a.id_number),
            (self.tr("Ngày sinh"), format_day(a.birth_date)),
            (self.tr("Địa chỉ"), a.address),
            (self.tr("Điện thoại"), a.phone),
            (self.tr("Thủ tục"), f"{view.procedure_name} ({view.procedure_code})"),
            (self.tr("Kênh"), channel_label(view.channel)),
            (self.tr("Tiếp nhận"), f"{format_moment(view.received_at)} — {view.created_by}"),
            (self.tr("Hẹn trả"), format_moment(view.due_at)),
            (self.tr("Phí, lệ phí"), fee),
        ]
        if view.satisfaction:
            rows.append((self.tr("Mức hài lòng"), f"{view.satisfaction}/5"))
        collected = self.collected_by(view)
        if collected:
            rows.append((self.tr("Người nhận kết quả"), collected))
        cells = "".join(
            f"<tr><td style='color:#5f6b76;padding-right:12px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    def collected_by(self, view: DossierView) -> str:
        """Who took the result, from the return step ("" before the return)."""
        returns = [e for e in view.events if e.action == "return_result"]
        collector = returns[-1].details.get("collected_by") if returns else None
        if not isinstance(collector, dict):
            return ""
        if collector.get("kind") != "authorised":
            return self.tr("người nộp hồ sơ")
        return self.tr("%1 (được ủy quyền; giấy tờ %2; %3)").replace(
            "%1", str(collector.get("name", ""))).replace(
            "%2", str(collector.get("id_number", ""))).replace(
            "%3", str(collector.get("authorisation", "")))

    def show_documents(self, view: DossierView) -> None:
        self.documents.setRowCount(len(view.documents))
        for row, document in enumerate(view.documents):
            values = (document.name, str(document.originals), str(document.copies),
                      self.tr("Có") if document.received else self.tr("Chưa"),
                      self.digitising.state_text(view, row))
            for column, value in enumerate(values):
                self.documents.setItem(row, column, QTableWidgetItem(value))
        self.documents.resizeColumnsToContents()
        self.documents.horizontalHeader().setSectionResizeMode(
            0, self.documents.horizontalHeader().ResizeMode.Stretch)
        self.documents.resizeRowsToContents()

    def show_attachments(self, attachments: tuple[AttachmentView, ...]) -> None:
        self.attachments.clear()
        for attachment in attachments:
            item = QListWidgetItem(f"{attachment.filename} — {attachment.size // 1024 + 1} KB, "
                                   f"{format_moment(attachment.added_at)}, {attachment.added_by}")
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            self.attachments.addItem(item)
        if not attachments:
            self.attachments.addItem(self.tr("Chưa có tệp nào."))

    def show_actions(self, view: DossierView) -> None:
        while self.step_buttons.count():
            item = self.step_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        allowed = [a for a in allowed_actions(view.status)
                   if self.session.can(f"dossier.{a.name}")]
        for index, action in enumerate(allowed):  # a step keeps its key whatever the status
            button = QPushButton(f"{action.key}. {action_label(action.name)}")
            button.setObjectName("primary" if index == 0 else "")
            button.setShortcut(f"Alt+{action.key}")
            button.setToolTip(f"Alt+{action.key}")
            button.clicked.connect(lambda _c=False, name=action.name: self.ask_step(name))
            self.step_buttons.addWidget(button, index // 2, index % 2)
        if allowed:
            self.no_actions.setText(self.tr("Phím tắt: Alt+số thứ tự của bước."))
        elif allowed_actions(view.status):
            self.no_actions.setText(self.tr("Vai trò của bạn không thực hiện được bước nào "
                                            "ở trạng thái này."))
        else:
            self.no_actions.setText(self.tr("Hồ sơ đã kết thúc: không còn bước nào."))

    # Steps ------------------------------------------------------------------------------

    def ask_step(self, action: str) -> None:
        if self.view is None:
            return
        self.dialog = ActionDialog(self.view, action, self)
        self.dialog.submitted.connect(self.take)
        citizen = self.context.citizen
        if action == "return_result" and citizen is not None:
            self.dialog.wait_for_citizen()
            citizen.rated.connect(self.citizen_rated, Qt.ConnectionType.UniqueConnection)
            citizen.ask_rating(self.view.code)
            self.dialog.rejected.connect(citizen.clear)  # cancelled: the question goes
        self.dialog.open()

    def citizen_rated(self, value: int) -> None:
        """The citizen's answer on their screen fills the return step's rating."""
        if self.dialog is not None and self.dialog.action == "return_result":
            self.dialog.set_rating(value)

    def take(self, step: StepInput) -> None:
        assert self.view is not None and self.dialog is not None
        dialog, code = self.dialog, self.view.code
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(
            lambda: take_step(workspace, code, step, actor),
            label=self.tr("Đang cập nhật hồ sơ…"),
            on_done=lambda outcome: self.step_taken(dialog, outcome),
            on_error=lambda error: dialog.refused(error.message),
        )

    def step_taken(self, dialog: ActionDialog, outcome: StepTaken) -> None:
        dialog.accept()
        citizen = self.context.citizen
        if citizen is not None and citizen.rating_code is not None:
            citizen.thank()  # returned without the citizen's answer: thanked all the same
        self.show_dossier(outcome.view)
        self.changed.emit(outcome.view)
        if outcome.form_error:
            self.message.show_error(self.tr("Đã cập nhật hồ sơ nhưng chưa in được mẫu: ")
                                    + outcome.form_error)
        if outcome.printed is not None:
            self.show_print(outcome.printed.pdf, outcome.printed.form)

    # Printing and files ----------------------------------------------------------------

    def show_print(self, pdf: bytes, form: str) -> None:
        assert self.view is not None
        title = QCoreApplication.translate("steps", str(FORM_TITLES[form]))
        self.print_dialog = PrintDialog(self.context, pdf, f"{title} — {self.view.code}",
                                        f"{self.view.code}-{form}.pdf", self)
        self.print_dialog.finished.connect(self.forget_print_dialog)
        self.print_dialog.open()

    def forget_print_dialog(self) -> None:
        """The form's preview closed and deletes itself."""
        self.print_dialog = None

    def print_dossier_form(self, form: str) -> None:
        """Print ``form`` of this dossier through the core (archived; a reprint says so)."""
        if self.view is None:
            return
        code, workspace, actor = self.view.code, self.context.workspace, self.session.actor

        def printed(result: PrintedForm) -> None:
            self.show_print(result.pdf, form)

        self.context.tasks.run_change(lambda: print_form(workspace, code, form, actor),
                               label=self.tr("Đang tạo mẫu in…"), on_done=printed,
                               on_error=lambda e: self.message.show_error(e.message))

    def reprint_receipt(self) -> None:
        self.print_dossier_form("receipt")

    def print_control_slip(self) -> None:
        self.print_dossier_form("control-slip")

    def choose_attachment(self) -> None:
        if self.view is None or not self.session.can("dossier.attach"):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản quét hoặc ảnh"), "",
            self.tr("Bản quét, ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        assert self.view is not None
        code, workspace, actor = self.view.code, self.context.workspace, self.session.actor
        kind = kind_of_file(path.name)
        unreadable = self.tr("Không đọc được tệp %1: ").replace("%1", path.name)

        def store() -> DossierView:
            try:
                content = path.read_bytes()
            except OSError as error:
                raise CounterError(unreadable + (error.strerror or "")) from None
            add_attachment(workspace, code, path.name, content, actor, kind)
            return get_dossier(workspace, code, actor)

        self.context.tasks.run_change(store, label=self.tr("Đang lưu tệp…"),
                               on_done=self.show_dossier,
                               on_error=lambda e: self.message.show_error(e.message))

    def open_attachment(self, item: QListWidgetItem) -> None:
        attachment = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(attachment, AttachmentView) or self.view is None:
            return
        code, workspace, actor = self.view.code, self.context.workspace, self.session.actor

        def fetch() -> Path:
            return open_attachment_for_viewing(workspace, code, attachment, actor)

        def show(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.signing.check(code, attachment)  # the signature's verdict beside it

        self.context.tasks.run_change(fetch, on_done=show,
                               on_error=lambda e: self.message.show_error(e.message))

    def selected_attachment(self) -> AttachmentView | None:
        item = self.attachments.currentItem()
        attachment = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return attachment if isinstance(attachment, AttachmentView) else None

    def sign_selected(self) -> None:
        """Ctrl+K: sign the chosen attachment with the agency's token (PIN asked)."""
        attachment = self.selected_attachment()
        if self.view is None or attachment is None:
            self.message.show_error(self.tr("Chọn một tệp đính kèm trong danh sách để ký số."))
            return
        self.message.clear_message()
        self.signing.ask_pin(self.view.code, attachment)
