"""The citizen's consent to be told of the result, the channel and the contact.

Recorded by the officer at intake; without consent nothing is kept (no channel, no
contact) and nothing goes to the central server, which sends the messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counter.errors import InputError

CHANNELS = ("sms", "email", "zalo")
CHANNEL_LABELS = {"sms": "Tin nhắn SMS", "email": "Thư điện tử (e-mail)", "zalo": "Zalo"}
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
_PHONE_SEPARATORS = re.compile(r"[\s.()-]")
_VN_MOBILE = re.compile(r"^(?:\+84|84|0)([35789][0-9]{8})$")


@dataclass(frozen=True)
class NotificationConsent:
    consent: bool = False
    channel: str = ""
    contact: str = ""

    def to_json(self) -> dict[str, str] | None:
        """What the central server needs to send; None without consent."""
        if not self.consent:
            return None
        return {"channel": self.channel, "contact": self.contact}


NO_CONSENT = NotificationConsent()


def check_consent(value: NotificationConsent) -> NotificationConsent:
    """The consent as it is stored: channel and contact checked, the phone number as
    ``+84`` and nine digits; nothing kept without consent."""
    if not value.consent:
        return NO_CONSENT
    if value.channel not in CHANNELS:
        raise InputError(
            "Nhận thông báo", "hãy chọn kênh nhận thông báo: SMS, thư điện tử hoặc Zalo."
        )
    contact = value.contact.strip()
    if not contact:
        raise InputError("Nhận thông báo", "cần số điện thoại hoặc địa chỉ thư để gửi thông báo.")
    if value.channel == "email":
        if len(contact) > 200 or not _EMAIL.match(contact):
            raise InputError("Nhận thông báo", f"địa chỉ thư điện tử không hợp lệ: {contact!r}.")
        return NotificationConsent(True, "email", contact)
    match = _VN_MOBILE.match(_PHONE_SEPARATORS.sub("", contact))
    if match is None:
        raise InputError(
            "Nhận thông báo",
            f"số điện thoại di động không hợp lệ: {contact!r} (ví dụ 0912 345 678).",
        )
    return NotificationConsent(True, value.channel, "+84" + match.group(1))
