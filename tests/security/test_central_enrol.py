"""Enrolment cannot be guessed at, nor tell which agency a code is for (finding 9, part).

Attempts are limited per source address and per code, in the database, so
that two server processes over one database agree.
"""

from __future__ import annotations

import base64
import http.client
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import update

from counter.errors import InputError
from sync.central import admin
from sync.central.context import CentralContext
from sync.central.models import EnrolmentLimit
from sync.central.services.common import utc_now
from sync.keys import public_key_b64
from sync.protocol import enrolment_statement
from tests.sync.fixtures import LiveServer, StartServer
from tests.sync.processes import ROOT
from tests.sync.workstation import AGENCY

OTHER_AGENCY = "000.00.13.H42"


def _enrol(
    url: str, code: str, agency: str = AGENCY, *, source: str = "127.0.0.1"
) -> tuple[int, dict[str, str], dict[str, Any]]:
    """One signed enrolment request from ``source`` (a loopback address)."""
    key = Ed25519PrivateKey.generate()
    public_key = public_key_b64(key.public_key())
    statement = enrolment_statement(code, "Quầy 1", agency, public_key, None)
    body = {
        "code": code,
        "name": "Quầy 1",
        "agency_code": agency,
        "public_key": public_key,
        "proof": base64.b64encode(key.sign(statement)).decode("ascii"),
    }
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30, source_address=(source, 0))
    try:
        conn.request("POST", "/v1/enrol", json.dumps(body), {"Content-Type": "application/json"})
        response = conn.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, json.loads(response.read())
    finally:
        conn.close()


def _unknown_code(n: int) -> str:
    letters = "ABCDEFGHJKLMNPQR"
    return f"ZZZZ-ZZZZ-{letters[n // 16]}{letters[n % 16]}ZZ"


def test_a_wrong_agency_gets_the_same_answer_as_an_unknown_code(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    code = admin.create_enrolment_code(central_context, AGENCY)
    wrong_agency = _enrol(live_server.url, code, OTHER_AGENCY)
    unknown = _enrol(live_server.url, _unknown_code(0), OTHER_AGENCY)
    assert wrong_agency[0] == unknown[0] == 403
    assert wrong_agency[2] == unknown[2]
    assert AGENCY not in json.dumps(wrong_agency[2], ensure_ascii=False)
    assert _enrol(live_server.url, code, AGENCY)[0] == 200


def test_failed_attempts_from_one_address_wait_for_the_window(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    settings = central_context.settings
    for n in range(settings.enrol_attempts_per_source):
        assert _enrol(live_server.url, _unknown_code(n))[0] == 403
    good = admin.create_enrolment_code(central_context, AGENCY)
    status, headers, body = _enrol(live_server.url, good)
    assert status == 429 and body["error"]["code"] == "too_many_attempts"
    assert 0 < int(headers["retry-after"]) <= settings.enrol_window_seconds
    # Another address is not held back; nor is this one once the window has passed.
    assert _enrol(live_server.url, good, source="127.0.0.2")[0] == 200
    other = admin.create_enrolment_code(central_context, AGENCY)
    assert _enrol(live_server.url, other)[0] == 429
    central_context.database.run(
        lambda s: s.execute(
            update(EnrolmentLimit).values(
                window_start=utc_now() - timedelta(seconds=settings.enrol_window_seconds)
            )
        )
    )
    assert _enrol(live_server.url, other)[0] == 200


def test_successful_enrolments_do_not_count(
    central_context: CentralContext, live_server: LiveServer
) -> None:
    for _ in range(central_context.settings.enrol_attempts_per_source + 2):
        code = admin.create_enrolment_code(central_context, AGENCY)
        assert _enrol(live_server.url, code)[0] == 200


def test_a_code_tried_wrongly_too_often_is_burnt_on_every_server(
    central_context: CentralContext, start_server: StartServer
) -> None:
    """Two server processes over one database: the failures on one count on the other."""
    first, second = start_server(central_context), start_server(central_context)
    code = admin.create_enrolment_code(central_context, AGENCY)
    failures = central_context.settings.enrol_failures_per_code
    for n in range(failures):
        server = first if n % 2 else second
        assert _enrol(server.url, code, OTHER_AGENCY, source=f"127.0.0.{n + 2}")[0] == 403
    status, headers, body = _enrol(first.url, code, AGENCY, source="127.0.1.1")
    assert status == 429 and "bị khóa" in body["error"]["message"]
    assert int(headers["retry-after"]) > 0
    assert _enrol(second.url, code, AGENCY, source="127.0.1.2")[0] == 429
    assert [w.agency_code for w in admin.list_workstations(central_context)] == []


@pytest.mark.parametrize("days", [0, -1, 91, 99_999_999, 10**30])
def test_enrolment_code_days_are_bounded(central_context: CentralContext, days: int) -> None:
    with pytest.raises(InputError, match="từ 1 đến 90"):
        admin.create_enrolment_code(central_context, AGENCY, days)


def test_central_admin_refuses_out_of_range_days_without_a_crash(tmp_path: Path) -> None:
    for days in ("99999999", "0"):
        made = subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--data-dir",
                str(tmp_path),
                "central-admin",
                "enrol-code",
                "--agency",
                AGENCY,
                "--days",
                days,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert made.returncode == 2, made.stderr
        assert "số ngày hiệu lực phải từ 1 đến 90" in made.stderr
        assert "Traceback" not in made.stderr
    made = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(tmp_path),
            "central-admin",
            "enrol-code",
            "--agency",
            AGENCY,
            "--days",
            "90",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
