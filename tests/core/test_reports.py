"""The supervisor's day: counts, on-time rate, overdue list, and approving a day once."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from counter import clock
from counter.day_review import approve_day, unapproved_days
from counter.db.models import OutboxMessage
from counter.dossiers.lifecycle import Status
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.dossiers.transitions import apply_action
from counter.errors import CounterError, InputError, PermissionDeniedError
from counter.reports import day_summary
from tests.core.conftest import OFFICER, SUPERVISOR, citizen


def _receive(workspace, code: str, received_at: datetime | None = None) -> str:  # type: ignore[no-untyped-def]
    request = IntakeRequest(code, citizen(), received_at=received_at)
    return receive_dossier(workspace, request, OFFICER).code


def test_counts_of_the_day_by_procedure_and_status(workspace) -> None:  # type: ignore[no-untyped-def]
    today = clock.now().date()
    first = _receive(workspace, "1.004194")
    _receive(workspace, "1.004194")
    _receive(workspace, "1.004222")
    _receive(workspace, "1.004222", clock.now() - timedelta(days=3))
    apply_action(workspace, first, "start_processing", OFFICER)

    summary = day_summary(workspace, today)

    assert summary.received == 3
    assert [(p.procedure_code, p.received) for p in summary.by_procedure] == [
        ("1.004194", 2), ("1.004222", 1)]
    assert dict(summary.by_status) == {Status.RECEIVED: 2, Status.PROCESSING: 1}
    assert summary.dossiers[0].code == first
    assert summary.approval is None


def test_on_time_rate_counts_dossiers_finished_that_day(workspace) -> None:  # type: ignore[no-untyped-def]
    late = _receive(workspace, "1.004194", clock.now() - timedelta(days=20))
    on_time = _receive(workspace, "1.004194")
    _receive(workspace, "1.004222", clock.now() - timedelta(days=30))  # open and overdue
    for code in (late, on_time):
        apply_action(workspace, code, "record_result", OFFICER)

    summary = day_summary(workspace, clock.now().date())

    assert (summary.finished, summary.finished_on_time) == (2, 1)
    assert summary.on_time_rate == pytest.approx(0.5)
    assert summary.overdue_count == 1
    assert summary.overdue[0].procedure_code == "1.004222"


def test_an_empty_day_has_no_rate(workspace) -> None:  # type: ignore[no-untyped-def]
    summary = day_summary(workspace, clock.now().date() - timedelta(days=400))
    assert summary.received == 0 and summary.on_time_rate is None


def test_approving_a_day_queues_its_closing_message_once(workspace) -> None:  # type: ignore[no-untyped-def]
    yesterday = clock.now().date() - timedelta(days=1)
    code = _receive(workspace, "1.004194", clock.now() - timedelta(days=1))
    assert unapproved_days(workspace, clock.now().date()) == [yesterday]

    approval = approve_day(workspace, yesterday, SUPERVISOR)

    assert (approval.approved_by, approval.dossier_count) == ("giamsat", 1)
    with workspace.store.read() as session:
        payload = session.scalars(
            select(OutboxMessage.payload).where(OutboxMessage.kind == "day.closed")).one()
    assert payload["dossier_codes"] == [code]
    assert payload["day"] == yesterday.isoformat()
    stored = day_summary(workspace, yesterday).approval
    assert stored is not None
    assert (stored.approved_by, stored.dossier_count) == ("giamsat", 1)
    assert unapproved_days(workspace, clock.now().date()) == []
    with pytest.raises(CounterError, match="đã được giamsat duyệt"):
        approve_day(workspace, yesterday, SUPERVISOR)


def test_a_dossier_received_after_the_approval_opens_the_day_again(workspace) -> None:  # type: ignore[no-untyped-def]
    yesterday = clock.now().date() - timedelta(days=1)
    first = _receive(workspace, "1.004194", clock.now() - timedelta(days=1))
    approve_day(workspace, yesterday, SUPERVISOR)
    late = _receive(workspace, "1.004194", clock.now() - timedelta(days=1))  # entered later
    summary = day_summary(workspace, yesterday)
    assert (summary.received_since_approval, summary.can_approve) == (1, True)
    assert unapproved_days(workspace, clock.now().date()) == [yesterday]

    again = approve_day(workspace, yesterday, SUPERVISOR)

    assert again.dossier_count == 2
    with workspace.store.read() as session:
        payloads = session.scalars(select(OutboxMessage.payload).where(
            OutboxMessage.kind == "day.closed").order_by(OutboxMessage.id)).all()
    assert [p["dossier_codes"] for p in payloads] == [[first], sorted([first, late])]
    summary = day_summary(workspace, yesterday)
    assert summary.approval is not None and summary.approval.dossier_count == 2
    assert (summary.received_since_approval, summary.can_approve) == (0, False)
    assert unapproved_days(workspace, clock.now().date()) == []
    with pytest.raises(CounterError, match="đã được giamsat duyệt"):
        approve_day(workspace, yesterday, SUPERVISOR)


def test_only_a_supervisor_approves_and_never_in_advance(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDeniedError):
        approve_day(workspace, clock.now().date(), OFFICER)
    with pytest.raises(InputError, match="chưa đến"):
        approve_day(workspace, clock.now().date() + timedelta(days=1), SUPERVISOR)


def test_the_supervisors_day_is_one_picture(workspace) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from counter.reports import supervisor_day

    today = clock.now().date()
    _receive(workspace, "1.004194")
    earlier = _receive(workspace, "1.004222", clock.now() - timedelta(days=3))
    with workspace.store.write() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.dossier_code == earlier)
                        .values(state="rejected", last_error="Bị từ chối: sai mã thủ tục"))

    day = supervisor_day(workspace, today)

    alone = day_summary(workspace, today)
    assert (day.summary.received, day.summary.by_status) == (alone.received, alone.by_status)
    assert [d.code for d in day.summary.dossiers] == [d.code for d in alone.dossiers]
    assert day.unapproved == [(clock.now() - timedelta(days=3)).date()]
    assert [(m.dossier_code, m.reason) for m in day.refused] == [
        (earlier, "Bị từ chối: sai mã thủ tục")]
    calendar = workspace.calendar()
    assert (day.working_day, day.holiday) == (
        calendar.is_working_day(today), calendar.holiday_name(today))
