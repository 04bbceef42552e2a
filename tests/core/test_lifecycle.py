"""Every legal and illegal transition; pauses, extensions, events, outbox and audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from counter import audit
from counter.db.models import AuditEvent, DossierEvent, OutboxMessage
from counter.dossiers.lifecycle import ACTIONS, Status, allowed_actions, check_transition
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action, get_dossier
from counter.errors import IllegalTransitionError, InputError, PermissionDeniedError
from tests.core.conftest import OFFICER, SUPERVISOR, VILLAGE, citizen

# How to bring a fresh dossier to each status.
PATHS: dict[Status, list[str]] = {
    Status.RECEIVED: [],
    Status.PROCESSING: ["start_processing"],
    Status.SUPPLEMENT_REQUESTED: ["request_supplement"],
    Status.AWAITING_PAYMENT: ["request_payment"],
    Status.STOPPED: ["stop"],
    Status.RESULT_READY: ["record_result"],
    Status.RETURNED: ["record_result", "return_result"],
    Status.REFUSED: ["refuse"],
    Status.WITHDRAWN: ["withdraw"],
}

LEGAL = {
    (status, name)
    for name, action in ACTIONS.items()
    for status in action.sources
}


def test_the_table_is_what_the_domain_says() -> None:
    assert {a.name for a in allowed_actions(Status.RETURNED)} == set()
    assert {a.name for a in allowed_actions(Status.REFUSED)} == set()
    assert {a.name for a in allowed_actions(Status.RESULT_READY)} == {"return_result"}
    assert {a.name for a in allowed_actions(Status.SUPPLEMENT_REQUESTED)} == {
        "supplement", "stop", "refuse", "withdraw"}
    with pytest.raises(IllegalTransitionError, match="lý do"):
        check_transition(Status.RECEIVED, "refuse", " ")
    with pytest.raises(IllegalTransitionError, match="không tồn tại"):
        check_transition(Status.RECEIVED, "teleport", "x")


def _dossier_in(workspace, status: Status) -> str:  # type: ignore[no-untyped-def]
    code = receive_dossier(workspace, IntakeRequest("1.004194", citizen()), OFFICER).code
    for name in PATHS[status]:
        apply_action(workspace, code, name, SUPERVISOR, reason="lý do")
    return code


@pytest.mark.parametrize("status", list(Status))
def test_every_action_from_every_status(workspace, status: Status) -> None:  # type: ignore[no-untyped-def]
    for name, action in ACTIONS.items():
        code = _dossier_in(workspace, status)
        before = get_dossier(workspace, code, SUPERVISOR)
        kwargs = {"reason": "Công dân đề nghị"}
        if name == "extend_deadline":
            kwargs["new_due"] = before.due_at + timedelta(days=3)  # type: ignore[assignment]
        if (status, name) in LEGAL:
            after = apply_action(workspace, code, name, SUPERVISOR, **kwargs)  # type: ignore[arg-type]
            assert after.status == (action.target or status)
            assert after.events[-1].action == name
            assert after.events[-1].from_status == status
        else:
            with pytest.raises(IllegalTransitionError):
                apply_action(workspace, code, name, SUPERVISOR, **kwargs)  # type: ignore[arg-type]
            unchanged = get_dossier(workspace, code, SUPERVISOR)
            assert unchanged.status == before.status
            assert len(unchanged.events) == len(before.events)


def test_supplement_pauses_the_clock(workspace) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from counter import clock
    from counter.clock import parse_local
    from counter.db.models import Dossier
    from counter.deadlines import due_time_after_pause

    code = _dossier_in(workspace, Status.PROCESSING)
    paused = apply_action(workspace, code, "request_supplement", OFFICER, reason="Thiếu CT01")
    assert paused.paused_at is not None
    # The citizen came back a week later: the waiting week must not count.
    waited_since = parse_local("2026-11-16T08:00")
    with workspace.store.write() as session:
        session.execute(update(Dossier).where(Dossier.code == code).values(paused_at=waited_since))
    before = clock.now()
    resumed = apply_action(workspace, code, "supplement", OFFICER)
    after = clock.now()
    assert resumed.paused_at is None
    assert resumed.due_at > paused.due_at
    expected = {due_time_after_pause(workspace.calendar(), paused.due_at, waited_since, moment)
                for moment in (before, after)}
    assert min(expected) <= resumed.due_at <= max(expected)
    assert [e.action for e in resumed.events] == [
        "receive", "start_processing", "request_supplement", "supplement"]


def test_extension_needs_a_later_date(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.PROCESSING)
    due = get_dossier(workspace, code, SUPERVISOR).due_at
    with pytest.raises(InputError):
        apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="x",
                     new_due=due - timedelta(hours=1))
    with pytest.raises(InputError):
        apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="x")
    extended = apply_action(workspace, code, "extend_deadline", SUPERVISOR, reason="Cần xác minh",
                            new_due=due + timedelta(days=2))
    assert extended.due_at == due + timedelta(days=2)
    assert extended.status == Status.PROCESSING


def test_each_step_goes_to_the_outbox_and_the_audit(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RETURNED)
    with workspace.store.read() as session:
        kinds = list(session.scalars(
            select(OutboxMessage.kind).where(OutboxMessage.dossier_code == code)
            .order_by(OutboxMessage.id)))
        events = session.scalar(select(func.count()).where(DossierEvent.to_status.is_not(None)))
        actions = list(session.scalars(
            select(AuditEvent.action).where(AuditEvent.object_ref == code)))
        assert audit.verify_chain(session) is None
    assert kinds == ["dossier.received", "dossier.event", "dossier.event"]
    assert events >= 3
    assert "dossier.create" in actions and "dossier.return_result" in actions


def test_satisfaction_only_when_returning(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.RESULT_READY)
    with pytest.raises(InputError):
        apply_action(workspace, code, "return_result", OFFICER, satisfaction=9)
    returned = apply_action(workspace, code, "return_result", OFFICER, satisfaction=5)
    assert returned.satisfaction == 5
    assert returned.finished_at is not None


def test_roles_are_enforced_and_refusals_audited(workspace) -> None:  # type: ignore[no-untyped-def]
    code = _dossier_in(workspace, Status.PROCESSING)
    with pytest.raises(PermissionDeniedError):
        apply_action(workspace, code, "refuse", VILLAGE, reason="x")
    with pytest.raises(PermissionDeniedError):
        apply_action(workspace, code, "stop", OFFICER, reason="x")
    with workspace.store.read() as session:
        refused = list(session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "refused")))
    assert refused == ["dossier.refuse", "dossier.stop"]
    assert get_dossier(workspace, code, OFFICER).status == Status.PROCESSING
