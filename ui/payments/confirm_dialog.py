"""The officer confirms that a fee was paid: how, the reference, when. Never assumed."""

from __future__ import annotations

from datetime import datetime

from counter import clock
from counter.payments.records import (
    METHODS,
    PaymentConfirmation,
    PaymentRecord,
    confirm_payment,
)
from counter.text import format_money
from ui.context import AppContext, Session
from ui.formatting import format_moment
from ui.intake.fee_panel import METHODS as FEE_METHODS
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage

MOMENT_FORMAT = "%H:%M %d/%m/%Y"


def parse_moment(text: str) -> datetime:
    """``HH:MM dd/mm/yyyy`` in Vietnam time; ValueError if not."""
    return datetime.strptime(" ".join(text.split()), MOMENT_FORMAT).replace(tzinfo=clock.VN_TZ)


class ConfirmPaymentDialog(QDialog):
    """Asks method, reference and time; the core records the payment. Stays open with
    the core's message when it refuses."""

    confirmed = Signal(object)  # PaymentRecord

    def __init__(self, context: AppContext, session: Session, code: str, amount: int,
                 parent: QWidget | None = None, *, method: str = "transfer") -> None:
        super().__init__(parent)
        self.context, self.session, self.code = context, session, code
        self.setWindowTitle(self.tr("Xác nhận đã nộp phí — %1").replace("%1", code))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hồ sơ <b>%1</b>: phí, lệ phí <b>%2</b>.<br>"
                                        "Chỉ xác nhận khi đã nhận được tiền (đã thấy tiền "
                                        "vào tài khoản nếu chuyển khoản).")
                                .replace("%1", code).replace("%2", format_money(amount))))
        form = QFormLayout()
        self.method = QComboBox()
        labels = dict(FEE_METHODS)
        for value in METHODS:
            self.method.addItem(QCoreApplication.translate("FeePanel", str(labels[value])),
                                value)
        self.method.setCurrentIndex(METHODS.index(method) if method in METHODS else 0)
        form.addRow(self.tr("Hình thức nộp"), self.method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(120)
        self.reference.setPlaceholderText(self.tr("Mã giao dịch ngân hàng / số biên lai"))
        form.addRow(self.tr("Số tham chiếu"), self.reference)
        self.paid_at = QLineEdit(format_moment(clock.now()))
        self.paid_at.setPlaceholderText(self.tr("giờ:phút ngày/tháng/năm"))
        form.addRow(self.tr("Thời điểm nộp"), self.paid_at)
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Xác nhận đã nhận tiền (Ctrl+Enter)"))
        self.ok_button.setShortcut("Ctrl+Return")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ (Esc)"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reference.setFocus()

    def confirmation(self) -> PaymentConfirmation:
        return PaymentConfirmation(self.method.currentData(), self.reference.text(),
                                   parse_moment(self.paid_at.text()))

    def submit(self) -> None:
        try:
            confirmation = self.confirmation()
        except ValueError:
            self.message.show_error(self.tr("Thời điểm nộp: cần dạng giờ:phút ngày/tháng/năm, "
                                            "ví dụ 09:30 02/03/2026."))
            self.paid_at.setFocus()
            return
        self.ok_button.setEnabled(False)
        workspace, actor, code = self.context.workspace, self.session.actor, self.code
        self.context.tasks.run_change(
            lambda: confirm_payment(workspace, code, confirmation, actor),
            label=self.tr("Đang ghi nhận khoản nộp…"),
            on_done=self.done_ok, on_error=self.refused)

    def done_ok(self, record: PaymentRecord) -> None:
        self.confirmed.emit(record)
        self.accept()

    def refused(self, error: object) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(getattr(error, "message", str(error)))
