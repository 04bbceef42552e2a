"""Intake, the main screen: procedure, applicant, documents, fee, appointment; receive and print.

Keyboard: Ctrl+F procedure search, Enter chooses (Ctrl+M: a procedure not listed); F6 read
the chip, F7 the QR code;
Tab through the applicant; Space ticks a document as received, Ctrl+D every
required one; F8 scans the chosen document, Ctrl+U marks it reused from an electronic
record; Ctrl+Enter receives and prints form 01; Ctrl+N clears.
"""

from __future__ import annotations

from counter.catalogue.model import ProcedureInfo
from counter.dossiers.model import DELIVERIES, DossierView, IntakeRequest, channel_of
from counter.dossiers.receive import receive_dossier
from counter.errors import CounterError, InputError
from counter.handover import other_agencies
from counter.payments.payee import PaymentQr
from counter.payments.records import PaymentRecord
from counter.people import Applicant
from counter.printing.direct import ReceiptToPrint, receipt_to_print
from counter.scanning.digitise import document_scan_settings
from counter.scanning.drafts import discard, draft_pages, new_draft
from counter.scanning.model import ScanSettings
from counter.text import format_money
from ui.citizen.mirror import IntakeMirror
from ui.context import AppContext, Session
from ui.formatting import format_appointment
from ui.intake.applicant_panel import ApplicantPanel
from ui.intake.card_panel import CardPanel
from ui.intake.case_panel import CasePanel
from ui.intake.checklist import Checklist
from ui.intake.fee_panel import FeePanel
from ui.intake.notify_panel import NotifyPanel
from ui.intake.payment_panel import PaymentPanel
from ui.intake.procedure_picker import ProcedurePicker
from ui.intake.receipt_print import send_receipt
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
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.scanning.preview import ScanDialog
from ui.scanning.reuse import ReuseDialog
from ui.widgets import FieldMessage, scrolling, shortcut, title_label

