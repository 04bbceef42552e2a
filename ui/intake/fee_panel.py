"""Fees (computed by the core's rule as the counts change) and the appointment time."""

from __future__ import annotations

from datetime import datetime

from counter import clock
from counter.catalogue.fees import fee_amount, needs_pages, unpaid_fee_warning
from counter.catalogue.model import ProcedureInfo
from counter.deadlines.calendar import WorkCalendar
from counter.deadlines.compute import due_time, same_day_deferral
from counter.dossiers.model import Payment
from counter.errors import CounterError
from counter.text import format_money
from ui.formatting import format_appointment, processing_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QTimer,
    QWidget,
)
from ui.widgets import FieldMessage

APPOINTMENT_REFRESH_MS = 30_000
METHODS = (
    ("cash", QT_TRANSLATE_NOOP("FeePanel", "Tiền mặt")),
    ("transfer", QT_TRANSLATE_NOOP("FeePanel", "Chuyển khoản")),
    ("card", QT_TRANSLATE_NOOP("FeePanel", "Thẻ")),
)


def spin(minimum: int, maximum: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    return box


class FeePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.procedure: ProcedureInfo | None = None
        self.calendar: WorkCalendar | None = None
        self.due: datetime | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sets = spin(1, 100, 1)
        self.pages = spin(0, 10_000, 0)
        self.copies = spin(0, 1_000, 1)
        self.pages_label = QLabel(self.tr("Số trang mỗi bản"))
        self.copies_label = QLabel(self.tr("Số bản cần chứng thực"))
        grid.addWidget(QLabel(self.tr("Số bộ hồ sơ")), 0, 0)
        grid.addWidget(self.sets, 0, 1)
        grid.addWidget(self.pages_label, 0, 2)
        grid.addWidget(self.pages, 0, 3)
        grid.addWidget(self.copies_label, 0, 4)
        grid.addWidget(self.copies, 0, 5)
        self.amount = QLabel()
        self.amount.setObjectName("fee")
        grid.addWidget(QLabel(self.tr("Phí, lệ phí:")), 1, 0)
        grid.addWidget(self.amount, 1, 1, 1, 2)
        self.paid = QCheckBox(self.tr("Đã thu tiền"))
        self.method = QComboBox()
        for value, label in METHODS:
            self.method.addItem(self.tr(str(label)), value)
        self.paid.toggled.connect(lambda _checked: self.show_unpaid())
        grid.addWidget(self.paid, 1, 3)
        grid.addWidget(self.method, 1, 4, 1, 2)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 2 + 4)
        grid.addWidget(self.note, 2, 0, 1, 6)
        self.message = FieldMessage()
        grid.addWidget(self.message, 3, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Hẹn trả:")), 4, 0)
        self.appointment = QLabel()
        self.appointment.setObjectName("appointment")
        grid.addWidget(self.appointment, 4, 1, 1, 5)
        for box in (self.sets, self.pages, self.copies):
            box.valueChanged.connect(self.update_amount)
        self.timer = QTimer(self)
        self.timer.setInterval(APPOINTMENT_REFRESH_MS)
        self.timer.timeout.connect(lambda: self.update_appointment())
        self.timer.start()
        self.show_procedure(None)

    def show_procedure(self, procedure: ProcedureInfo | None) -> None:
        self.procedure = procedure
        per_page = procedure is not None and procedure.fee.kind == "per_page"
        for widget in (self.pages, self.pages_label, self.copies, self.copies_label):
            widget.setVisible(per_page)
        self.note.setText(procedure.fee.note if procedure else "")
        self.note.setToolTip(self.note.text())
        self.message.clear_message()
        self.update_amount()
        self.update_appointment()

    def set_calendar(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self.update_appointment()

    def computed(self) -> int | None:
        """The fee, or None while it cannot be told (no procedure, pages not counted)."""
        if self.procedure is None or needs_pages(self.procedure.fee, self.pages.value()):
            return None
        return fee_amount(self.procedure.fee, sets=self.sets.value(), pages=self.pages.value(),
                          copies=self.copies.value())

    def update_amount(self) -> None:
        try:
            amount = self.computed()
        except CounterError as error:
            self.amount.setText("—")
            self.message.show_error(error.message)
            return
        if amount is None:
            self.amount.setText(self.tr("— nhập số trang —") if self.procedure else "—")
        elif amount == 0:
            self.amount.setText(self.tr("Miễn phí (0 đ)"))
        else:
            self.amount.setText(format_money(amount))
        self.paid.setEnabled(bool(amount))
        self.method.setEnabled(bool(amount))
        self.show_unpaid()

    def show_unpaid(self) -> None:
        """Said before receiving: a dossier with a fee whose money is not marked as taken."""
        try:
            amount = self.computed()
        except CounterError:
            return
        warning = unpaid_fee_warning(amount or 0, self.paid.isChecked())
        if warning:
            self.message.show_hint(warning + " " + self.tr(
                "Sau khi tiếp nhận, công dân có thể quét mã VietQR để chuyển khoản "
                "(nội dung: mã hồ sơ)."))
        else:
            self.message.clear_message()

    def update_appointment(self, now: datetime | None = None) -> None:
        """The appointment of a dossier received ``now`` (the clock's time if not given)."""
        if self.procedure is None or self.calendar is None:
            self.due = None
            self.appointment.setText(self.tr("— chọn thủ tục để xem ngày hẹn —"))
            return
        now, processing = now or clock.now(), self.procedure.processing
        self.due = due_time(self.calendar, now, processing)
        label = processing_label(processing)
        deferral = same_day_deferral(self.calendar, now, processing)
        if deferral == "after_cutoff":
            label += self.tr(": nhận sau %1 nên trả vào ngày làm việc tiếp theo").replace(
                "%1", self.calendar.hours.same_day_cutoff.strftime("%H:%M"))
        elif deferral == "outside_hours":
            label += self.tr(": nhận ngoài giờ làm việc nên trả vào ngày làm việc tiếp theo")
        self.appointment.setText(f"{format_appointment(self.due)}  ({label})")

    def payment(self) -> Payment:
        return Payment(paid=self.paid.isChecked(), method=self.method.currentData()
                       if self.paid.isChecked() else "", pages=self.pages.value(),
                       copies=self.copies.value())

    def show_error(self, field: str, reason: str) -> bool:
        if field in ("payment.pages", "payment.amount", "sets_count", "fee"):
            self.message.show_error(reason)
            (self.pages if field == "payment.pages" else self.sets).setFocus()
            return True
        return False

    def reset(self) -> None:
        for box, value in ((self.sets, 1), (self.pages, 0), (self.copies, 1)):
            box.setValue(value)
        self.paid.setChecked(False)
        self.method.setCurrentIndex(0)
        self.show_procedure(None)
