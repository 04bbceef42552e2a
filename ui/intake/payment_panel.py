"""After receipt, while the dossier's fee is unpaid: its VietQR code, and the officer's
confirmation that the money came in (Ctrl+T). The code needs the dossier code (the transfer's
description), so it appears once the dossier is received."""

from __future__ import annotations

from counter.dossiers.model import DossierView
from counter.errors import CounterError
from counter.payments.payee import PaymentQr, payment_qr
from counter.payments.records import PaymentRecord
from ui.context import AppContext, Session
from ui.payments.confirm_dialog import ConfirmPaymentDialog
from ui.payments.qr_view import PaymentQrView
from ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal
from ui.widgets import FieldMessage, shortcut


class PaymentPanel(QWidget):
    qr_changed = Signal(object)  # PaymentQr, or None when nothing is to be paid any more
    paid = Signal(object)  # PaymentRecord

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.session = context, session
        self.code: str | None = None
        self.amount = 0
        self.dialog: ConfirmPaymentDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.view = PaymentQrView(120)
        row.addWidget(self.view)
        side = QVBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        side.addWidget(self.title)
        self.message = FieldMessage()
        side.addWidget(self.message)
        self.confirm = QPushButton(self.tr("Xác nhận đã nhận tiền… (Ctrl+T)"))
        self.confirm.clicked.connect(self.ask_confirmation)
        shortcut("Ctrl+T", self, self.ask_confirmation)
        side.addWidget(self.confirm)
        side.addStretch(1)
        row.addLayout(side, 1)
        self.setVisible(False)

    def show_dossier(self, view: DossierView) -> None:
        """Show the fee of a dossier just received, if it is still to be paid."""
        self.clear()
        if view.fee_amount <= 0 or view.fee_paid:
            return
        self.code, self.amount = view.code, view.fee_amount
        self.title.setText(self.tr("Phí, lệ phí của hồ sơ <b>%1</b> chưa nộp. Công dân có thể "
                                   "quét mã VietQR để chuyển khoản.").replace("%1", view.code))
        self.confirm.setEnabled(self.session.can("dossier.record_payment"))
        self.setVisible(True)
        workspace, code = self.context.workspace, view.code
        self.context.tasks.run_query(lambda: payment_qr(workspace, code),
                                     on_done=self.show_qr, on_error=self.no_qr)

    def show_qr(self, qr: PaymentQr) -> None:
        if qr.dossier_code != self.code:
            return
        self.view.show_qr(qr)
        self.view.setVisible(True)
        self.qr_changed.emit(qr)

    def no_qr(self, error: CounterError) -> None:
        """Bad or missing account settings: say what to fix; no code is shown."""
        self.view.setVisible(False)
        self.message.show_error(error.message)

    def ask_confirmation(self) -> None:
        if self.code is None or not self.isVisible() or not self.confirm.isEnabled():
            return
        self.dialog = ConfirmPaymentDialog(self.context, self.session, self.code, self.amount,
                                           self)
        self.dialog.confirmed.connect(self.confirmed)
        self.dialog.open()

    def confirmed(self, record: PaymentRecord) -> None:
        self.paid.emit(record)
        self.clear()

    def clear(self) -> None:
        had_code = self.code is not None
        self.code, self.amount = None, 0
        self.view.clear()
        self.message.clear_message()
        self.setVisible(False)
        if had_code:
            self.qr_changed.emit(None)
