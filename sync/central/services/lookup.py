"""The public status lookup: a dossier code and its check code give the status, the
appointment and what is missing, and nothing else.

Check codes are kept as an HMAC under a key that lives in a file beside the server's other
keys, never in the database: a copy of the database alone does not let anyone try the
2**30 possible codes offline. A wrong dossier code and a wrong check code take the same
steps (one HMAC, one read by primary key, one constant-time comparison) and give the
same answer, so neither the text nor the time tells which part was wrong.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter.citizen.check_code import normalise_check_code
from counter.clock import to_local
from counter.dossiers.lifecycle import STATUS_LABELS, Status
from sync.central.errors import TooManyAttemptsError
from sync.central.models import Dossier, DossierEvent, EnrolmentLimit
from sync.central.services.common import upsert_for, utc_now
from sync.central.settings import CentralSettings
from sync.protocol import MAX_DOSSIER_CODE_LENGTH

_NO_HASH = "0" * 64
MAX_CHECK_CODE_CHARS = 32
MAX_MISSING_SHOWN = 20


@dataclass(frozen=True)
class PublicStatus:
    """All the page shows of a dossier."""

    code: str
    status_label: str
    due_at: datetime | None  # Vietnam time
    initials: str
    missing: tuple[str, ...]
    result_ready: bool


def check_hash(key: bytes, dossier_code: str, check_code: str) -> str:
    message = f"check-code\x00{dossier_code}\x00{normalise_check_code(check_code)}"
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def normalise_dossier_code(text: str) -> str:
    return "".join(text.split()).upper()[:MAX_DOSSIER_CODE_LENGTH]


def hashed_payload(key: bytes | None, dossier_code: str, payload: dict[str, Any]) -> dict[str, Any]:
    """A ``dossier.received`` payload as the server keeps it: ``check_code`` replaced by
    ``check_hash`` (dropped without a key, or if it is not text)."""
    if "check_code" not in payload:
        return payload
    kept = {name: value for name, value in payload.items() if name != "check_code"}
    value = payload["check_code"]
    if key and isinstance(value, str) and 0 < len(value) <= MAX_CHECK_CODE_CHARS:
        kept["check_hash"] = check_hash(key, dossier_code, value)
    return kept


def count_lookup(session: Session, settings: CentralSettings, source: str) -> None:
    """Count a lookup from ``source`` (every one, found or not); 429 over the limit. The
    counters are the enrolment limits' rows, under keys ``lookup:<address>``."""
    moment = utc_now()
    window = timedelta(seconds=settings.lookup_window_seconds)
    key = f"lookup:{source}"[:100]
    session.execute(
        upsert_for(session)(EnrolmentLimit)
        .values(key=key, window_start=moment, attempts=0)
        .on_conflict_do_nothing()
    )
    row = session.execute(
        select(EnrolmentLimit).where(EnrolmentLimit.key == key).with_for_update()
    ).scalar_one()
    if row.window_start + window <= moment:
        row.window_start, row.attempts = moment, 0
    if row.attempts >= settings.lookup_attempts_per_source:
        wait = (row.window_start + window - moment).total_seconds()
        raise TooManyAttemptsError(
            f"Bạn đã tra cứu quá nhiều lần. Hãy thử lại sau {math.ceil(wait / 60)} phút.",
            retry_after=max(1, math.ceil(wait)),
        )
    row.attempts += 1


def look_up(session: Session, key: bytes, dossier_code: str, check_code: str) -> PublicStatus | None:
    """The dossier's public status, or None whichever part is wrong."""
    code = normalise_dossier_code(dossier_code)
    wanted = check_hash(key, code, check_code[:MAX_CHECK_CODE_CHARS])
    # Only the hash is read before the comparison: a known code with a wrong check code
    # reads no more than an unknown code.
    stored = session.scalar(select(Dossier.check_hash).where(Dossier.code == code)) or _NO_HASH
    matches = hmac.compare_digest(stored, wanted)
    if stored == _NO_HASH or not matches:
        return None
    row = session.execute(
        select(Dossier.code, Dossier.status, Dossier.due_at, Dossier.snapshot).where(
            Dossier.code == code
        )
    ).one()
    return _public(session, row)


def _public(session: Session, row: Any) -> PublicStatus:
    status = row.status or Status.RECEIVED
    known = {str(member) for member in Status}
    label = STATUS_LABELS[Status(status)] if status in known else "Đang xử lý"
    missing: tuple[str, ...] = ()
    if status == Status.SUPPLEMENT_REQUESTED:
        missing = _missing_items(session, row.code)
    due = to_local(row.due_at.replace(tzinfo=UTC)) if row.due_at else None
    return PublicStatus(
        code=row.code,
        status_label=label,
        due_at=due,
        initials=initials(_applicant_name(row.snapshot)),
        missing=missing,
        result_ready=status == Status.RESULT_READY,
    )


def _missing_items(session: Session, code: str) -> tuple[str, ...]:
    """The papers named by the latest request to complete the dossier."""
    payload = session.scalars(
        select(DossierEvent.payload)
        .where(DossierEvent.dossier_code == code, DossierEvent.to_status == "supplement_requested")
        .order_by(DossierEvent.at.desc())
        .limit(1)
    ).first()
    if payload is None:
        return ()
    details = json.loads(payload).get("details")
    items = details.get("missing_items") if isinstance(details, dict) else None
    if not isinstance(items, list):
        return ()
    names = [str(item["name"]) for item in items if isinstance(item, dict) and item.get("name")]
    return tuple(name[:200] for name in names[:MAX_MISSING_SHOWN])


def _applicant_name(snapshot: str) -> str:
    applicant = json.loads(snapshot).get("applicant")
    if not isinstance(applicant, dict):
        return ""
    name = applicant.get("full_name") or applicant.get("organisation_name") or ""
    return str(name)


def initials(name: str) -> str:
    """``Nguyễn Văn An`` → ``N. V. A.``: the only personal data the page shows."""
    return " ".join(f"{word[0].upper()}." for word in name.split()[:6] if word[0].isalpha())
