"""Every role restriction holds in the core services, whatever the UI shows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counter.accounts import create_account
from counter.dossiers.lifecycle import ACTIONS, Status
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action, get_dossier
from counter.errors import PermissionDeniedError
from counter.retention import purge_expired_files
from counter.roles import PERMISSIONS, Actor, Role
from tests.core.conftest import SUPERVISOR, citizen

ROLES = [Actor(f"user-{role.value}", role) for role in Role]
# A status from which each action is legal, so only the role decides.
FROM = {name: next(iter(sorted(action.sources))) for name, action in ACTIONS.items()}
PATH_TO = {Status.RECEIVED: [], Status.PROCESSING: ["start_processing"],
           Status.SUPPLEMENT_REQUESTED: ["request_supplement"],
           Status.AWAITING_PAYMENT: ["request_payment"],
           Status.RESULT_READY: ["record_result"]}


@pytest.mark.parametrize("actor", ROLES, ids=lambda a: a.role.value)
def test_receiving(workspace, test_clock, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    request = IntakeRequest("1.004194", citizen())
    if actor.role in PERMISSIONS["dossier.receive"]:
        received = receive_dossier(workspace, request, actor)
        assert received.code == "000.00.12.H42-260302-0001"
        assert (received.status, received.created_by) == (Status.RECEIVED, actor.username)
    else:
        with pytest.raises(PermissionDeniedError):
            receive_dossier(workspace, request, actor)


@pytest.mark.parametrize("actor", ROLES, ids=lambda a: a.role.value)
def test_every_lifecycle_step(workspace, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    for name in ACTIONS:
        code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), SUPERVISOR).code
        for step in PATH_TO[FROM[name]]:
            apply_action(workspace, code, step, SUPERVISOR, reason="chuẩn bị")
        due = get_dossier(workspace, code, SUPERVISOR).due_at
        kwargs = {"reason": "lý do", "new_due": due + timedelta(days=1)} \
            if name == "extend_deadline" else {"reason": "lý do"}
        allowed = actor.role in PERMISSIONS[f"dossier.{name}"]
        if allowed:
            after = apply_action(workspace, code, name, actor, **kwargs)  # type: ignore[arg-type]
            assert after.status == (ACTIONS[name].target or FROM[name])
            assert (after.events[-1].action, after.events[-1].actor) == (name, actor.username)
        else:
            with pytest.raises(PermissionDeniedError):
                apply_action(workspace, code, name, actor, **kwargs)  # type: ignore[arg-type]
            assert get_dossier(workspace, code, SUPERVISOR).status == FROM[name]


def test_the_rules_the_issue_names() -> None:
    assert Role.VILLAGE_TEAM not in PERMISSIONS["dossier.refuse"]
    assert Role.OFFICER not in PERMISSIONS["day.approve"]
    assert Role.OFFICER not in PERMISSIONS["batch.export"]
    assert Role.ADMIN not in PERMISSIONS["dossier.receive"]


@pytest.mark.parametrize("actor", ROLES, ids=lambda a: a.role.value)
def test_accounts_and_retention(workspace, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    username = f"x-{actor.role.value}"
    for permission, action, expected in [
        ("accounts.manage",
         lambda: create_account(workspace, actor, username, "X", Role.OFFICER, "mat-khau-123"),
         lambda done: (done.username, done.role) == (username, Role.OFFICER)),
        ("retention.purge", lambda: purge_expired_files(workspace, actor, dry_run=True),
         lambda done: (done.attachments, done.dossiers, done.dry_run) == (0, (), True)),
    ]:
        if actor.role in PERMISSIONS[permission]:
            assert expected(action())
        else:
            with pytest.raises(PermissionDeniedError):
                action()
