"""Settings changed by an administrator: checked, then saved with an audit entry."""

from __future__ import annotations

import json
from typing import Any

from counter import audit
from counter.access import check_permission
from counter.roles import Actor
from counter.settings import SPECS, get_setting, set_setting
from counter.workspace import Workspace


def typed_value(key: str, text: str) -> Any:
    """``text`` as the setting's type: text as typed for text settings, else JSON."""
    spec = SPECS.get(key)
    if spec is None or spec.kind is str:
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text  # set_setting says the type is wrong


def change_setting(workspace: Workspace, key: str, value: Any, actor: Actor) -> Any:
    check_permission(workspace, actor, "settings.manage", "setting", key)
    with workspace.store.write() as session:
        set_setting(session, key, value)
        audit.record(session, actor, "settings.change", "setting", key, json.dumps(value)[:200])
        return get_setting(session, key)


def current_settings(workspace: Workspace) -> dict[str, Any]:
    with workspace.store.read() as session:
        return {key: get_setting(session, key) for key in SPECS}
