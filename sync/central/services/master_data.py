"""Master data published to workstations: the catalogue, agencies, holiday overrides,
and status changes made in the back office."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from counter.clock import from_utc_naive
from counter.errors import InputError, NotFoundError
from sync.central.models import Dossier, Workstation
from sync.central.services.common import utc_now
from sync.central.services.dossiers import finished_values
from sync.central.services.notifications import enqueue_for_steps
from sync.central.services.streams import publish

HOLIDAY_KINDS = ("day_off", "working_day")


@dataclass(frozen=True)
class CatalogueLoad:
    procedures: int
    agencies: int
    holidays: int
    unchanged: int


def _records(document: Any, name: str) -> list[Any]:
    if isinstance(document, list):
        return document if name == "procedures" else []
    if not isinstance(document, dict):
        raise InputError("catalogue", "tệp phải là một danh sách thủ tục hoặc một đối tượng JSON")
    records = document.get(name, [])
    if not isinstance(records, list):
        raise InputError(name, "phải là một danh sách")
    return records


def _keyed(records: list[Any], name: str, key_field: str) -> list[tuple[str, dict[str, Any]]]:
    keyed = []
    for position, record in enumerate(records):
        if not isinstance(record, dict):
            raise InputError(f"{name}[{position}]", "phải là một đối tượng JSON")
        key = record.get(key_field)
        if not isinstance(key, str) or not key.strip():
            raise InputError(f"{name}[{position}].{key_field}", "thiếu mã hoặc mã không phải chuỗi")
        keyed.append((key.strip(), record))
    return keyed


def holiday_scope(record: dict[str, Any], where: str) -> str | None:
    agency, province = record.get("agency_code"), record.get("province")
    if agency and province:
        raise InputError(where, "chỉ ghi một trong agency_code hoặc province")
    if agency:
        return f"agency:{agency}"
    if province:
        return f"province:{province}"
    return None


def _holidays(records: list[Any]) -> list[tuple[str, str | None, dict[str, Any], bool]]:
    checked = []
    for position, record in enumerate(records):
        where = f"holidays[{position}]"
        if not isinstance(record, dict):
            raise InputError(where, "phải là một đối tượng JSON")
        try:
            day = date.fromisoformat(str(record.get("date")))
        except ValueError:
            raise InputError(f"{where}.date", "phải là ngày dạng YYYY-MM-DD") from None
        if record.get("kind") not in HOLIDAY_KINDS:
            raise InputError(f"{where}.kind", f"phải là một trong {', '.join(HOLIDAY_KINDS)}")
        scope = holiday_scope(record, where)
        key = f"{scope or 'all'}|{day.isoformat()}"
        checked.append((key, scope, record, bool(record.get("removed", False))))
    return checked


def load_catalogue(session: Session, document: Any) -> CatalogueLoad:
    """Publish every record of a catalogue document; the whole file is checked first."""
    procedures = [
        (f"{key}|{record['version']}" if record.get("version") else key, record)
        for key, record in _keyed(_records(document, "procedures"), "procedures", "code")
    ]
    agencies = _keyed(_records(document, "agencies"), "agencies", "code")
    holidays = _holidays(_records(document, "holidays"))
    changed = {"catalogue": 0, "agencies": 0, "holidays": 0}
    total = len(procedures) + len(agencies) + len(holidays)
    for stream, records in (("catalogue", procedures), ("agencies", agencies)):
        for key, record in records:
            changed[stream] += publish(session, stream, key, record)
    for key, scope, record, removed in holidays:
        changed["holidays"] += publish(
            session, "holidays", key, record, scope=scope, deleted=removed
        )
    return CatalogueLoad(
        procedures=changed["catalogue"],
        agencies=changed["agencies"],
        holidays=changed["holidays"],
        unchanged=total - sum(changed.values()),
    )


def record_back_office_status(
    session: Session,
    dossier_code: str,
    status: str,
    *,
    actor: str,
    reason: str | None = None,
    due_at: datetime | None = None,
) -> None:
    """A status change made by the back office, published to the dossier's agency."""
    dossier = session.get(Dossier, dossier_code)
    if dossier is None:
        raise NotFoundError(f"Máy chủ trung tâm chưa có hồ sơ {dossier_code}.")
    old_status, old_due = dossier.status, dossier.due_at
    now = utc_now()
    values: dict[str, Any] = {"status": status, "status_at": now,
                              **finished_values(status, now)}
    if due_at is not None:
        values["due_at"] = due_at
    session.execute(update(Dossier).where(Dossier.code == dossier_code).values(**values))
    new_due = due_at or dossier.due_at
    publish(
        session,
        "dossier-status",
        dossier_code,
        {
            "dossier_code": dossier_code,
            "status": status,
            "at": from_utc_naive(now).isoformat(),
            "actor": actor,
            "reason": reason,
            "due_at": from_utc_naive(new_due).isoformat() if new_due else None,
        },
        scope=f"agency:{_agency_of(session, dossier)}",
    )
    # Word to the citizen, as for the same step taken at the counter.
    step: dict[str, Any] = {"to_status": status if status != old_status else None}
    if step["to_status"] is None and due_at is not None and due_at != old_due:
        step["action"] = "extend_deadline"
    step["due_at"] = from_utc_naive(new_due).isoformat() if new_due else None
    enqueue_for_steps(session, [(str(uuid.uuid4()), dossier_code, step)])


def _agency_of(session: Session, dossier: Dossier) -> str:
    """The dossier's agency; else its workstation's, so a status never goes to everyone."""
    if dossier.agency_code:
        return dossier.agency_code
    workstation = session.get(Workstation, dossier.workstation_id)
    return workstation.agency_code if workstation else ""
