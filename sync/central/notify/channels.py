"""The channels a notification goes out by: SMTP for e-mail, an HTTP gateway for SMS/Zalo.

A channel raises :class:`DeliveryError` when the message was not taken; anything it
returns is what the gateway said, kept in the log of attempts.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Protocol

import requests

from sync.central.settings import CentralSettings


class DeliveryError(Exception):
    """The message did not go out (the text says why; kept in the log of attempts)."""


@dataclass(frozen=True)
class Letter:
    reference: str  # stable for a notification: the gateway may drop a repeat by it
    contact: str
    subject: str
    text: str


class Channel(Protocol):
    def send(self, letter: Letter) -> str: ...


@dataclass(frozen=True)
class SmtpChannel:
    host: str
    port: int
    sender: str
    starttls: bool = False
    username: str = ""
    password: str = ""
    timeout: float = 30
    ca_file: str = ""

    def send(self, letter: Letter) -> str:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = letter.contact
        message["Subject"] = letter.subject
        message["Message-ID"] = make_msgid(idstring=letter.reference)
        message.set_content(letter.text)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    tls = ssl.create_default_context(cafile=self.ca_file or None)
                    smtp.starttls(context=tls)
                if self.username:
                    smtp.login(self.username, self.password)
                refused = smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryError(f"SMTP {self.host}:{self.port}: {error}") from error
        if refused:
            raise DeliveryError(f"SMTP từ chối người nhận: {refused}")
        return f"SMTP {self.host}:{self.port} đã nhận"


@dataclass(frozen=True)
class HttpGatewayChannel:
    """POSTs ``{"channel", "to", "text", "reference"}`` as JSON with the token as a bearer
    credential and the reference as ``Idempotency-Key``; any 2xx answer is success."""

    channel: str
    url: str
    token: str = ""
    timeout: float = 15

    def send(self, letter: Letter) -> str:
        headers = {"Idempotency-Key": letter.reference}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        body = {"channel": self.channel, "to": letter.contact, "text": letter.text,
                "reference": letter.reference}
        try:
            answer = requests.post(self.url, json=body, headers=headers, timeout=self.timeout,
                                   allow_redirects=False)
        except requests.RequestException as error:
            raise DeliveryError(f"cổng {self.channel}: {error}") from error
        if not 200 <= answer.status_code < 300:
            raise DeliveryError(
                f"cổng {self.channel} trả lời HTTP {answer.status_code}: {answer.text[:200]}"
            )
        return f"cổng {self.channel} trả lời HTTP {answer.status_code}"


def channels_from(settings: CentralSettings) -> dict[str, Channel]:
    """The channels the settings configure (a channel without its host or URL is absent)."""
    found: dict[str, Channel] = {}
    if settings.smtp_host and settings.smtp_from:
        found["email"] = SmtpChannel(
            settings.smtp_host, settings.smtp_port, settings.smtp_from, settings.smtp_starttls,
            settings.smtp_username, settings.smtp_password, ca_file=settings.smtp_ca_file,
        )
    timeout = settings.gateway_timeout_seconds
    if settings.sms_gateway_url:
        found["sms"] = HttpGatewayChannel("sms", settings.sms_gateway_url,
                                          settings.sms_gateway_token, timeout)
    if settings.zalo_gateway_url:
        found["zalo"] = HttpGatewayChannel("zalo", settings.zalo_gateway_url,
                                           settings.zalo_gateway_token, timeout)
    return found
