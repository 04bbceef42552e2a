"""The citizen screen: a second top-level window turned toward the citizen.

Pages: a greeting while nobody is being served; during intake, what is being recorded,
large and plain, so a wrong letter is caught before printing; after receipt with a fee
due, the VietQR code and the amount; at the return of the result, the rating (keys 1-5,
mouse or touch) and a thank-you. :meth:`clear` wipes everything of the citizen's turn.
"""

from __future__ import annotations

from counter.payments.payee import PaymentQr
from counter.text import format_money
from ui.citizen.mirror import IntakeMirror
from ui.detail.action_dialog import RATINGS
from ui.payments.qr_view import qr_pixmap
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCloseEvent,
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

THANKS_MS = 6_000
PAYMENT_SHOWN_MS = 10 * 60_000  # a fee's code left on screen goes after ten minutes
STYLE = """
#citizenScreen { background: #ffffff; }
#citizenScreen QLabel { color: #101828; font-size: 22px; }
#citizenScreen QLabel#citizenTitle { font-size: 26px; font-weight: 600; color: #1d3557; }
#citizenScreen QLabel#citizenCaption { font-size: 18px; color: #475467; }
#citizenScreen QLabel#citizenValue { font-size: 28px; font-weight: 600; }
#citizenScreen QLabel#citizenAmount { font-size: 30px; font-weight: 700; color: #b42318; }
#citizenScreen QPushButton { font-size: 20px; padding: 10px; min-height: 64px; }
"""
ROWS = (
    ("full_name", QT_TRANSLATE_NOOP("CitizenWindow", "Họ và tên")),
    ("id_number", QT_TRANSLATE_NOOP("CitizenWindow", "Số định danh")),
    ("birth_date", QT_TRANSLATE_NOOP("CitizenWindow", "Ngày sinh")),
    ("address", QT_TRANSLATE_NOOP("CitizenWindow", "Địa chỉ")),
    ("procedure", QT_TRANSLATE_NOOP("CitizenWindow", "Thủ tục")),
    ("fee", QT_TRANSLATE_NOOP("CitizenWindow", "Phí, lệ phí")),
    ("appointment", QT_TRANSLATE_NOOP("CitizenWindow", "Hẹn trả kết quả")),
)


def label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    made = QLabel(text)
    if name:
        made.setObjectName(name)
    made.setWordWrap(wrap)
    return made


