"""Whether the citizen wants word when the result is ready, and how (SMS, e-mail, Zalo).

Off unless the officer ticks it after asking; the contact is taken from the applicant's
phone or e-mail when left empty. The core checks it (counter/citizen/notification.py).
"""

from __future__ import annotations

from collections.abc import Callable

from counter.citizen.notification import CHANNELS, NotificationConsent
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import FieldMessage

FIELD = "Nhận thông báo"
CHANNEL_LABELS = {
    "sms": QT_TRANSLATE_NOOP("NotifyPanel", "Tin nhắn SMS"),
    "email": QT_TRANSLATE_NOOP("NotifyPanel", "Thư điện tử"),
    "zalo": QT_TRANSLATE_NOOP("NotifyPanel", "Zalo"),
}


class NotifyPanel(QWidget):
    def __init__(self, contacts: Callable[[], tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """``contacts`` gives the applicant's (phone, e-mail) as typed so far."""
        super().__init__(parent)
        self.contacts = contacts
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.consent = QCheckBox(self.tr("Công dân đồng ý nhận thông báo khi có kết quả qua"))
        self.channel = QComboBox()
        for value in CHANNELS:
            self.channel.addItem(self.tr(str(CHANNEL_LABELS[value])), value)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Số điện thoại hoặc địa chỉ thư"))
        row.addWidget(self.consent)
        row.addWidget(self.channel)
        row.addWidget(self.contact, 1)
        column.addLayout(row)
        self.message = FieldMessage()
        column.addWidget(self.message)
        self.consent.toggled.connect(self._enable)
        self.channel.currentIndexChanged.connect(lambda _i: self._fill_contact(replace=True))
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.channel.setEnabled(on)
        self.contact.setEnabled(on)
        self.message.clear_message()
        if on:
            self._fill_contact(replace=False)

    def _fill_contact(self, *, replace: bool) -> None:
        """The applicant's phone (SMS, Zalo) or e-mail, if the officer typed none yet (or
        only the one from the other channel)."""
        if not self.consent.isChecked():
            return
        phone, email = self.contacts()
        wanted = email if self.channel.currentData() == "email" else phone
        current = self.contact.text().strip()
        if not current or (replace and current in (phone, email)):
            self.contact.setText(wanted)

    def notification(self) -> NotificationConsent:
        return NotificationConsent(self.consent.isChecked(), self.channel.currentData(),
                                   self.contact.text())

    def show_error(self, field: str, reason: str) -> bool:
        if field != FIELD:
            return False
        self.message.show_error(reason)
        self.contact.setFocus()
        return True

    def reset(self) -> None:
        self.consent.setChecked(False)
        self.channel.setCurrentIndex(0)
        self.contact.clear()
        self.message.clear_message()
