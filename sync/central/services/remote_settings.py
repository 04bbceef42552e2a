"""Workstation settings set on the central server, per agency or per workstation."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counter.errors import InputError
from counter.remote_settings import check_remote_value
from sync.central.models import WorkstationSetting
from sync.central.services.common import WorkstationIdentity, utc_now

SCOPES = ("agency", "workstation")


def set_value(session: Session, scope: str, target: str, key: str, value: Any) -> None:
    if scope not in SCOPES:
        raise InputError("scope", "phải là agency hoặc workstation.")
    if not target.strip():
        raise InputError(scope, "cần mã cơ quan hoặc mã máy trạm.")
    check_remote_value(key, value)
    row = session.get(WorkstationSetting, (scope, target.strip(), key))
    text = json.dumps(value)
    if row is None:
        session.add(WorkstationSetting(scope=scope, target=target.strip(), key=key, value=text,
                                       updated_at=utc_now()))  # fmt: skip
    else:
        row.value, row.updated_at = text, utc_now()


def unset_value(session: Session, scope: str, target: str, key: str) -> bool:
    result = session.execute(delete(WorkstationSetting).where(
        WorkstationSetting.scope == scope, WorkstationSetting.target == target.strip(),
        WorkstationSetting.key == key,
    ))  # fmt: skip
    return bool(getattr(result, "rowcount", 0))


def values_for(session: Session, caller: WorkstationIdentity) -> dict[str, dict[str, Any]]:
    """What applies to ``caller``: its agency's values and its own."""
    rows = session.scalars(select(WorkstationSetting).where(
        ((WorkstationSetting.scope == "agency") & (WorkstationSetting.target == caller.agency_code))
        | ((WorkstationSetting.scope == "workstation")
           & (WorkstationSetting.target == caller.id))
    ))  # fmt: skip
    found: dict[str, dict[str, Any]] = {"agency": {}, "workstation": {}}
    for row in rows:
        found[row.scope][row.key] = json.loads(row.value)
    return found
