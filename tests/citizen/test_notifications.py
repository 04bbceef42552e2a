"""Word to citizens: a result-ready step at a real workstation, pushed by the real sync client
to a real central server, gives exactly one message per consented citizen (real SMTP server and
a real HTTP gateway on loopback), none without consent, and one after the gateway failed twice
and recovered; every attempt is logged."""

from __future__ import annotations

import dataclasses
import time
from datetime import timedelta

from sqlalchemy import func, select

from counter.citizen.notification import NotificationConsent
from sync.central.models import Notification
from sync.central.notify.loop import NotifyLoop
from sync.central.notify.run import send_due
from sync.central.services.common import utc_now
from sync.central.services.notifications import attempts_of
from tests.citizen.helpers import APPLICANT, Counter
from tests.citizen.receivers import SMTP_PASSWORD, SMTP_USER, Gateway, SmtpServer, TlsSmtpServer
from tests.sync.fixtures import LiveServer

EMAIL = NotificationConsent(True, "email", "an.nguyen@example.vn")
SMS = NotificationConsent(True, "sms", "0912 345 678")


def _configure(server: LiveServer, **values: object) -> None:
    settings = dataclasses.replace(
        server.context.settings,
        status_page_url="https://tracuu.example.vn/tra-cuu",
        notify_retry_seconds=60,
        **values,
    )
    server.context.settings = settings


def _result_ready(counter: Counter, code: str) -> None:
    counter.step(code, "start_processing")
    counter.step(code, "record_result")


def _notification_rows(server: LiveServer) -> list[tuple[str, str, str, int]]:
    return server.context.database.run(
        lambda s: [
            (n.dossier_code, n.kind, n.state, n.attempts)
            for n in s.scalars(select(Notification).order_by(Notification.id))
        ]
    )


def test_result_ready_sends_one_email_to_the_consenting_citizen_only(
    enrolled: Counter, server: LiveServer, smtp_server: SmtpServer
) -> None:
    _configure(server, smtp_host="127.0.0.1", smtp_port=smtp_server.port,
               smtp_from="motcua@tanphu.example.vn")
    consented = enrolled.receive(EMAIL)
    silent = enrolled.receive(applicant=dataclasses.replace(APPLICANT, full_name="Lê Thị Hoa",
                                                            email="hoa@example.vn"))
    enrolled.sync()
    for code in (consented.code, silent.code):
        _result_ready(enrolled, code)
    assert enrolled.sync() == 4

    assert _notification_rows(server) == [(consented.code, "result_ready", "pending", 0)]
    report = send_due(server.context)
    assert (report.sent, report.retrying, report.failed) == (1, 0, 0)
    [mail] = smtp_server.inbox.messages
    assert smtp_server.inbox.envelopes == [("motcua@tanphu.example.vn", ["an.nguyen@example.vn"])]
    assert mail["Subject"] == f"Thông báo về hồ sơ {consented.code}"
    body = mail.get_content()
    assert consented.code in body and "da co ket qua" in body
    assert f"https://tracuu.example.vn/tra-cuu?ma={consented.code}" in body
    assert consented.check_code not in body

    # Nothing twice: another round, another sync, the same step pushed again.
    assert send_due(server.context, now=utc_now() + timedelta(days=1)).sent == 0
    assert enrolled.sync() == 0
    assert len(smtp_server.inbox.messages) == 1
    assert _notification_rows(server) == [(consented.code, "result_ready", "sent", 1)]


def test_the_gateway_failing_twice_then_recovering_gives_one_sms(
    enrolled: Counter, server: LiveServer, gateway: Gateway
) -> None:
    _configure(server, sms_gateway_url=gateway.url, sms_gateway_token="secret-token")
    gateway.failures = 2
    view = enrolled.receive(SMS)
    enrolled.sync()
    _result_ready(enrolled, view.code)
    enrolled.sync()

    start = utc_now()
    first = send_due(server.context, now=start)
    assert (first.sent, first.retrying) == (0, 1) and "HTTP 500" in first.errors[0]
    assert send_due(server.context, now=start + timedelta(seconds=30)).sent == 0  # waiting
    second = send_due(server.context, now=start + timedelta(seconds=61))
    assert (second.sent, second.retrying) == (0, 1)
    assert send_due(server.context, now=start + timedelta(seconds=61 + 100)).retrying == 0
    third = send_due(server.context, now=start + timedelta(seconds=61 + 121))
    assert third.sent == 1
    assert send_due(server.context, now=start + timedelta(days=2)).sent == 0

    assert len(gateway.requests) == 3 and len(gateway.accepted) == 1
    [accepted] = gateway.accepted
    assert accepted["body"]["to"] == "+84912345678" and accepted["body"]["channel"] == "sms"
    assert view.code in accepted["body"]["text"]
    assert accepted["authorization"] == "Bearer secret-token"
    assert {r["idempotency_key"] for r in gateway.requests} == {accepted["idempotency_key"]}
    [(code, kind, state, attempts)] = _notification_rows(server)
    assert (code, kind, state, attempts) == (view.code, "result_ready", "sent", 3)
    log = server.context.database.run(lambda s: attempts_of(s, 1))
    assert [outcome for outcome, _ in log] == ["error", "error", "sent"]


