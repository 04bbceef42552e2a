"""The desk's deadline filters look across every day, and the coloured legend is the filter."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from counter import clock
from counter.db.models import Dossier
from tests.ui.conftest import OFFICER, PASSWORD
from tests.ui.helpers import TIMEOUT_MS, focused, logged_in, press
from tests.ui.test_desk import receive
from ui.qt import Qt


def received_days_ago(workspace, codes: list[str], days: int, due_in: timedelta) -> None:  # type: ignore[no-untyped-def]
    now = clock.now()
    with workspace.store.write() as session:
        session.execute(update(Dossier).where(Dossier.code.in_(codes))
                        .values(received_at=now - timedelta(days=days), due_at=now + due_in))


def test_overdue_chip_under_the_today_scope_shows_dossiers_received_earlier(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    late = [receive(workspace, OFFICER, name=f"Nguyễn Văn {c}").code for c in "ABC"]
    received_days_ago(workspace, late, 10, -timedelta(days=2))
    receive(workspace, OFFICER, name="Trần Văn Long")  # today's, not late
    logged_in(qtbot, window, "canbo1", PASSWORD)
    press(qtbot, Qt.Key.Key_F3, fallback=window.work)
    desk = window.work.desk
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=TIMEOUT_MS)
    assert desk.scope.currentData() == "today"

    chip = desk.overdue
    assert chip.text() == "Quá hạn" and chip.isCheckable()
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3, timeout=TIMEOUT_MS)
    assert sorted(desk.model.code_at(r) for r in range(3)) == sorted(late)
    assert not desk.scope.isEnabled()  # the received period does not apply to a deadline
    qtbot.waitUntil(lambda: desk.total.text() == "3 hồ sơ", timeout=TIMEOUT_MS)

    qtbot.keyClick(chip, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=TIMEOUT_MS)
    assert desk.scope.isEnabled()


def test_due_today_chip_finds_a_dossier_received_last_week(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    code = receive(workspace, OFFICER).code
    received_days_ago(workspace, [code], 6, timedelta(minutes=1))
    logged_in(qtbot, window, "canbo1", PASSWORD)
    press(qtbot, Qt.Key.Key_F3, fallback=window.work)
    desk = window.work.desk
    qtbot.waitUntil(lambda: desk.total.text() == "0 hồ sơ", timeout=TIMEOUT_MS)
    qtbot.mouseClick(desk.due_today, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=TIMEOUT_MS)
    assert desk.model.code_at(0) == code


def test_the_end_of_a_code_down_and_enter_open_the_dossier(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window.context.workspace
    codes = [receive(workspace, OFFICER, name=f"Nguyễn Văn {c}").code for c in "ABC"]
    logged_in(qtbot, window, "canbo1", PASSWORD)
    press(qtbot, Qt.Key.Key_F3, fallback=window.work)
    desk, detail = window.work.desk, window.work.detail
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3, timeout=TIMEOUT_MS)
    assert focused() is desk.search
    qtbot.keyClicks(desk.search, codes[1][-11:])  # YYMMDD-NNNN, as read out at the counter
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is desk.table
    press(qtbot, Qt.Key.Key_Return)  # at once: opens as soon as the row is there
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.code == codes[1],
                    timeout=TIMEOUT_MS)

    window.work.leave_detail()
    desk.focus_search()
    qtbot.keyClicks(desk.search, codes[2][-4:])
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: desk.table.currentIndex().isValid(), timeout=TIMEOUT_MS)
    assert desk.model.rowCount() == 1 and desk.model.code_at(0) == codes[2]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.view.code == codes[2], timeout=TIMEOUT_MS)
