"""Intake, the main screen: procedure, applicant, documents, fee, appointment; receive and print.

Keyboard: Ctrl+F procedure search, Enter chooses; F6 read the chip, F7 the QR code;
Tab through the applicant; Space ticks a document as received, Ctrl+D every
required one; Ctrl+Enter receives and prints form 01; Ctrl+N clears.
"""

from __future__ import annotations

from counter.catalogue.model import ProcedureInfo
from counter.dossiers.model import DELIVERIES, DossierView, IntakeRequest, channel_of
from counter.dossiers.receive import receive_dossier
from counter.errors import CounterError, InputError
from counter.handover import other_agencies
from counter.people import Applicant
from counter.printing import print_form
from ui.context import AppContext, Session
from ui.formatting import format_appointment
from ui.intake.applicant_panel import ApplicantPanel
from ui.intake.card_panel import CardPanel
from ui.intake.checklist import Checklist
from ui.intake.fee_panel import FeePanel
from ui.intake.procedure_picker import ProcedurePicker
from ui.printing import PrintDialog
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, scrolling, shortcut, title_label

DELIVERY_LABELS = {
    "counter": QT_TRANSLATE_NOOP("IntakeScreen", "Tại Bộ phận Một cửa"),
    "post": QT_TRANSLATE_NOOP("IntakeScreen", "Qua bưu chính"),
}


