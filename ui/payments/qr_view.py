"""The VietQR code of an unpaid fee, with its amount and the transfer's description."""

from __future__ import annotations

from counter.payments.payee import PaymentQr
from counter.payments.qr_image import qr_png
from counter.text import format_money
from ui.qt import QLabel, QPixmap, Qt, QVBoxLayout, QWidget


def qr_pixmap(payload: str, side: int) -> QPixmap:
    """The QR code drawn at about ``side`` pixels, whole pixels per module (crisp)."""
    image = QPixmap()
    image.loadFromData(qr_png(payload, module_pixels=1), "PNG")
    modules = max(1, image.width())
    scale = max(1, side // modules)
    return image.scaled(modules * scale, modules * scale, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.FastTransformation)


class PaymentQrView(QWidget):
    """QR code above the amount and the reference; ``side`` is the code's size in pixels."""

    def __init__(self, side: int = 150, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.qr: PaymentQr | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.image = QLabel()
        self.image.setObjectName("vietqr")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background: white;")
        layout.addWidget(self.image)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)

    def show_qr(self, qr: PaymentQr) -> None:
        self.qr = qr
        self.image.setPixmap(qr_pixmap(qr.payload, self.side))
        self.caption.setText(self.tr("<b>%1</b><br>Nội dung: %2")
                             .replace("%1", format_money(qr.amount))
                             .replace("%2", qr.dossier_code))

    def clear(self) -> None:
        self.qr = None
        self.image.clear()
        self.caption.clear()