MIRROR_DELAY_MS = 150
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
        shortcut("Ctrl+G", self, self.checklist.take_focus)
        # Tab follows the paper: the applicant, then the documents, then the fee.
        QWidget.setTabOrder(self.applicant.email, self.checklist)
        QWidget.setTabOrder(self.checklist, self.fee.sets)
        shortcut("F8", self, self.scan_document)
        shortcut("Ctrl+U", self, self.reuse_document)
        self.scan_draft = new_draft()  # pages scanned before the dossier has its code
        self.shown_procedure: tuple[str, str] | None = None
        self.scan_dialog: ScanDialog | None = None
        self.reuse_dialog: ReuseDialog | None = None
        shortcut("Ctrl+M", self, self.picker.receive_unlisted)
        self.picker.chosen.connect(self.procedure_chosen)
        self.case.changed.connect(self.terms_changed)
        self.card.applicant_ready.connect(self.fill_applicant)
        self.card.field_wanted.connect(lambda name: self.applicant.fields[name].field.setFocus())
        self.applicant.returning_found.connect(self.show_returning)
        self.calendar_loaded = False
        self._mirror_changes()

    def _left_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.picker = ProcedurePicker(self.context)
        column.addWidget(self.picker)
        self.case = CasePanel()
        column.addWidget(self.case)
        self.checklist = Checklist()
        heading = QHBoxLayout()
        heading.addWidget(title_label(self.tr("3. Thành phần hồ sơ (Ctrl+G)"), "sectionTitle"), 1)
        self.all_received = QPushButton(self.tr("Nhận đủ giấy tờ bắt buộc (Ctrl+D)"))
        self.all_received.setToolTip(self.tr(
            "Dấu cách (Space): đánh dấu từng giấy tờ đã nhận; F8: quét giấy tờ đang chọn; "
            "Ctrl+U: dùng lại dữ liệu điện tử sẵn có"))
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
        self.notify = NotifyPanel(
            lambda: (self.applicant.phone.text().strip(), self.applicant.email.text().strip())
        )
        form.addWidget(self.notify)
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
        self.payment = PaymentPanel(self.context, self.session)
        self.payment.paid.connect(self.fee_paid)
        column.addWidget(self.payment)
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

    # The citizen screen -----------------------------------------------------------------

    def _mirror_changes(self) -> None:
        """What the officer records goes to the citizen screen, a moment after each change."""
        self.mirror_timer = QTimer(self)
        self.mirror_timer.setSingleShot(True)
        self.mirror_timer.setInterval(MIRROR_DELAY_MS)
        self.mirror_timer.timeout.connect(self.mirror_to_citizen)
        applicant = self.applicant
        for edit in (applicant.id_number, applicant.full_name, applicant.birth_date,
                     applicant.address):
            edit.textChanged.connect(self.schedule_mirror)
        self.picker.chosen.connect(self.schedule_mirror)
        self.checklist.itemChanged.connect(self.schedule_mirror)
        for box in (self.fee.sets, self.fee.pages, self.fee.copies):
            box.valueChanged.connect(self.schedule_mirror)
        self.fee.paid.toggled.connect(self.schedule_mirror)
        self.payment.qr_changed.connect(self.show_payment_to_citizen)

    def schedule_mirror(self, *_args: object) -> None:
        if self.context.citizen is not None:
            self.mirror_timer.start()

    def mirror(self) -> IntakeMirror:
        applicant, procedure = self.applicant, self.picker.procedure
        fee = self.fee.amount.text() if procedure is not None else ""
        if fee and self.fee.paid.isChecked():
            fee += " — " + self.tr("đã nộp")
        return IntakeMirror(
            full_name=applicant.full_name.text().strip(),
            id_number=applicant.id_number.text().strip(),
            birth_date=applicant.birth_date.text().strip(),
            address=applicant.address.text().strip(),
            procedure=procedure.name if procedure is not None else "",
            documents=tuple(d.name for d in self.checklist.documents() if d.received),
            fee=fee,
            appointment=self.fee.appointment.text() if procedure is not None else "",
        )

    def mirror_to_citizen(self) -> None:
        if self.context.citizen is not None:
            self.context.citizen.show_intake(self.mirror())

    def show_payment_to_citizen(self, qr: PaymentQr | None) -> None:
        """After receipt: the fee's code while it is due; once paid (or gone), nothing."""
        citizen = self.context.citizen
        if citizen is None:
            return
        if qr is None:
            citizen.clear()
            return
        due = self.last.due_at if self.last is not None and self.last.code == qr.dossier_code \
            else None
        citizen.show_payment(qr, format_appointment(due) if due else "")

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
        chosen = (procedure.code, procedure.version)
        if self.shown_procedure not in (None, chosen):  # pages of another procedure's papers
            self.drop_scans()
        self.shown_procedure = chosen
        self.case.show_procedure(procedure)  # shows the case's documents, fee and time
        self.documents_message.clear_message()
        applicant = self.applicant
        if applicant.id_number.text().strip() and applicant.full_name.text().strip():
            self.checklist.take_focus()  # the card was read first: the papers come next
        elif applicant.id_number.text().strip():
            applicant.full_name.setFocus()
        else:
            applicant.id_number.setFocus()

    def terms_changed(self, procedure: ProcedureInfo | None) -> None:
        self.checklist.show_procedure(procedure)
        self.count_scans()
        self.fee.show_procedure(procedure)

    def fill_applicant(self, applicant: Applicant) -> None:
        self.applicant.fill(applicant)
        self.applicant.look_up_current()

    def show_returning(self, found: Applicant) -> None:
        self.returning.setText(self.tr(
            "Công dân đã từng nộp hồ sơ ở đây: đã điền các ô còn trống từ lần trước "
            "— hỏi lại để xác nhận."))
        self.returning.setVisible(True)

    # Scan -------------------------------------------------------------------------------

    def chosen_document(self) -> int | None:
        row = self.checklist.currentRow()
        if self.picker.procedure is None or row < 0:
            self.documents_message.show_error(self.tr(
                "Chọn giấy tờ trong danh mục (mũi tên lên, xuống) rồi bấm F8 để quét."))
            self.checklist.setFocus()
            return None
        return row

    def scan_document(self) -> None:
        row = self.chosen_document()
        if row is None:
            return
        if self.context.scanner is None:
            self.documents_message.show_error(self.tr("Máy này chưa có máy quét."))
            return
        name, workspace = self.checklist.name_at(row), self.context.workspace
        self.context.tasks.run_query(lambda: document_scan_settings(workspace, name),
                                     on_done=lambda chosen: self.open_scan(row, name, *chosen))

    def open_scan(self, row: int, name: str, settings: ScanSettings, device: str | None) -> None:
        self.documents_message.clear_message()
        dialog = ScanDialog(self.context, self.session, self.scan_draft, row, name, settings,
                            device=device, parent=self)
        dialog.finished.connect(lambda _result: self.scan_closed())
        self.scan_dialog = dialog
        dialog.open()
        dialog.scan_more()

    def scan_closed(self) -> None:
        """Count the pages again (kept by Xong or by Esc alike)."""
        self.scan_dialog = None
        self.count_scans()

    def count_scans(self) -> None:
        workspace, draft = self.context.workspace, self.scan_draft

        def count() -> list[int]:
            return [page.position for page in draft_pages(workspace, draft)]

        def show(positions: list[int]) -> None:
            if draft != self.scan_draft:
                return
            for row in range(self.checklist.rowCount()):
                pages = positions.count(row)
                if pages != self.checklist.pages[row]:
                    self.checklist.set_pages(row, pages)

        self.context.tasks.run_query(count, on_done=show)

    def reuse_document(self) -> None:
        row = self.chosen_document()
        if row is None:
            return
        if self.checklist.pages[row]:
            self.documents_message.show_error(self.tr(
                "Giấy tờ này đã được quét: bản quét sẽ được lưu vào hồ sơ."))
            return
        dialog = ReuseDialog(self.checklist.name_at(row), self.checklist.reused[row],
                             lambda source: self.checklist.set_reused(row, source), self)
        self.reuse_dialog = dialog
        dialog.open()

    # Receive ----------------------------------------------------------------------------

    def request(self) -> IntakeRequest:
        procedure = self.picker.procedure
        if procedure is None:
            raise InputError("procedure", self.tr("chọn thủ tục trước (Ctrl+F)."))
        return IntakeRequest(
            procedure_code=procedure.code,
            procedure_version=None if self.picker.unlisted else procedure.version,
            procedure_case=self.case.case_key(), fee_exemption=self.case.exemption_key(),
            unlisted=self.picker.unlisted,
            applicant=self.applicant.applicant(), documents=self.checklist.documents(),
            sets_count=self.fee.sets.value(), payment=self.fee.payment(),
            channel=channel_of(self.session.actor.role),
            result_delivery=self.delivery.currentData(),
            delivery_address=self.delivery_address.text(),
            notification=self.notify.notification(),
            scan_draft=self.scan_draft,
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
        for warning in (*view.warnings, view.handling_forms_note):
            if warning:
                self.show_banner(self.banner.text() + "<br>" + warning, ok=True)
        self.received.emit(view)
        self.clear(keep_banner=True)
        if self.context.citizen is not None:
            self.context.citizen.clear()  # the turn's data goes; the fee's code may follow
        self.payment.show_dossier(view)
        workspace, actor = self.context.workspace, self.session.actor
        self.context.tasks.run_change(lambda: receipt_to_print(workspace, view.code, actor),
                                      label=self.tr("Đang tạo giấy tiếp nhận…"),
                               on_done=lambda receipt: self.print_receipt(view, receipt),
                               on_error=lambda e: self.show_banner(
                                   self.banner.text() + "<br>" + e.message, ok=False))

    def print_receipt(self, view: DossierView, receipt: ReceiptToPrint) -> None:
        """Straight to the default printer when the setting says so, else the preview."""
        send_receipt(self.context, receipt, lambda pdf: self.show_print(view, pdf),
                     lambda text, ok: self.show_banner(self.banner.text() + "<br>" + text, ok=ok))

    def fee_paid(self, record: PaymentRecord) -> None:
        self.show_banner(self.banner.text() + "<br>" + self.tr(
            "Đã xác nhận hồ sơ %1 nộp phí %2.").replace("%1", record.dossier_code)
            .replace("%2", format_money(record.amount)), ok=True)

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
                 or self.fee.show_error(error.field, error.reason)
                 or self.notify.show_error(error.field, error.reason))
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
                 applicant.address, applicant.phone, applicant.email, self.delivery_address,
                 self.notify.contact)
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
        self.drop_scans()
        self.shown_procedure = None
        self.picker.reset()
        self.case.show_procedure(None)
        self.applicant.reset()
        self.card.reset()
        self.checklist.show_procedure(None)
        self.fee.reset()
        self.delivery.setCurrentIndex(0)
        self.delivery_address.clear()
        self.notify.reset()
        self.handling.setCurrentIndex(0)
        self.documents_message.clear_message()
        self.returning.setVisible(False)
        if not keep_banner:
            self.banner.setVisible(False)
            self.payment.clear()
            if self.context.citizen is not None:
                self.context.citizen.clear()
        self.picker.focus_search()

    def drop_scans(self) -> None:
        """A new dossier starts with a new draft; the pages of the one abandoned go."""
        old, self.scan_draft = self.scan_draft, new_draft()
        if self.session.can("dossier.attach"):
            workspace, actor = self.context.workspace, self.session.actor
            self.context.tasks.run_change(lambda: discard(workspace, old, actor))

    def close_screen(self) -> None:
        self.card.disconnect_reader()
        if self.print_dialog is not None:
            self.print_dialog.close()
