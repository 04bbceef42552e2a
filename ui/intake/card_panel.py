"""Fill the applicant from the ID card: its QR code (scanner) or its chip (card reader).

The chip is opened with BAC keys made from the QR code when it was scanned, else
from the ID number, birth date and card expiry typed; with the 12-digit ID number
alone, by PACE with the CAN (its last 6 digits) when the chip offers PACE. When
something is missing, one line says what and the cursor goes there. The passive-authentication
verdict is shown as it is: verified, not checked (and why), or failed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from counter.applicant_sources import applicant_from_card, applicant_from_qr
from counter.errors import CounterError
from counter.idcard.access_keys import MissingAccessError, chip_access_keys
from counter.idcard.errors import PaceUnavailableError
from counter.idcard.mrz import AccessKey
from counter.idcard.passive_auth import FAILED, VERIFIED
from counter.idcard.qr import CccdQrData, parse_cccd_qr
from counter.idcard.result import CardReadResult
from ui.context import AppContext
from ui.formatting import parse_day
from ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QImage,
    QLabel,
    QPixmap,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import FieldMessage, line_edit, shortcut

PHOTO_SIZE = (72, 96)


def common_name(distinguished_name: str | None) -> str:
    """``CN=TEST CSCA VN,O=…`` -> ``TEST CSCA VN`` (the name a person can read)."""
    for part in (distinguished_name or "").split(","):
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN":
            return value.strip()
    return distinguished_name or ""


class CardPanel(QWidget):
    applicant_ready = Signal(object)  # Applicant
    field_wanted = Signal(str)  # "id_number" or "birth_date": the field to type next

    def __init__(self, context: AppContext, id_number: Callable[[], str],
                 birth_date: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.id_number, self.birth_date = id_number, birth_date
        self.qr: CccdQrData | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.photo = QLabel(self.tr("Ảnh"))
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #c0c6cc; background: #f4f5f7;")
        outer.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        outer.addLayout(column, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.qr_input = line_edit(self.tr("Mã QR (F7): quét mã QR trên thẻ vào đây"), 2000)
        self.qr_input.returnPressed.connect(self.read_qr)
        grid.addWidget(self.qr_input, 0, 0)
        self.expiry = line_edit(self.tr("Hạn thẻ (khi chưa quét QR): ngày/tháng/năm"), 10)
        self.expiry.setToolTip(self.tr(
            "Ngày hết hạn in trên thẻ: chỉ cần khi chip không có PACE và chưa quét QR "
            "(với số định danh 12 số, F6 thử mã CAN trước)"))
        grid.addWidget(self.expiry, 1, 0)
        self.read_button = QPushButton(self.tr("Đọc chip (F6)"))
        self.read_button.clicked.connect(self.read_chip)
        grid.addWidget(self.read_button, 1, 1)
        if context.demo is not None:
            demo = QPushButton(self.tr("Quét QR thẻ mẫu (demo)"))
            demo.clicked.connect(self.scan_demo_qr)
            grid.addWidget(demo, 0, 1)
        column.addLayout(grid)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        column.addWidget(self.verdict)
        self.message = FieldMessage()
        column.addWidget(self.message)
        shortcut("F6", self, self.read_chip)
        shortcut("F7", self, self.focus_qr)
        context.card.read_finished.connect(self.chip_read)
        context.card.read_failed.connect(self.chip_failed)
        context.card.state_changed.connect(self.show_reader_state)
        self.show_reader_state()

    def show_reader_state(self) -> None:
        card = self.context.card
        self.read_button.setEnabled(card.available and bool(card.readers) and not card.reading)
        if not card.available:
            self.read_button.setToolTip(self.tr("Máy này chưa có dịch vụ đọc thẻ (PC/SC)."))

    def focus_qr(self) -> None:
        self.qr_input.setFocus()
        self.qr_input.selectAll()

    def scan_demo_qr(self) -> None:
        assert self.context.demo is not None
        self.qr_input.setText(self.context.demo.card_qr)
        self.read_qr()

    # QR ---------------------------------------------------------------------------------

    def read_qr(self) -> None:
        text = self.qr_input.text()
        if not text.strip():
            return
        try:
            self.qr = parse_cccd_qr(text)
        except CounterError as error:
            self.message.show_error(error.message)
            return
        self.message.clear_message()
        self.qr_input.clear()
        self.verdict.setText(self.tr("Điền từ mã QR trên thẻ (chưa đối chiếu chip)."))
        self.applicant_ready.emit(applicant_from_qr(self.qr))

    # Chip -------------------------------------------------------------------------------

    def access_keys(self) -> list[AccessKey]:
        birth = self.birth_date()
        try:
            expiry = parse_day(self.expiry.text())
        except ValueError as error:
            raise CounterError(self.tr("Hạn thẻ: ") + str(error)) from None
        return chip_access_keys(id_number=self.id_number(), qr=self.qr, expiry=expiry,
                                birth=birth if isinstance(birth, date) else None)

    def read_chip(self) -> None:
        if not self.read_button.isEnabled():
            return
        try:
            keys = self.access_keys()
        except MissingAccessError as error:
            self.ask_for(error.missing, error.message)
            return
        except CounterError as error:
            self.message.show_error(error.message)
            return
        self.message.show_hint(self.tr("Đang đọc chip… giữ thẻ trên đầu đọc."))
        self.read_button.setEnabled(False)
        self.context.card.read(keys)

    def chip_read(self, result: CardReadResult) -> None:
        self.message.clear_message()
        self.show_reader_state()
        self.show_photo(result)
        self.show_verdict(result)
        self.applicant_ready.emit(applicant_from_card(result))

    def ask_for(self, missing: list[str], line: str) -> None:
        """One line saying what is needed, and the cursor where it goes."""
        self.message.show_error(line)
        first = missing[0]
        if first == "expiry":
            self.expiry.setFocus()
        else:
            self.field_wanted.emit(first)

    def chip_failed(self, error: BaseException) -> None:
        self.show_reader_state()
        if isinstance(error, PaceUnavailableError):  # the CAN alone does not open this chip
            birth = self.birth_date()
            missing = [name for name, value in (("birth_date", birth),
                                                ("expiry", self.expiry.text().strip()))
                       if not value or isinstance(value, ValueError)]
            self.ask_for(missing or ["birth_date"], error.message)
        elif isinstance(error, CounterError):
            self.message.show_error(error.message)
        else:
            self.message.clear_message()
            self.context.errors.report(error, "card read")

    def show_photo(self, result: CardReadResult) -> None:
        image = QImage.fromData(result.photo.data) if result.photo else QImage()
        if image.isNull():
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("Không hiển thị được ảnh") if result.photo else
                               self.tr("Thẻ không có ảnh"))
            return
        self.photo.setPixmap(QPixmap.fromImage(image).scaled(
            *PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def show_verdict(self, result: CardReadResult) -> None:
        verdict = result.passive_authentication
        if verdict.status == VERIFIED:
            text = self.tr("✔ Chip xác thực: dữ liệu được ký hợp lệ") + f" ({common_name(verdict.anchor)})"
            color = "#14532d"
        elif verdict.status == FAILED:
            text = self.tr("✖ CẢNH BÁO: dữ liệu chip không hợp lệ: ") + verdict.reason
            color = "#b42318"
        else:
            text = self.tr("⚠ Chưa xác thực được chữ ký chip: ") + verdict.reason
            color = "#8a5a00"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {color}; font-weight: 600;")

    def reset(self) -> None:
        self.qr = None
        self.qr_input.clear()
        self.expiry.clear()
        self.verdict.setText("")
        self.verdict.setStyleSheet("")
        self.message.clear_message()
        self.photo.setPixmap(QPixmap())
        self.photo.setText(self.tr("Ảnh"))

    def disconnect_reader(self) -> None:
        card = self.context.card
        card.read_finished.disconnect(self.chip_read)
        card.read_failed.disconnect(self.chip_failed)
        card.state_changed.disconnect(self.show_reader_state)
