"""Every figure of the period report against the month counted by hand (fixtures.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counter.dossiers.transitions import get_dossier
from counter.errors import InputError, PermissionDeniedError
from counter.reporting.figures import Figures
from counter.reporting.period import Period
from counter.reporting.report import period_report
from tests.core.conftest import OFFICER, SUPERVISOR
from tests.reporting.fixtures import build_month

MARCH = Period.month(2026, 3)


@pytest.fixture
def month(workspace, test_clock):  # type: ignore[no-untyped-def]
    return build_month(workspace, test_clock)


def test_the_fixture_due_times_are_those_counted_by_hand(workspace, month) -> None:  # type: ignore[no-untyped-def]
    def due(letter: str) -> str:
        return f"{get_dossier(workspace, month[letter], SUPERVISOR).due_at:%d/%m %H:%M}"

    assert due("A") == "03/03 10:00"
    assert due("C") == "05/03 09:30"
    assert due("D") == "18/03 09:30"  # 5 Mar 09:30 + the 9 working days it waited
    assert due("F") == "24/03 10:00"  # 13 Mar 10:00 + the 7 working days it waited
    assert due("M") == "05/03 10:00"
    assert due("E") == "18/03 10:00"
    assert due("B") == "11/02 09:00"
    assert due("L") == "16/03 17:00"
    assert due("H") == "26/03 10:00"
    assert due("I") == "26/03 10:00"  # not moved yet: still waiting for the citizen


def test_march_figures(workspace, month) -> None:  # type: ignore[no-untyped-def]
    report = period_report(workspace, MARCH, SUPERVISOR)
    f = report.figures
    assert f == Figures(
        received=11, received_online=0, received_in_person=11, carried_over=2,
        finished=9, early=5, on_time=2, late=2,
        returned=7, refused=1, withdrawn=1, stopped=0,
        pending=4, pending_overdue=1,
        digitised=1, digitised_result=1, fee_due=11, fee_cashless=1,
        rated=2, rating_sum=7, satisfied=1,
    )
    assert f.to_handle == f.finished + f.pending == 13
    assert f.on_time_rate == pytest.approx(7 / 9)
    assert f.online_share == 0
    assert f.digitised_share == pytest.approx(1 / 11)
    assert f.average_rating == pytest.approx(3.5)


def test_the_previous_period_is_february(workspace, month) -> None:  # type: ignore[no-untyped-def]
    report = period_report(workspace, MARCH, SUPERVISOR)
    assert report.previous_period == Period(date(2026, 2, 1), date(2026, 2, 28))
    p = report.previous
    assert (p.received, p.carried_over, p.finished, p.early, p.on_time, p.late) == (3, 0, 1, 1, 0, 0)
    assert (p.pending, p.pending_overdue) == (2, 1)  # A in time; B overdue since 11 Feb
    assert (p.fee_due, p.rated) == (3, 0)


def test_march_by_procedure_field_and_channel(workspace, month) -> None:  # type: ignore[no-untyped-def]
    report = period_report(workspace, MARCH, SUPERVISOR)
    procedures = {s.key: s for s in report.by_procedure}
    assert set(procedures) == {"1.004194", "1.004222", "2.000815"}
    temporary = procedures["1.004194"].figures
    # C D M F H I J received; A carried; A C D F M finished (A D F early, C on time, M late)
    assert (temporary.received, temporary.carried_over, temporary.finished) == (7, 1, 5)
    assert (temporary.early, temporary.on_time, temporary.late) == (3, 1, 1)
    assert (temporary.withdrawn, temporary.pending, temporary.pending_overdue) == (1, 3, 1)
    permanent = procedures["1.004222"].figures
    # L E G received; B carried; B late, E refused early, L early; G pending
    assert (permanent.received, permanent.carried_over, permanent.finished) == (3, 1, 3)
    assert (permanent.early, permanent.late, permanent.refused, permanent.pending) == (2, 1, 1, 1)
    assert procedures["1.004222"].previous.received == 1
    fields = {s.key: s.figures for s in report.by_field}
    assert set(fields) == {"Chứng thực", "Đăng ký, quản lý cư trú"}
    assert fields["Chứng thực"].received == 1 and fields["Chứng thực"].on_time == 1
    assert fields["Đăng ký, quản lý cư trú"].received == 10
    channels = {s.key: s for s in report.by_channel}
    assert channels["village_team"].figures.received == 1
    assert channels["village_team"].figures.early == 1
    assert channels["village_team"].figures.digitised == 1
    assert channels["village_team"].label == "Tổ công nghệ số cộng đồng"
    assert channels["counter"].figures.received == 10
    assert sum((s.figures for s in report.by_channel), Figures()) == report.figures


def test_a_period_boundary_inside_a_dossier(workspace, month) -> None:  # type: ignore[no-untyped-def]
    """1-10 March: D is waiting for the citizen at the end (not overdue though its due time
    of then, 5 Mar, has passed); M is open and overdue then, finished later."""
    report = period_report(workspace, Period(date(2026, 3, 1), date(2026, 3, 10)), SUPERVISOR)
    f = report.figures
    # received C D L M K E F; carried A B; finished A C B K M E
    assert (f.received, f.carried_over, f.finished) == (7, 2, 6)
    # pending D (waiting since 3 Mar, before its due time), L (extended), F (due 13 Mar)
    assert (f.pending, f.pending_overdue) == (3, 0)
    assert report.previous_period == Period(date(2026, 2, 19), date(2026, 2, 28))


def test_only_supervisors_and_administrators_see_reports(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDeniedError):
        period_report(workspace, MARCH, OFFICER)


def test_periods() -> None:
    assert Period.quarter(2026, 1).previous() == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert Period.year(2026).previous() == Period.year(2025)
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)
    assert Period(date(2026, 3, 1), date(2026, 3, 7)).previous() == Period(
        date(2026, 2, 22), date(2026, 2, 28))
    assert Period.month(2026, 3).start == datetime.fromisoformat("2026-03-01T00:00+07:00")
    with pytest.raises(InputError):
        Period(date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(InputError):
        Period.quarter(2026, 5)
