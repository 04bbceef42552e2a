"""Early warning at login and on the supervisor's day: counts, one click to the list."""

from __future__ import annotations

from datetime import timedelta

from counter import clock
from counter.dossiers.model import IntakeRequest
from counter.dossiers.receive import receive_dossier
from counter.people import Applicant
from counter.reporting.early_warning import Warning
from counter.roles import Actor, Role
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, logged_in, settle
from tests.ui.test_day_export import open_day

SUPERVISOR = Actor("giamsat", Role.SUPERVISOR)


def _receive(workspace, actor: Actor, procedure: str, days_ago: int) -> str:  # type: ignore[no-untyped-def]
    applicant = Applicant(full_name="Phạm Thị Hồng Nhung", id_number="001190123456")
    request = IntakeRequest(procedure, applicant,
                            received_at=clock.now() - timedelta(days=days_ago))
    return receive_dossier(workspace, request, actor).code


def _dossiers(workspace) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    mine = _receive(workspace, OFFICER, "1.004194", 20)
    theirs = _receive(workspace, SUPERVISOR, "1.004194", 20)
    fresh = _receive(workspace, OFFICER, "1.004222", 0)
    return mine, theirs, fresh


def _rows(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.work.desk.model
    return [model.code_at(row) for row in range(model.rowCount())]


def test_an_officer_sees_their_overdue_dossiers_at_login(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mine, _theirs, _fresh = _dossiers(window.context.workspace)
    logged_in(qtbot, window, "canbo1", PASSWORD)
    bar = window.work.warnings
    qtbot.waitUntil(lambda: bar.warning is not None, timeout=TIMEOUT_MS)
    assert bar.buttons[Warning.OVERDUE].text() == "Quá hạn: 1"
    assert bar.buttons[Warning.DUE_TODAY].text() == "Đến hạn hôm nay: 0"
    assert not bar.buttons[Warning.DUE_TODAY].isEnabled()
    assert bar.buttons[Warning.DUE_WITHIN].text() == "Đến hạn trong 3 ngày tới: 1"

    bar.buttons[Warning.OVERDUE].click()
    desk = window.work.desk
    assert window.work.stack.currentWidget() is desk
    qtbot.waitUntil(lambda: _rows(window) == [mine], timeout=TIMEOUT_MS)
    assert desk.mine.isChecked() and desk.overdue.isChecked()
    settle(qtbot, window.context)


def test_the_supervisors_day_has_the_agencys_digest(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mine, theirs, _fresh = _dossiers(window.context.workspace)
    day = open_day(qtbot, window)
    qtbot.waitUntil(lambda: day.warnings.warning is not None, timeout=TIMEOUT_MS)
    assert day.warnings.buttons[Warning.OVERDUE].text() == "Quá hạn: 2"
    day.warnings.buttons[Warning.OVERDUE].click()
    qtbot.waitUntil(lambda: sorted(_rows(window)) == sorted([mine, theirs]),
                    timeout=TIMEOUT_MS)
    assert not window.work.desk.mine.isChecked()
    settle(qtbot, window.context)
