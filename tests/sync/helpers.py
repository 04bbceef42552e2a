"""Building blocks for sync tests: messages shaped like the core's, enrolled API clients."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counter.clock import VN_TZ
from sync.central import admin
from sync.central.context import CentralContext
from sync.client.api import CentralApi
from sync.retry import RetryPolicy
from sync.transport import Transport, TransportSettings

AGENCY = "000.00.12.H42"
BASE_TIME = datetime(2025, 9, 15, 8, 0, tzinfo=VN_TZ)


def received_message(
    code: str, workstation_id: str, *, minute: int = 0, status: str = "received", **extra: Any
) -> dict[str, Any]:
    at = BASE_TIME + timedelta(minutes=minute)
    payload = {
        "code": code,
        "procedure_code": "1.001193",
        "procedure_version": "1",
        "agency_code": code.rsplit("-", 2)[0],
        "workstation_id": workstation_id,
        "channel": "counter",
        "applicant": {"full_name": "Nguyễn Văn A", "id_number": "001090123456"},
        "documents": [{"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0}],
        "fees": [],
        "received_at": at.isoformat(),
        "due_at": (at + timedelta(hours=8)).isoformat(),
        "status": status,
        **extra,
    }
    return {
        "id": str(uuid.uuid4()),
        "kind": "dossier.received",
        "dossier_code": code,
        "created_at": at.isoformat(),
        "payload": payload,
    }


def event_message(code: str, from_status: str, to_status: str, *, minute: int) -> dict[str, Any]:
    at = BASE_TIME + timedelta(minutes=minute)
    return {
        "id": str(uuid.uuid4()),
        "kind": "dossier.event",
        "dossier_code": code,
        "created_at": at.isoformat(),
        "payload": {
            "dossier_code": code,
            "action": "transition",
            "from_status": from_status,
            "to_status": to_status,
            "at": at.isoformat(),
            "actor": "canbo1",
            "reason": None,
        },
    }


def dossier_code(number: int, day: str = "250915", agency: str = AGENCY) -> str:
    return f"{agency}-{day}-{number:04d}"


def fast_policy(attempts: int = 4) -> RetryPolicy:
    return RetryPolicy(max_attempts=attempts, base_delay=0.01, max_delay=0.05)


def api_for(url: str, token: str | None = None, **settings: Any) -> CentralApi:
    settings.setdefault("policy", fast_policy())
    return CentralApi(Transport(TransportSettings(base_url=url, token=token, **settings)))


@dataclass
class EnrolledWorkstation:
    api: CentralApi
    workstation_id: str
    token: str
    signing_key: Ed25519PrivateKey
    central_public_key: str
    agency_code: str


def enrol_workstation(
    context: CentralContext, url: str, *, agency: str = AGENCY, name: str = "Quầy 1"
) -> EnrolledWorkstation:
    code = admin.create_enrolment_code(context, agency)
    key = Ed25519PrivateKey.generate()
    api = api_for(url)
    answer = api.enrol(code, name, agency, key)
    api.transport.set_token(answer.token)
    return EnrolledWorkstation(
        api, answer.workstation_id, answer.token, key, answer.central_public_key, agency
    )
