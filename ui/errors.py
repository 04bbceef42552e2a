"""The one error handler: a user's error as written; a bug logged, with "copy details"."""

from __future__ import annotations

import logging
import traceback

from counter.errors import CounterError
from ui.qt import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("ui")


def details_of(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class ErrorDialog(QDialog):
    """One clear message; for a bug, the technical details and a button to copy them."""

    def __init__(self, parent: QWidget | None, message: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thông báo lỗi"))
        self.setMinimumWidth(520)
        self.details = details
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setObjectName("errorMessage")
        layout.addWidget(self.message)
        self.details_box = QPlainTextEdit(details)
        self.details_box.setReadOnly(True)
        self.details_box.setVisible(False)
        layout.addWidget(self.details_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if details:
            self.copy_button = QPushButton(self.tr("Sao chép chi tiết"))
            self.copy_button.clicked.connect(self.copy_details)
            show = QPushButton(self.tr("Xem chi tiết"))
            show.clicked.connect(lambda: self.details_box.setVisible(True))
            buttons.addWidget(show)
            buttons.addWidget(self.copy_button)
        close = QPushButton(self.tr("Đóng (Esc)"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Đã sao chép"))


class ErrorReporter(QObject):
    """Shows errors to the person at the counter; keeps the last message for the status bar."""

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__()
        self.window = window
        self.last_message = ""
        self.dialog: ErrorDialog | None = None

    def report(self, error: BaseException, context: str = "") -> None:
        if isinstance(error, CounterError):
            message, details = error.message, ""
            if error.detail:
                log.info("%s: %s (%s)", context or "error", error.message, error.detail)
        else:
            log.error("unexpected error in %s", context or "the app", exc_info=error)
            message = self.tr(
                "Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng. "
                "Hãy sao chép chi tiết và gửi cho bộ phận hỗ trợ."
            )
            details = details_of(error)
        self.show(message, details)

    def show(self, message: str, details: str = "") -> None:
        self.last_message = message
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ErrorDialog(self.window, message, details)
        self.dialog.open()
