"""Check a permission before a service acts; a refusal is audited, then raised."""

from __future__ import annotations

from counter import audit
from counter.roles import Actor, require
from counter.workspace import Workspace


def check_permission(workspace: Workspace, actor: Actor, permission: str,
                     object_type: str = "", object_ref: str = "") -> None:
    if actor.can(permission):
        return
    with workspace.store.write() as session:
        audit.record(session, actor, "refused", object_type, object_ref, permission)
    require(actor, permission)