def test_a_supplement_request_and_a_moved_date_are_told_a_return_is_not(
    enrolled: Counter, server: LiveServer, gateway: Gateway
) -> None:
    _configure(server, zalo_gateway_url=gateway.url)
    view = enrolled.receive(NotificationConsent(True, "zalo", "0987654321"))
    enrolled.step(view.code, "request_supplement", reason="Thiếu giấy tờ", details={
        "missing_items": [{"name": "Giấy xác nhận nơi cư trú", "reason": "chưa nộp"}]})
    enrolled.step(view.code, "supplement")
    enrolled.step(view.code, "extend_deadline", reason="Cần xác minh",
                  new_due=view.due_at + timedelta(days=3))
    enrolled.step(view.code, "record_result")
    enrolled.step(view.code, "return_result")
    enrolled.sync()
    kinds = [kind for _, kind, _, _ in _notification_rows(server)]
    assert kinds == ["supplement_requested", "deadline_moved", "result_ready"]
    assert send_due(server.context).sent == 3
    texts = [r["body"]["text"] for r in gateway.accepted]
    assert "Giấy xác nhận nơi cư trú" in texts[0]
    moved = view.due_at + timedelta(days=3)
    assert f"{moved:%H:%M %d/%m/%Y}" in texts[1]


def test_a_channel_not_configured_is_retried_and_logged_then_given_up(
    enrolled: Counter, server: LiveServer
) -> None:
    _configure(server, notify_max_attempts=2)
    view = enrolled.receive(EMAIL)
    _result_ready(enrolled, view.code)
    enrolled.sync()
    start = utc_now()
    assert send_due(server.context, now=start).retrying == 1
    last = send_due(server.context, now=start + timedelta(seconds=61))
    assert last.failed == 1 and "chưa được cấu hình" in last.errors[0]
    assert _notification_rows(server) == [(view.code, "result_ready", "failed", 2)]
    assert send_due(server.context, now=start + timedelta(days=3)).sent == 0


def test_no_consent_means_no_row_at_all(enrolled: Counter, server: LiveServer) -> None:
    view = enrolled.receive()
    _result_ready(enrolled, view.code)
    enrolled.sync()
    count = server.context.database.run(
        lambda s: s.scalar(select(func.count()).select_from(Notification))
    )
    assert count == 0


def test_email_through_starttls_and_a_login(
    enrolled: Counter, server: LiveServer, tls_smtp_server: TlsSmtpServer
) -> None:
    _configure(server, smtp_host="127.0.0.1", smtp_port=tls_smtp_server.port,
               smtp_from="motcua@tanphu.example.vn", smtp_starttls=True,
               smtp_ca_file=tls_smtp_server.ca_file, smtp_username=SMTP_USER,
               smtp_password="sai-mat-khau")
    view = enrolled.receive(EMAIL)
    _result_ready(enrolled, view.code)
    enrolled.sync()
    start = utc_now()
    refused = send_due(server.context, now=start)
    assert refused.retrying == 1 and "SMTP" in refused.errors[0]
    assert tls_smtp_server.inbox.messages == []

    _configure(server, smtp_password=SMTP_PASSWORD)
    assert send_due(server.context, now=start + timedelta(seconds=61)).sent == 1
    [mail] = tls_smtp_server.inbox.messages
    assert mail["To"] == "an.nguyen@example.vn" and view.code in mail.get_content()
    outcomes = [login.split(":")[1] for login in tls_smtp_server.logins]
    assert outcomes[-1] == "ok" and set(outcomes[:-1]) == {"refused"}  # smtplib tries two ways


def test_a_result_recorded_by_the_back_office_is_told_too(
    enrolled: Counter, server: LiveServer, gateway: Gateway
) -> None:
    """``central-admin set-status``: the back office's step, made at the central server."""
    from sync.central import admin

    _configure(server, sms_gateway_url=gateway.url)
    consented, silent = enrolled.receive(SMS), enrolled.receive()
    enrolled.sync()
    for view in (consented, silent):
        admin.set_dossier_status(server.context, view.code, "result_ready", actor="chuyên viên",
                                 reason=None)
    assert [row[:2] for row in _notification_rows(server)] == [(consented.code, "result_ready")]
    assert send_due(server.context).sent == 1
    assert len(gateway.accepted) == 1


def test_the_server_can_send_by_itself_every_few_seconds(
    enrolled: Counter, server: LiveServer, smtp_server: SmtpServer
) -> None:
    _configure(server, smtp_host="127.0.0.1", smtp_port=smtp_server.port,
               smtp_from="motcua@tanphu.example.vn")
    loop = NotifyLoop(server.context, 1).start()
    try:
        view = enrolled.receive(EMAIL)
        _result_ready(enrolled, view.code)
        enrolled.sync()
        deadline = time.monotonic() + 30
        while not smtp_server.inbox.messages and time.monotonic() < deadline:
            time.sleep(0.1)
        rounds = loop.rounds
        while loop.rounds < rounds + 2 and time.monotonic() < deadline:
            time.sleep(0.1)  # two more rounds: nothing sent twice
    finally:
        assert loop.stop()
    assert len(smtp_server.inbox.messages) == 1
