"""Three communes' dossiers pushed through the real API, relative to now (counted by hand):

commune A (000.00.12.H42), workstation A1:
  a1 received 10 days ago, due 5 days ago, open                -> overdue
  a2 received 3 days ago, due in 1 day, open                    -> due soon
  a3 received 8 days ago, due in 2 days ago; result 4 days ago  -> finished on time
  a4 received 8 days ago, due 6 days ago; returned 1 day ago    -> finished late
  a5 received 9 days ago, due 7 days ago; waiting for the citizen since 8 days -> open,
     not overdue (its clock is stopped)
commune B (000.00.13.H42), workstation B1 (silent for 5 days):
  b1 received 20 days ago, due 15 days ago, open                -> overdue
commune C (000.00.14.H42), workstation C1 enrolled, never synced.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update

from counter import clock
from sync.central.context import CentralContext
from sync.central.models import Workstation
from sync.central.province import accounts
from sync.central.services.common import utc_now
from tests.sync.helpers import enrol_workstation

A, B, C = "000.00.12.H42", "000.00.13.H42", "000.00.14.H42"
PASSWORD = "mat-khau-tinh-1"


@dataclass(frozen=True)
class Province:
    codes: dict[str, str]  # letter -> dossier code


def _code(agency: str, number: int) -> str:
    return f"{agency}-{clock.now():%y%m%d}-{number:04d}"


def _received(code: str, station: str, received: datetime, due: datetime) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()), "kind": "dossier.received", "dossier_code": code,
        "created_at": received.isoformat(),
        "payload": {
            "code": code, "procedure": {"code": "1.004194", "version": "1"},
            "agency_code": code.rsplit("-", 2)[0], "workstation_id": station,
            "channel": "counter", "applicant": {"full_name": "Nguyễn Văn A"},
            "received_at": received.isoformat(), "due_at": due.isoformat(),
            "status": "received",
        },
    }


def _event(code: str, to_status: str, at: datetime, due: datetime) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()), "kind": "dossier.event", "dossier_code": code,
        "created_at": at.isoformat(),
        "payload": {"dossier_code": code, "action": to_status, "from_status": "received",
                    "to_status": to_status, "at": at.isoformat(), "actor": "canbo1",
                    "reason": "", "due_at": due.isoformat()},
    }


def build_province(context: CentralContext, url: str) -> Province:
    now = clock.now()

    def ago(days: float) -> datetime:
        return now - timedelta(days=days)

    a = enrol_workstation(context, url, agency=A, name="Quầy A1")
    b = enrol_workstation(context, url, agency=B, name="Quầy B1")
    enrol_workstation(context, url, agency=C, name="Quầy C1")
    codes = {letter: _code(A, n) for n, letter in enumerate(("a1", "a2", "a3", "a4", "a5"), 1)}
    codes["b1"] = _code(B, 1)
    plan = {"a1": (10, 5), "a2": (3, -1), "a3": (8, 2), "a4": (8, 6), "a5": (9, 7)}
    messages = [_received(codes[k], a.workstation_id, ago(r), ago(d)) for k, (r, d) in plan.items()]
    messages += [
        _event(codes["a3"], "result_ready", ago(4), ago(2)),
        _event(codes["a4"], "returned", ago(1), ago(6)),
        _event(codes["a5"], "supplement_requested", ago(8), ago(7)),
    ]
    assert {r.result for r in a.api.push(messages).results} == {"accepted"}
    pushed = b.api.push([_received(codes["b1"], b.workstation_id, ago(20), ago(15))])
    assert [r.result for r in pushed.results] == ["accepted"]
    context.database.run(lambda s: s.execute(
        update(Workstation).where(Workstation.id == b.workstation_id)
        .values(last_seen_at=utc_now() - timedelta(days=5))))
    context.database.run(lambda s: accounts.create_account(
        s, "tinh", "Lê Văn Tỉnh", accounts.PROVINCE, None, PASSWORD))
    context.database.run(lambda s: accounts.create_account(
        s, "giamsat.a", "Trần Thị An", accounts.COMMUNE_SUPERVISOR, A, PASSWORD))
    return Province(codes)


def period_query() -> dict[str, str]:
    today = clock.now().date()
    return {"from": (today - timedelta(days=30)).isoformat(), "to": today.isoformat()}