class IntakeScreen(QWidget):
    open_dossier = Signal(str)
    received = Signal(object)  # DossierView

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.last: DossierView | None = None
        self.print_dialog: PrintDialog | None = None
        self.confirm_box: QMessageBox | None = None
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 6, 0, 0)
        columns.setSpacing(18)
        columns.addLayout(self._left_column(), 46)
        columns.addLayout(self._right_column(), 54)
        shortcut("Ctrl+F", self, self.picker.focus_search)
        shortcut("Ctrl+N", self, self.ask_clear)
        shortcut("Ctrl+D", self, self.checklist.receive_required)
        self.picker.chosen.connect(self.procedure_chosen)
        self.card.applicant_ready.connect(self.fill_applicant)
        self.applicant.returning_found.connect(self.show_returning)
        self.calendar_loaded = False

    def _left_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.picker = ProcedurePicker(self.context)
        column.addWidget(self.picker)
        self.checklist = Checklist()
        heading = QHBoxLayout()
        heading.addWidget(title_label(self.tr("3. Thành phần hồ sơ"), "sectionTitle"), 1)
        self.all_received = QPushButton(self.tr("Nhận đủ giấy tờ bắt buộc (Ctrl+D)"))
        self.all_received.setToolTip(self.tr("Dấu cách (Space): đánh dấu từng giấy tờ đã nhận"))
        self.all_received.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_received.clicked.connect(self.checklist.receive_required)
        heading.addWidget(self.all_received)
        column.addLayout(heading)
        column.addWidget(self.checklist, 1)
        self.documents_message = FieldMessage()
        column.addWidget(self.documents_message)
        return column

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QVBoxLayout()  # scrolls when field messages make it taller than the screen
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(title_label(self.tr("2. Người nộp hồ sơ"), "sectionTitle"))
        self.applicant = ApplicantPanel(self.context, self.session)
        self.card = CardPanel(self.context, self.applicant.id_number.text, self.applicant.birth)
        form.addWidget(self.card)
        self.returning = QLabel()
        self.returning.setObjectName("fieldHint")
        self.returning.setWordWrap(True)
        self.returning.setVisible(False)
        form.addWidget(self.returning)
        form.addWidget(self.applicant)
        form.addWidget(title_label(self.tr("4. Phí, lệ phí và hẹn trả"), "sectionTitle"))
        self.fee = FeePanel()
        form.addWidget(self.fee)
        delivery = QHBoxLayout()
        delivery.addWidget(QLabel(self.tr("Nhận kết quả:")))
        self.delivery = QComboBox()
        for value in DELIVERIES:
            self.delivery.addItem(self.tr(str(DELIVERY_LABELS[value])), value)
        delivery.addWidget(self.delivery)
        self.delivery_address = QLineEdit()
        self.delivery_address.setPlaceholderText(self.tr("Địa chỉ nhận qua bưu chính"))
        self.delivery_address.setEnabled(False)
        self.delivery.currentIndexChanged.connect(
            lambda _i: self.delivery_address.setEnabled(self.delivery.currentData() == "post"))
        delivery.addWidget(self.delivery_address, 1)
        form.addLayout(delivery)
        # "phi địa giới": received here for another agency of the province; shown only when
        # this workstation knows other agencies
        self.handling_row = QWidget()
        handling = QHBoxLayout(self.handling_row)
        handling.setContentsMargins(0, 0, 0, 0)
        handling.addWidget(QLabel(self.tr("Cơ quan giải quyết:")))
        self.handling = QComboBox()
        self.handling.addItem(self.tr("Cơ quan tiếp nhận (tại đây)"), None)
        handling.addWidget(self.handling, 1)
        self.handling_row.setVisible(False)
        form.addWidget(self.handling_row)
        form.addStretch(1)
        column.addWidget(scrolling(form), 1)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(self.open_dossier)
        column.addWidget(self.banner)
        actions = QHBoxLayout()
        clear = QPushButton(self.tr("Làm mới (Ctrl+N)"))
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab from the form goes to the submit
        clear.clicked.connect(self.ask_clear)
        actions.addWidget(clear)
        actions.addStretch(1)
        self.submit = QPushButton(self.tr("Tiếp nhận và in giấy hẹn (Ctrl+Enter)"))
        self.submit.setObjectName("primary")
        self.submit.clicked.connect(self.receive_and_print)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(key, self, self.receive_and_print)
        actions.addWidget(self.submit)
        column.addLayout(actions)
        return column

    # Screen life ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self.calendar_loaded:
            workspace = self.context.workspace
            self.context.tasks.run_query(workspace.calendar, on_done=self._calendar_ready)
            self.context.tasks.run_query(lambda: other_agencies(workspace),
                                         on_done=self._agencies_ready)
            self.picker.run_search()
        if self.picker.procedure is None:
            self.picker.focus_search()

    def _agencies_ready(self, agencies: object) -> None:
        for agency in agencies:  # type: ignore[attr-defined]
            self.handling.addItem(f"{agency.name} ({agency.code})", agency.code)
        self.handling_row.setVisible(self.handling.count() > 1)

    def _calendar_ready(self, calendar: object) -> None:
        self.calendar_loaded = True
        self.fee.set_calendar(calendar)  # type: ignore[arg-type]

    def procedure_chosen(self, procedure: ProcedureInfo) -> None:
        self.checklist.show_procedure(procedure)
        self.fee.show_procedure(procedure)
        self.documents_message.clear_message()
        focus = self.applicant.full_name if self.applicant.id_number.text() else \
            self.applicant.id_number
        focus.setFocus()

    def fill_applicant(self, applicant: Applicant) -> None:
        self.applicant.fill(applicant)
        self.applicant.look_up_current()

    def show_returning(self, found: Applicant) -> None:
        self.returning.setText(self.tr(
            "Công dân đã từng nộp hồ sơ ở đây: đã điền các ô còn trống từ lần trước "
            "— hỏi lại để xác nhận."))
        self.returning.setVisible(True)

    # Receive ----------------------------------------------------------------------------

    def request(self) -> IntakeRequest:
        procedure = self.picker.procedure
        if procedure is None:
            raise InputError("procedure", self.tr("chọn thủ tục trước (Ctrl+F)."))
        return IntakeRequest(
            procedure_code=procedure.code, procedure_version=procedure.version,
            applicant=self.applicant.applicant(), documents=self.checklist.documents(),
            sets_count=self.fee.sets.value(), payment=self.fee.payment(),
            channel=channel_of(self.session.actor.role),
            result_delivery=self.delivery.currentData(),
            delivery_address=self.delivery_address.text(),
            handling_agency_code=self.handling.currentData(),
        )

    def receive_and_print(self) -> None:
        if not self.submit.isEnabled():
            return
        self.banner.setVisible(False)
        try:
            request = self.request()
        except InputError as error:
            self.show_input_error(error)
            return
        self.submit.setEnabled(False)
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(
            lambda: receive_dossier(workspace, request, actor),
            label=self.tr("Đang lưu hồ sơ…"),
            on_done=self.saved, on_error=self.refused,
            always=lambda: self.submit.setEnabled(True),
        )

    def saved(self, view: DossierView) -> None:
        self.last = view
        self.show_banner(self.tr("Đã tiếp nhận hồ sơ <a href='%1'><b>%1</b></a>. "
                                 "Hẹn trả: <b>%2</b>.").replace("%1", view.code)
                         .replace("%2", format_appointment(view.due_at)), ok=True)
        for warning in view.warnings:
            self.show_banner(self.banner.text() + "<br>" + warning, ok=True)
        self.received.emit(view)
        self.clear(keep_banner=True)
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(lambda: print_form(workspace, view.code, "receipt", actor),
                                      label=self.tr("Đang tạo giấy tiếp nhận…"),
                               on_done=lambda printed: self.show_print(view, printed.pdf),
                               on_error=lambda e: self.show_banner(
                                   self.banner.text() + "<br>" + e.message, ok=False))

    def show_print(self, view: DossierView, pdf: bytes) -> None:
        title = self.tr("Giấy tiếp nhận hồ sơ và hẹn trả kết quả — %1").replace("%1", view.code)
        self.print_dialog = PrintDialog(self.context, pdf, title, f"{view.code}-giay-hen.pdf",
                                        self)
        self.print_dialog.finished.connect(self.forget_print_dialog)
        self.print_dialog.open()

    def forget_print_dialog(self) -> None:
        """The receipt's preview closed and deletes itself."""
        self.print_dialog = None

    def refused(self, error: CounterError) -> None:
        if isinstance(error, InputError):
            self.show_input_error(error)
        else:
            self.show_banner(error.message, ok=False)

    def show_input_error(self, error: InputError) -> None:
        shown = (self.applicant.show_error(error)
                 or self.fee.show_error(error.field, error.reason))
        if error.field == "documents":
            self.documents_message.show_error(error.reason)
            self.checklist.setFocus()
            shown = True
        elif error.field == "procedure":
            self.picker.focus_search()
        elif error.field == "delivery_address":
            self.delivery_address.setFocus()
        self.show_banner(self.tr("Chưa tiếp nhận: ") + (
            self.tr("xem ô báo đỏ.") if shown else error.reason), ok=False)

    def show_banner(self, text: str, *, ok: bool) -> None:
        self.banner.setObjectName("banner" if ok else "bannerError")
        self.banner.setText(text)
        self.banner.setVisible(True)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def filled(self) -> bool:
        """Something was chosen or typed that clearing would lose."""
        applicant = self.applicant
        typed = (applicant.id_number, applicant.full_name, applicant.birth_date,
                 applicant.address, applicant.phone, applicant.email, self.delivery_address)
        return self.picker.procedure is not None or any(w.text().strip() for w in typed)

    def ask_clear(self) -> None:
        """Clear at once when nothing would be lost; else ask first (Ctrl+N again: clear)."""
        if not self.filled():
            self.clear()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Làm mới"), self.tr(
            "Xoá mọi thông tin đang nhập của hồ sơ này để tiếp nhận hồ sơ khác?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Xoá (Ctrl+N)"))
        yes.setShortcut("Ctrl+N")
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Giữ lại (Esc)"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(lambda button: self.clear() if button is yes else None)
        self.confirm_box = box
        box.open()

    def clear(self, keep_banner: bool = False) -> None:
        self.picker.reset()
        self.applicant.reset()
        self.card.reset()
        self.checklist.show_procedure(None)
        self.fee.reset()
        self.delivery.setCurrentIndex(0)
        self.delivery_address.clear()
        self.handling.setCurrentIndex(0)
        self.documents_message.clear_message()
        self.returning.setVisible(False)
        if not keep_banner:
            self.banner.setVisible(False)
        self.picker.focus_search()

    def close_screen(self) -> None:
        self.card.disconnect_reader()
        if self.print_dialog is not None:
            self.print_dialog.close()
