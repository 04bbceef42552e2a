"""Settings the central system sets for this workstation, and where each value comes from.

The central administrator sets some settings (``counter.settings.REMOTE_KEYS``: idle
logout, retention, due-soon warning, offline limits) for a whole agency or for one
workstation; they arrive at each sync. A workstation's own value wins over the agency's,
and both win over the value set on this PC, which can no longer be changed here while
the central one stands. Every value shows its source: ``local``, ``agency`` or
``workstation``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counter import audit, clock
from counter.db.models import RemoteSetting
from counter.errors import InputError
from counter.settings import REMOTE_KEYS, SOURCE_LABELS, SPECS, get_setting
from counter.workspace import Workspace

LOCAL, AGENCY, WORKSTATION = "local", "agency", "workstation"
REMOTE_BOUNDS = {"idle_logout_minutes": (2, 240)}  # the idle warning comes a minute before


@dataclass(frozen=True)
class SettingValue:
    key: str
    label: str
    value: Any
    source: str  # local | agency | workstation

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]


def check_remote_value(key: str, value: Any) -> Any:
    """A value the central system may set for ``key``, or an InputError saying why not."""
    if key not in REMOTE_KEYS:
        raise InputError(key, "thiết lập này không đặt được từ hệ thống trung tâm.")
    spec = SPECS[key]
    if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
        raise InputError(key, f"giá trị phải có kiểu {spec.kind.__name__}.")
    number = int(value) if isinstance(value, int) else 0
    low, high = REMOTE_BOUNDS.get(key, (0, 3650))
    if spec.kind is int and not low <= number <= high:
        raise InputError(key, f"giá trị phải từ {low} đến {high}.")
    return value


def effective_remote(
    agency: Mapping[str, Any], workstation: Mapping[str, Any]
) -> dict[str, tuple[Any, str]]:
    """Each remotely set key with its value and level; the workstation's wins."""
    merged = {key: (value, AGENCY) for key, value in agency.items()}
    merged.update({key: (value, WORKSTATION) for key, value in workstation.items()})
    return merged


def apply_remote_settings(
    session: Session, agency: Mapping[str, Any], workstation: Mapping[str, Any], actor: str
) -> list[str]:
    """Replace the remote settings with these (at a sync); unknown or bad ones are skipped
    and named in the returned warnings, the rest applied. Audited when anything changed."""
    warnings: list[str] = []
    wanted: dict[str, tuple[Any, str]] = {}
    for key, (value, source) in effective_remote(agency, workstation).items():
        try:
            wanted[key] = (check_remote_value(key, value), source)
        except InputError as error:
            warnings.append(f"Bỏ qua thiết lập từ trung tâm: {error.message}")
    current = {row.key: (row.value, row.source) for row in session.scalars(select(RemoteSetting))}
    if current == wanted:
        return warnings
    session.execute(delete(RemoteSetting))
    now = clock.now()
    for key, (value, source) in sorted(wanted.items()):
        session.add(RemoteSetting(key=key, value=value, source=source, received_at=now))
    changed = sorted(k for k in set(current) | set(wanted) if current.get(k) != wanted.get(k))
    audit.record(session, actor, "settings.remote", "settings", "remote", ",".join(changed))
    return warnings


def setting_values(session: Session) -> list[SettingValue]:
    remote = {row.key: row for row in session.scalars(select(RemoteSetting))}
    values = []
    for key, spec in SPECS.items():
        row = remote.get(key)
        source = row.source if row is not None else LOCAL
        values.append(SettingValue(key, spec.label, get_setting(session, key), source))
    return values


def current_setting_values(workspace: Workspace) -> list[SettingValue]:
    with workspace.store.read() as session:
        return setting_values(session)


def setting_value(workspace: Workspace, key: str) -> Any:
    """One setting's effective value (the central system's, else this PC's, else default)."""
    with workspace.store.read() as session:
        return get_setting(session, key)