class CitizenWindow(QWidget):
    rated = Signal(int)  # the citizen's rating, 1-5

    def __init__(self, agency_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("citizenScreen")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Màn hình công dân"))
        self.rating_code: str | None = None
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addWidget(self.pages)
        self.idle = self._idle_page(agency_name)
        self.intake = self._intake_page()
        self.payment = self._payment_page()
        self.rating = self._rating_page()
        self.thanks = self._thanks_page()
        for page in (self.idle, self.intake, self.payment, self.rating, self.thanks):
            self.pages.addWidget(page)
        self.after_thanks = QTimer(self)
        self.after_thanks.setSingleShot(True)
        self.after_thanks.setInterval(THANKS_MS)
        self.after_thanks.timeout.connect(self.clear)
        self.payment_shown = QTimer(self)
        self.payment_shown.setSingleShot(True)
        self.payment_shown.setInterval(PAYMENT_SHOWN_MS)
        self.payment_shown.timeout.connect(self.clear)
        self.clear()

    # Pages ------------------------------------------------------------------------------

    def _idle_page(self, agency_name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        welcome = label(self.tr("Xin kính chào ông/bà"), "citizenTitle")
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(welcome)
        agency = label(agency_name, "citizenCaption")
        agency.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(agency)
        layout.addStretch(1)
        return page

    def _intake_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Thông tin đang ghi nhận — xin ông/bà kiểm tra, "
                                       "báo ngay nếu có chỗ sai"), "citizenTitle"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(ROWS):
            grid.addWidget(label(self.tr(str(caption)), "citizenCaption", wrap=False), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            value = label("", "citizenValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        grid.addWidget(label(self.tr("Giấy tờ đã nộp"), "citizenCaption", wrap=False),
                       len(ROWS), 0, Qt.AlignmentFlag.AlignTop)
        self.documents = label("")
        grid.addWidget(self.documents, len(ROWS), 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _payment_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.qr_image = QLabel()
        self.qr_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_image.setStyleSheet("background: white;")
        row.addWidget(self.qr_image)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Nộp phí, lệ phí bằng chuyển khoản"), "citizenTitle"))
        self.amount = label("", "citizenAmount")
        side.addWidget(self.amount)
        self.pay_text = label("")
        side.addWidget(self.pay_text)
        side.addStretch(1)
        row.addLayout(side, 1)
        return page

    def _rating_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        question = label(self.tr("Ông/bà có hài lòng với việc giải quyết hồ sơ không?"),
                         "citizenTitle")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(question)
        layout.addWidget(label(self.tr("Chạm vào một ô, hoặc bấm phím 1 đến 5."),
                               "citizenCaption"))
        self.rating_buttons: list[QPushButton] = []
        for value, text in reversed(list(enumerate(RATINGS, start=1))):
            button = QPushButton(f"{value}   {QCoreApplication.translate('ActionDialog', str(text))}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, v=value: self.choose(v))
            layout.addWidget(button)
            self.rating_buttons.append(button)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.thanks_text = label(self.tr("Xin cảm ơn ông/bà!"), "citizenTitle")
        self.thanks_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks_text)
        layout.addStretch(1)
        return page

    # What the counter shows -------------------------------------------------------------

    def show_intake(self, mirror: IntakeMirror) -> None:
        """During intake: what is recorded so far (a blank form shows the greeting)."""
        if self.pages.currentWidget() in (self.rating, self.thanks):
            return
        if mirror.empty:  # a cleared form: the greeting, or the fee still due just after receipt
            if self.pages.currentWidget() is not self.payment:
                self.clear()
            return
        for key, value in self.values.items():
            value.setText(getattr(mirror, key) or "—")
        self.documents.setText("\n".join(f"✓ {name}" for name in mirror.documents) or "—")
        self.pages.setCurrentWidget(self.intake)

    def show_payment(self, qr: PaymentQr, appointment: str = "") -> None:
        """After receipt, while the fee is due: the code and the amount, no personal data."""
        side = max(200, min(self.height() - 80, self.width() // 2))
        self.qr_image.setPixmap(qr_pixmap(qr.payload, side))
        self.amount.setText(format_money(qr.amount))
        text = self.tr("Quét mã bằng ứng dụng ngân hàng. Nội dung chuyển khoản: mã hồ sơ "
                       "<b>%1</b>.").replace("%1", qr.dossier_code)
        if appointment:
            text += "<br><br>" + self.tr("Hẹn trả kết quả: <b>%1</b>").replace("%1", appointment)
        self.pay_text.setText(text)
        self.pages.setCurrentWidget(self.payment)
        self.payment_shown.start()

    def ask_rating(self, code: str) -> None:
        """At the return of the result: the rating question, answered on this screen."""
        self.rating_code = code
        self.pages.setCurrentWidget(self.rating)
        self.activateWindow()

    def choose(self, value: int) -> None:
        if self.pages.currentWidget() is not self.rating or not 1 <= value <= 5:
            return
        self.rated.emit(value)
        self.thank()

    def thank(self) -> None:
        self.rating_code = None
        self.pages.setCurrentWidget(self.thanks)
        self.after_thanks.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4,
                Qt.Key.Key_5: 5}
        value = keys.get(Qt.Key(event.key()))
        if value is not None and self.pages.currentWidget() is self.rating:
            self.choose(value)
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        """Nothing of the citizen's turn stays: every text and code wiped, the greeting."""
        self.after_thanks.stop()
        self.payment_shown.stop()
        self.rating_code = None
        for value in self.values.values():
            value.clear()
        self.documents.clear()
        self.qr_image.clear()
        self.amount.clear()
        self.pay_text.clear()
        self.pages.setCurrentWidget(self.idle)

    def shown_text(self) -> str:
        """Every text on the screen now (for checks that nothing is left)."""
        page = self.pages.currentWidget()
        if page is None:
            return ""
        return " ".join(w.text() for w in page.findChildren(QLabel) if w.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clear()
        event.accept()
