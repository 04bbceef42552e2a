"""The public status page over real HTTP on loopback, against a real central server fed by a
real workstation through the sync client (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import json
import re

import requests
from sqlalchemy import select

from counter.citizen.check_code import printed
from sync.central.models import Dossier, Message, ReviewItem
from sync.client.config import load_config
from tests.citizen.helpers import Counter
from tests.sync.fixtures import LiveServer
from tests.sync.helpers import api_for, dossier_code, received_message

TIMEOUT = 30


def _look_up(server: LiveServer, code: str, check: str) -> requests.Response:
    return requests.post(f"{server.url}/tra-cuu", data={"ma": code, "kiemtra": check},
                         timeout=TIMEOUT)


def _message(page: requests.Response) -> str:
    found = re.search(r'<p class="box bad" id="loi">(.*?)</p>', page.text)
    assert found is not None, page.text
    return found.group(1)


def test_the_right_codes_show_status_appointment_and_initials_only(
    enrolled: Counter, server: LiveServer
) -> None:
    view = enrolled.receive()
    assert enrolled.sync() == 1
    page = _look_up(server, view.code, printed(view.check_code).lower())
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-store"
    assert "script-src" not in page.headers["content-security-policy"]
    assert "<script" not in page.text.lower()
    assert 'class="status">Đã tiếp nhận</p>' in page.text
    assert "<dd>N. V. A.</dd>" in page.text
    assert f"{view.due_at:%H:%M}, ngày {view.due_at:%d/%m/%Y}" in page.text
    for private in ("Nguyễn", "001090123456", "0912345678", "Thôn 3", view.check_code):
        assert private not in page.text
    assert len(page.content) < 6000  # small enough for a slow mobile line


def test_the_check_code_is_kept_only_as_a_keyed_hash(enrolled: Counter, server: LiveServer) -> None:
    view = enrolled.receive()
    enrolled.sync()

    def stored(session):  # type: ignore[no-untyped-def]
        row = session.get(Dossier, view.code)
        bodies = session.scalars(select(Message.body)).all()
        return row.check_hash, row.snapshot, bodies

    check_hash, snapshot, bodies = server.context.database.run(stored)
    assert check_hash is not None and len(check_hash) == 64
    assert view.check_code not in snapshot and all(view.check_code not in b for b in bodies)
    assert json.loads(snapshot)["check_hash"] == check_hash


def test_a_wrong_check_code_and_a_wrong_dossier_code_get_the_same_answer(
    enrolled: Counter, server: LiveServer
) -> None:
    view = enrolled.receive()
    enrolled.sync()
    wrong_check = "ABCDEF" if view.check_code != "ABCDEF" else "ABCDEG"
    unknown = view.code[:-4] + "9999"
    by_check = _look_up(server, view.code, wrong_check)
    by_code = _look_up(server, unknown, view.check_code)
    assert by_check.status_code == by_code.status_code == 404
    assert _message(by_check) == _message(by_code)
    assert "Không tìm thấy hồ sơ" in _message(by_check)
    # Apart from the dossier code typed in (given back in the form), the pages are the same.
    assert by_check.text.replace(view.code, "X") == by_code.text.replace(unknown, "X")
    assert _look_up(server, view.code, "").status_code == 404


def test_a_dossier_from_before_check_codes_cannot_be_looked_up(
    enrolled: Counter, server: LiveServer
) -> None:
    """A dossier.received without a check code (an older workstation) is still taken in."""
    view = enrolled.receive()
    enrolled.sync()
    server.context.database.run(
        lambda s: s.get(Dossier, view.code).__setattr__("check_hash", None)
    )
    assert _look_up(server, view.code, view.check_code).status_code == 404


def test_lookups_are_limited_per_address(enrolled: Counter, server: LiveServer) -> None:
    view = enrolled.receive()
    enrolled.sync()
    server.context.settings = dataclasses.replace(
        server.context.settings, lookup_attempts_per_source=3
    )
    answers = [_look_up(server, view.code, "WRONG1").status_code for _ in range(3)]
    assert answers == [404, 404, 404]
    refused = _look_up(server, view.code, view.check_code)  # even the right code, now
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) > 0
    assert "quá nhiều lần" in _message(refused)
    assert 'class="status"' not in refused.text


def test_the_form_takes_the_dossier_code_from_the_receipt_qr(server: LiveServer) -> None:
    page = requests.get(f"{server.url}/tra-cuu", params={"ma": "000.00.12.h42-250915-0001"},
                        timeout=TIMEOUT)
    assert page.status_code == 200
    assert 'value="000.00.12.H42-250915-0001"' in page.text
    assert 'name="kiemtra"' in page.text and 'method="post"' in page.text


def test_the_page_needs_no_token_but_the_api_still_does(server: LiveServer) -> None:
    assert requests.get(f"{server.url}/tra-cuu", timeout=TIMEOUT).status_code == 200
    assert requests.get(f"{server.url}/v1/code-blocks", timeout=TIMEOUT).status_code == 401
    huge = requests.post(f"{server.url}/tra-cuu", data={"ma": "x" * 10_000}, timeout=TIMEOUT)
    assert huge.status_code == 413


def test_a_refused_message_is_kept_for_review_without_its_check_code(
    enrolled: Counter, server: LiveServer
) -> None:
    config = load_config(enrolled.workspace)  # the enrolled workstation's own token
    api = api_for(server.url, config.token)
    message = received_message(dossier_code(7), config.workstation_id or "", check_code="SECRET")
    message["created_at"] = "not a time"
    [result] = api.push([message]).results
    assert result.result == "rejected"
    bodies = server.context.database.run(lambda s: s.scalars(select(ReviewItem.body)).all())
    assert len(bodies) == 1 and "SECRET" not in bodies[0]
